#pragma once

// Internal to engine/tour: reading the file paths of a tour.json.

#include "engine/tour/ReadContext.h"

#include <optional>
#include <string>
#include <string_view>

namespace cloudtour::tour {

enum class PathKind { File, Folder };

/// Reads the path under `key`, resolves it (PathResolver) and, when TourLoadOptions asks, checks
/// that it exists: "image file not found: /abs/path". Returns the absolute path, or nothing when
/// the value is missing, mistyped or refused. A missing file is reported but its path returned,
/// so the viewer can show a placeholder in its place.
std::optional<std::string> readPath(ReadContext& context, const JsonObject& object, std::string_view key, Need need,
                                    PathKind kind = PathKind::File);

/// The same for a value that is not a member (an element of "faces").
std::optional<std::string> readPathValue(ReadContext& context, const Json::Value& value, const std::string& pointer,
                                         std::string_view subject, PathKind kind = PathKind::File);

/// Reports a file that should exist but does not; `what` is e.g. "image file" or "tile file".
void checkExists(ReadContext& context, const Json::Value& at, const std::string& pointer, const std::string& path,
                 std::string_view what, PathKind kind = PathKind::File);

} // namespace cloudtour::tour
