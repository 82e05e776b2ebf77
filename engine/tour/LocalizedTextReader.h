#pragma once

// Internal to engine/tour: reading visible strings, plain or keyed by language.

#include "engine/tour/LocalizedText.h"
#include "engine/tour/ReadContext.h"

#include <optional>
#include <string_view>

namespace cloudtour::tour {

/// Reads a plain string (the same in every language) or an object keyed by language tag. Against
/// the declared languages it warns of missing translations ("no text in zh, es") and of tags not
/// declared; a malformed tag is an error and its entry is dropped.
std::optional<LocalizedText> readText(ReadContext& context, const JsonObject& object, std::string_view key, Need need);

} // namespace cloudtour::tour
