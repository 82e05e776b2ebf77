#include "engine/tour/LocalizedText.h"

namespace cloudtour::tour {

std::string LocalizedText::resolve(std::string_view language, std::string_view defaultLanguage) const {
    if (byLanguage.empty()) {
        return {};
    }
    const std::string primary(language.substr(0, language.find('-')));
    for (const std::string_view tag :
         {language, std::string_view(primary), defaultLanguage, std::string_view(""), std::string_view("en")}) {
        if (const auto found = byLanguage.find(std::string(tag)); found != byLanguage.end()) {
            return found->second;
        }
    }
    return byLanguage.begin()->second;
}

} // namespace cloudtour::tour
