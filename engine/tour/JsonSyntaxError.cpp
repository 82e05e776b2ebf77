#include "engine/tour/JsonSyntaxError.h"

#include <array>
#include <cctype>
#include <charconv>
#include <utility>

namespace cloudtour::tour {
namespace {

// Reads "Line N, Column M" at the start of `text`.
bool readLocation(std::string_view text, int& line, int& column) {
    constexpr std::string_view linePrefix = "Line ", columnPrefix = ", Column ";
    if (!text.starts_with(linePrefix)) {
        return false;
    }
    const char* end = text.data() + text.size();
    const auto lineEnd = std::from_chars(text.data() + linePrefix.size(), end, line);
    const std::string_view rest(lineEnd.ptr, static_cast<std::size_t>(end - lineEnd.ptr));
    if (lineEnd.ec != std::errc() || !rest.starts_with(columnPrefix)) {
        return false;
    }
    return std::from_chars(rest.data() + columnPrefix.size(), end, column).ec == std::errc();
}

std::string_view trimLeft(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    return text;
}

bool onlyWhitespaceFrom(std::string_view text, std::size_t offset) {
    return offset >= text.size() || text.find_first_not_of(" \t\r\n", offset) == std::string_view::npos;
}

char previousNonSpace(std::string_view text, std::size_t offset) {
    const std::size_t end = std::min(offset, text.size());
    const std::size_t at = end == 0 ? std::string_view::npos : text.find_last_not_of(" \t\r\n", end - 1);
    return at == std::string_view::npos ? '\0' : text[at];
}

// True when the string opening at `offset` has no closing quote before the end of the text.
bool stringNeverCloses(std::string_view text, std::size_t offset) {
    for (std::size_t i = offset + 1; i < text.size(); ++i) {
        if (text[i] == '\\') {
            ++i;
        } else if (text[i] == '"') {
            return false;
        }
    }
    return true;
}

std::string hintFor(std::string_view text, std::size_t offset) {
    if (onlyWhitespaceFrom(text, offset)) {
        return "the file ends before the JSON is complete (was it cut short?)";
    }
    const char here = text[offset];
    if ((here == '}' || here == ']') && previousNonSpace(text, offset) == ',') {
        return "trailing commas are not allowed in JSON";
    }
    if (here == '\'') {
        return "JSON strings and keys need double quotes";
    }
    const std::string_view rest = text.substr(offset);
    if (rest.starts_with("//") || rest.starts_with("/*")) {
        return "comments are not allowed in JSON";
    }
    for (const std::string_view word : {"NaN", "Infinity", "-Infinity"}) {
        if (rest.starts_with(word)) {
            return std::string(word) + " is not a JSON number";
        }
    }
    if (here == '"' && stringNeverCloses(text, offset)) {
        return "this string is not closed before the end of the file (was it cut short?)";
    }
    if (std::isalpha(static_cast<unsigned char>(here)) && previousNonSpace(text, offset) == '{') {
        return "JSON keys need double quotes";
    }
    return {};
}

constexpr std::string_view kLoneSurrogate =
    "a string holds half of a surrogate pair: an escape from \\uD800 to \\uDBFF must be followed by one from "
    "\\uDC00 to \\uDFFF";

std::string reworded(std::string_view message) {
    static const std::array<std::pair<std::string_view, std::string_view>, 9> table{{
        {"Syntax error: value, object or array expected.",
         "expected a value (an object, array, string, number, true, false or null)"},
        {"Missing '}' or object member name", "expected a key in double quotes or '}'"},
        {"Missing ',' or '}' in object declaration", "expected ',' or '}' after the value"},
        {"Missing ',' or ']' in array declaration", "expected ',' or ']' after the value"},
        {"Missing ':' after object member name", "expected ':' after the key"},
        {"Extra non-whitespace after JSON value.", "unexpected text after the end of the JSON document"},
        {"A valid JSON document must be either an array or an object value.",
         "expected a JSON object such as {\"scenes\": [...]}, found a single value"},
        {"additional six characters expected to parse unicode surrogate pair.", kLoneSurrogate},
        {"expecting another \\u token to begin the second half of a unicode surrogate pair", kLoneSurrogate},
    }};
    for (const auto& [theirs, ours] : table) {
        if (message == theirs) {
            return std::string(ours);
        }
    }
    // JsonCpp says "'1e400' is not a number." of numbers a double cannot hold.
    constexpr std::string_view notANumber = "' is not a number.";
    if (message.starts_with('\'') && message.ends_with(notANumber)) {
        const std::string_view number = message.substr(1, message.size() - 1 - notANumber.size());
        return "the number " + std::string(number) + " is out of range (too large or too small for a double)";
    }
    return std::string(message); // worded well enough, or new in a later JsonCpp
}

} // namespace

std::vector<JsonCppError> parseJsonCppErrors(std::string_view formatted) {
    std::vector<JsonCppError> errors;
    std::size_t start = 0;
    while (start < formatted.size()) {
        const std::size_t end = std::min(formatted.find('\n', start), formatted.size());
        const std::string_view line = formatted.substr(start, end - start);
        JsonCppError error;
        if (line.starts_with("* ") && readLocation(line.substr(2), error.line, error.column)) {
            errors.push_back(error);
        } else if (line.starts_with("  ") && !errors.empty() && errors.back().message.empty()) {
            errors.back().message = std::string(trimLeft(line));
        }
        start = end + 1;
    }
    return errors;
}

std::string describeSyntaxError(std::string_view jsoncppMessage, std::string_view text, std::size_t offset) {
    std::string message = reworded(jsoncppMessage);
    if (const std::string hint = hintFor(text, offset); !hint.empty()) {
        message += ": " + hint;
    }
    return message;
}

} // namespace cloudtour::tour
