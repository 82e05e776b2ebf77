#include "engine/tour/JsonPointer.h"

namespace cloudtour::tour {
namespace {

std::string unescapeToken(std::string_view token) {
    std::string key;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size() && (token[i + 1] == '0' || token[i + 1] == '1')) {
            key += token[i + 1] == '0' ? '~' : '/';
            ++i;
        } else {
            key += token[i];
        }
    }
    return key;
}

} // namespace

std::string pointerToken(std::string_view key) {
    std::string token;
    token.reserve(key.size());
    for (const char c : key) {
        if (c == '~') {
            token += "~0";
        } else if (c == '/') {
            token += "~1";
        } else {
            token += c;
        }
    }
    return token;
}

std::string childPointer(std::string_view parent, std::string_view key) {
    return std::string(parent) + "/" + pointerToken(key);
}

std::string childPointer(std::string_view parent, std::size_t index) {
    return std::string(parent) + "/" + std::to_string(index);
}

std::vector<std::string> splitPointer(std::string_view pointer) {
    std::vector<std::string> tokens;
    if (!pointer.starts_with('/')) {
        return tokens;
    }
    std::size_t start = 1;
    while (true) {
        const std::size_t end = pointer.find('/', start);
        tokens.push_back(unescapeToken(pointer.substr(start, end == std::string_view::npos ? end : end - start)));
        if (end == std::string_view::npos) {
            return tokens;
        }
        start = end + 1;
    }
}

} // namespace cloudtour::tour
