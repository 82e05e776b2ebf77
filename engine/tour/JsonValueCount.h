#pragma once

#include <cstddef>
#include <string_view>

namespace cloudtour::tour {

/// How many values and keys reading `text` would create, counted in one pass without allocating:
/// one for the root, and one more for each ',' ':' '[' and '{' outside strings. For valid JSON this
/// is the number of values and keys, plus one for each empty array or object, so it never falls
/// short. A JSON tree takes about 100 bytes per value (JsonCpp keeps arrays in maps), far more than
/// the two bytes "0," take in the file, so the count is checked before the tree is built.
std::size_t countJsonValues(std::string_view text);

} // namespace cloudtour::tour
