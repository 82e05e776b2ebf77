#pragma once

// Internal to engine/tour: reading visible strings, plain or keyed by language.

#include "engine/tour/LocalizedText.h"
#include "engine/tour/ReadContext.h"

#include <optional>
#include <string_view>

namespace cloudtour::tour {

/// True for tags shaped like BCP 47 ("en", "zh", "zh-Hant", "es-419"): 2 or 3 letters, then
/// subtags of 1 to 8 letters or digits.
bool isLanguageTag(std::string_view tag);

/// Reads a plain string (the same in every language) or an object keyed by language tag. Against
/// the declared languages it warns of missing translations ("no text in zh, es") and of tags not
/// declared; a malformed tag is an error and its entry is dropped.
std::optional<LocalizedText> readText(ReadContext& context, const JsonObject& object, std::string_view key,
                                      Need need);

} // namespace cloudtour::tour
