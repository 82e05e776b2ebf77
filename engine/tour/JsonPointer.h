#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cloudtour::tour {

// RFC 6901 JSON pointers ("/scenes/2/hotspots/0/yaw"): the address of a value in a document, given
// with every diagnostic so tools can find the value even after the file was reformatted.

/// A key escaped as one pointer token: "~" becomes "~0" and "/" becomes "~1".
std::string pointerToken(std::string_view key);

std::string childPointer(std::string_view parent, std::string_view key);
std::string childPointer(std::string_view parent, std::size_t index);

/// The unescaped tokens of a pointer ("" gives none). A token not starting with "/" is not a
/// pointer: it gives no tokens either.
std::vector<std::string> splitPointer(std::string_view pointer);

} // namespace cloudtour::tour
