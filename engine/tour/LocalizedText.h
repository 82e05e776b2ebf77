#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace cloudtour::tour {

/// A visible string that may differ by language: either one plain string (stored under the empty
/// tag "") or a map keyed by BCP 47 language tag ("en", "zh", "es", "zh-Hant", ...).
///
/// Fallback order when resolving for language L: L itself; then L's primary subtag ("zh" for
/// "zh-Hant"); then the tour's default language; then the plain string (""); then "en"; then the
/// first entry in tag order. An empty LocalizedText resolves to "".
struct LocalizedText {
    std::map<std::string, std::string> byLanguage;

    [[nodiscard]] bool empty() const { return byLanguage.empty(); }
    [[nodiscard]] bool isPlain() const { return byLanguage.size() == 1 && byLanguage.count("") == 1; }
    [[nodiscard]] bool has(std::string_view language) const { return byLanguage.count(std::string(language)) != 0; }

    [[nodiscard]] std::string resolve(std::string_view language, std::string_view defaultLanguage) const;

    static LocalizedText plain(std::string text) { return LocalizedText{{{"", std::move(text)}}}; }
};

} // namespace cloudtour::tour
