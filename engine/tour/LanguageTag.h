#pragma once

#include <string_view>

namespace cloudtour::tour {

/// True for tags shaped like BCP 47 ("en", "zh", "zh-Hant", "es-419"): 2 or 3 letters, then
/// subtags of 1 to 8 letters or digits. The shape only: whether a language exists is not checked.
bool isLanguageTag(std::string_view tag);

} // namespace cloudtour::tour
