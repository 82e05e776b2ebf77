#include "engine/tour/JsonReader.h"

#include "engine/tour/JsonPointer.h"
#include "engine/tour/Utf8.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace cloudtour::tour {
namespace {

constexpr std::size_t kQuotedStringLength = 40;

// Cuts at a character boundary so a preview of Chinese text stays valid UTF-8.
std::string preview(const std::string& text) {
    if (text.size() <= kQuotedStringLength) {
        return text;
    }
    std::size_t cut = kQuotedStringLength;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut;
    }
    return text.substr(0, cut) + "...";
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

std::string formatNumber(double value) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

bool NumberRule::allows(double value) const {
    return (minExclusive ? value > min : value >= min) && value <= max;
}

std::string NumberRule::describe() const {
    std::string text = minExclusive ? "a number above " + formatNumber(min) + " and at most " + formatNumber(max)
                                    : "a number from " + formatNumber(min) + " to " + formatNumber(max);
    return unit.empty() ? text : text + " (" + std::string(unit) + ")";
}

JsonReader::JsonReader(const JsonSource& source, Diagnostics& out, const TourLimits& limits)
    : mSource(source), mOut(out), mLimits(limits) {}

SourceSpan JsonReader::span(const Json::Value& value, const std::string& pointer) const {
    const std::size_t start = mSource.startOf(value);
    const TextPosition position = mSource.lines.position(start);
    return SourceSpan{start, mSource.limitOf(value), position.line, position.column, pointer};
}

void JsonReader::report(Severity severity, const Json::Value& at, const std::string& pointer, std::string message) {
    mOut.items.push_back(mSource.diagnosticAt(severity, mSource.startOf(at), pointer, std::move(message)));
}

void JsonReader::reportAtKey(Severity severity, const Json::Value& value, const std::string& pointer,
                             std::string message) {
    mOut.items.push_back(mSource.diagnosticAt(severity, keyOffset(value), pointer, std::move(message)));
}

void JsonReader::reportMismatch(const Json::Value& value, const std::string& pointer, std::string_view subject,
                                std::string_view expected) {
    report(Severity::Error, value, pointer,
           std::string(subject) + " must be " + std::string(expected) + ", found " + describeFound(value));
}

std::string JsonReader::positionText(const Json::Value& value) const {
    const TextPosition position = mSource.lines.position(mSource.startOf(value));
    return "line " + std::to_string(position.line) + ", column " + std::to_string(position.column);
}

std::string JsonReader::describeFound(const Json::Value& value) const {
    switch (value.type()) {
    case Json::nullValue:
        return "null";
    case Json::booleanValue:
        return value.asBool() ? "true" : "false";
    case Json::stringValue:
        return "the string \"" + preview(value.asString()) + "\"";
    case Json::arrayValue:
        return value.empty() ? "an empty array" : "an array";
    case Json::objectValue:
        return value.empty() ? "an empty object" : "an object";
    default:
        break;
    }
    if (!std::isfinite(value.asDouble())) {
        return "a number that is not finite";
    }
    // The number as written ("1e2" stays "1e2"), when it came from the file.
    const std::size_t start = mSource.startOf(value), limit = mSource.limitOf(value);
    if (limit > start && limit <= mSource.text.size()) {
        return std::string(mSource.text.substr(start, limit - start));
    }
    return formatNumber(value.asDouble());
}

std::vector<std::string> JsonReader::keysInFileOrder(const Json::Value& object) const {
    std::vector<std::string> keys = object.getMemberNames();
    std::stable_sort(keys.begin(), keys.end(), [&](const std::string& a, const std::string& b) {
        return object[a].getOffsetStart() < object[b].getOffsetStart();
    });
    return keys;
}

std::optional<std::string> JsonReader::readString(const Json::Value& value, const std::string& pointer,
                                                  std::string_view subject, std::string_view expected) {
    if (!value.isString()) {
        reportMismatch(value, pointer, subject, expected);
        return std::nullopt;
    }
    std::string text = value.asString();
    if (text.size() > mLimits.maxStringBytes) {
        report(Severity::Error, value, pointer,
               std::string(subject) + " is " + std::to_string(text.size()) + " bytes long, over the limit of " +
                   std::to_string(mLimits.maxStringBytes) + " bytes");
        return std::nullopt;
    }
    // The file is checked to be UTF-8, but a "\uDC00" escape still decodes to a lone surrogate.
    if (!isValidUtf8(text)) {
        report(Severity::Error, value, pointer,
               std::string(subject) + " must be valid Unicode text, found an unpaired surrogate escape (\\uD800 to "
                                      "\\uDFFF without its partner)");
        return std::nullopt;
    }
    return text;
}

std::optional<double> JsonReader::readNumber(const Json::Value& value, const std::string& pointer,
                                             std::string_view subject, const NumberRule& rule) {
    if (!value.isNumeric() || !std::isfinite(value.asDouble()) || !rule.allows(value.asDouble())) {
        reportMismatch(value, pointer, subject, rule.describe());
        return std::nullopt;
    }
    return value.asDouble();
}

std::optional<std::int64_t> JsonReader::readInteger(const Json::Value& value, const std::string& pointer,
                                                    std::string_view subject, std::int64_t min, std::int64_t max) {
    const double number = value.isNumeric() ? value.asDouble() : 0.0;
    if (!value.isNumeric() || !std::isfinite(number) || std::floor(number) != number ||
        number < static_cast<double>(min) || number > static_cast<double>(max)) {
        reportMismatch(value, pointer, subject,
                       "a whole number from " + std::to_string(min) + " to " + std::to_string(max));
        return std::nullopt;
    }
    return static_cast<std::int64_t>(number);
}

std::optional<bool> JsonReader::readBool(const Json::Value& value, const std::string& pointer,
                                         std::string_view subject) {
    if (!value.isBool()) {
        reportMismatch(value, pointer, subject, "true or false");
        return std::nullopt;
    }
    return value.asBool();
}

// JsonCpp records where values are, not keys: walk back from the value over ':' to the key's
// closing quote, then to its opening quote (one not preceded by an odd run of backslashes).
std::size_t JsonReader::keyOffset(const Json::Value& value) const {
    const std::string_view text = mSource.text;
    const std::size_t valueStart = mSource.startOf(value);
    std::size_t i = std::min(valueStart, text.size());
    const auto skipBackSpaces = [&] {
        while (i > 0 && isSpace(text[i - 1])) {
            --i;
        }
    };
    skipBackSpaces();
    if (i == 0 || text[i - 1] != ':') {
        return valueStart;
    }
    --i;
    skipBackSpaces();
    if (i < 2 || text[i - 1] != '"') {
        return valueStart;
    }
    for (std::size_t quote = i - 1; quote-- > mSource.bodyOffset;) {
        if (text[quote] != '"') {
            continue;
        }
        std::size_t backslashes = 0;
        while (quote - backslashes > 0 && text[quote - backslashes - 1] == '\\') {
            ++backslashes;
        }
        if (backslashes % 2 == 0) {
            return quote;
        }
    }
    return valueStart;
}

const Json::Value* findByPointer(const Json::Value& root, std::string_view pointer) {
    const Json::Value* value = &root;
    for (const std::string& token : splitPointer(pointer)) {
        if (value->isObject()) {
            value = value->find(token.data(), token.data() + token.size());
        } else if (value->isArray() && !token.empty() && token.find_first_not_of("0123456789") == std::string::npos &&
                   token.size() < 10) {
            const auto index = static_cast<Json::ArrayIndex>(std::stoul(token));
            value = index < value->size() ? &(*value)[index] : nullptr;
        } else {
            value = nullptr;
        }
        if (value == nullptr) {
            return nullptr;
        }
    }
    return value;
}

} // namespace cloudtour::tour
