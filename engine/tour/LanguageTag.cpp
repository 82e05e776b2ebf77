#include "engine/tour/LanguageTag.h"

#include <algorithm>
#include <cctype>

namespace cloudtour::tour {
namespace {

bool isSubtag(std::string_view part, std::size_t minLength, std::size_t maxLength, bool lettersOnly) {
    if (part.size() < minLength || part.size() > maxLength) {
        return false;
    }
    return std::all_of(part.begin(), part.end(), [&](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return lettersOnly ? std::isalpha(byte) != 0 : std::isalnum(byte) != 0;
    });
}

} // namespace

bool isLanguageTag(std::string_view tag) {
    for (bool first = true;; first = false) {
        const std::size_t dash = tag.find('-');
        const std::string_view part = tag.substr(0, dash);
        if (!(first ? isSubtag(part, 2, 3, true) : isSubtag(part, 1, 8, false))) {
            return false;
        }
        if (dash == std::string_view::npos) {
            return true;
        }
        tag.remove_prefix(dash + 1);
    }
}

} // namespace cloudtour::tour
