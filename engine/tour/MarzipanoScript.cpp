#include "engine/tour/MarzipanoScript.h"

#include "engine/tour/TextPosition.h"

#include <cctype>

namespace cloudtour::tour {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool isNameCharacter(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '$' || c == '.';
}

// The offset of the first character after `at` that is neither white space nor in a comment.
std::size_t skipTrivia(std::string_view text, std::size_t at) {
    while (at < text.size()) {
        if (text[at] == ' ' || text[at] == '\t' || text[at] == '\r' || text[at] == '\n') {
            ++at;
        } else if (text.substr(at, 2) == "//") {
            at = text.find('\n', at);
        } else if (text.substr(at, 2) == "/*") {
            const std::size_t close = text.find("*/", at + 2);
            at = close == npos ? npos : close + 2;
        } else {
            break;
        }
    }
    return at == npos ? text.size() : at;
}

std::size_t nameEnd(std::string_view text, std::size_t at) {
    while (at < text.size() && isNameCharacter(text[at])) {
        ++at;
    }
    return at;
}

// After `var NAME =` (or let, const, or a bare `window.APP_DATA =`): the offset past '=', or npos.
std::size_t afterAssignment(std::string_view text, std::size_t at) {
    std::size_t end = nameEnd(text, at);
    const std::string_view first = text.substr(at, end - at);
    if (first == "var" || first == "let" || first == "const") {
        at = skipTrivia(text, end);
        end = nameEnd(text, at);
    }
    if (end == at) {
        return npos;
    }
    at = skipTrivia(text, end);
    const bool assigns = at < text.size() && text[at] == '=' && (at + 1 == text.size() || text[at + 1] != '=');
    return assigns ? at + 1 : npos;
}

// One past the bracket closing the object that opens at `at`, or npos; brackets in strings do not count.
std::size_t objectEnd(std::string_view text, std::size_t at) {
    int depth = 0;
    bool inString = false;
    for (std::size_t i = at; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            i += c == '\\' ? 1 : 0;
            inString = c != '"';
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return i + 1;
        }
    }
    return npos;
}

// Spaces in place of script text; line breaks stay so lines keep their numbers.
void blank(std::string& text, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to && i < text.size(); ++i) {
        text[i] = text[i] == '\n' || text[i] == '\r' ? text[i] : ' ';
    }
}

} // namespace

std::optional<std::string> marzipanoJson(std::string_view text, std::size_t bodyOffset, const std::string& file,
                                         Diagnostics& out) {
    const std::size_t start = skipTrivia(text, bodyOffset);
    const std::size_t assigned = afterAssignment(text, start);
    const std::size_t value = assigned == npos ? start : skipTrivia(text, assigned);
    if (assigned == npos || value >= text.size() || text[value] != '{') {
        const TextPosition position = LineIndex(text, bodyOffset).position(value);
        out.items.push_back({Severity::Error, file, position.line, position.column, "",
                             "expected a Marzipano data.js, `var APP_DATA = { ... };`"});
        return std::nullopt;
    }
    std::string json(text);
    blank(json, bodyOffset, value);
    if (const std::size_t end = objectEnd(text, value); end != npos) {
        std::size_t after = skipTrivia(text, end);
        if (after < text.size() && text[after] == ';') {
            after = skipTrivia(text, after + 1);
        }
        blank(json, end, after);
    }
    return json;
}

} // namespace cloudtour::tour
