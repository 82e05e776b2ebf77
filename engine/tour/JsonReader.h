#pragma once

// Internal to engine/tour (exposes JsonCpp types): typed reading of a JsonSource in which every
// wrong type, missing key, out-of-range or non-finite number and unknown key becomes a Diagnostic
// at the value's line, column and JSON pointer. The tour parser and the importers share it.

#include "engine/tour/JsonSource.h"
#include "engine/tour/SourceSpan.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cloudtour::tour {

enum class Need { Optional, Required };

/// The shortest text that reads back as the same double ("0.8", "1e+20").
std::string formatNumber(double value);

/// A number's allowed range, and its description for messages ("a number from -90 to 90 (degrees)").
struct NumberRule {
    double min = 0.0;
    double max = 0.0;
    std::string_view unit;     ///< "degrees", "seconds", or empty
    bool minExclusive = false; ///< the range is (min, max] rather than [min, max]

    [[nodiscard]] bool allows(double value) const;
    [[nodiscard]] std::string describe() const;
};

/// Suggests a replacement for an unknown key (a peer format's name for it), or returns "".
using KeyHint = std::function<std::string(std::string_view key)>;

/// Reads the values of one JsonSource and records what is wrong with them.
class JsonReader {
public:
    JsonReader(const JsonSource& source, Diagnostics& out, const TourLimits& limits);

    [[nodiscard]] const JsonSource& source() const { return mSource; }
    [[nodiscard]] const TourLimits& limits() const { return mLimits; }
    [[nodiscard]] Diagnostics& diagnostics() { return mOut; }

    [[nodiscard]] SourceSpan span(const Json::Value& value, const std::string& pointer) const;
    void report(Severity severity, const Json::Value& at, const std::string& pointer, std::string message);
    /// Placed at the key of the member holding `value` rather than at the value itself.
    void reportAtKey(Severity severity, const Json::Value& value, const std::string& pointer, std::string message);
    /// "<subject> must be <expected>, found <what was found>": the one message for wrong types,
    /// values out of range and non-finite numbers.
    void reportMismatch(const Json::Value& value, const std::string& pointer, std::string_view subject,
                        std::string_view expected);
    /// "line 7, column 13": where a value starts, for messages that point at a second place.
    [[nodiscard]] std::string positionText(const Json::Value& value) const;
    /// What a message says was found: "the string \"90\"", "120" (as written), "an array", "null".
    [[nodiscard]] std::string describeFound(const Json::Value& value) const;

    /// An object's keys in file order (JsonCpp iterates them sorted by name).
    [[nodiscard]] std::vector<std::string> keysInFileOrder(const Json::Value& object) const;

    // Readers of one value; `subject` names it in messages ("'yaw'", "each face").
    std::optional<std::string> readString(const Json::Value& value, const std::string& pointer,
                                          std::string_view subject, std::string_view expected = "a string");
    std::optional<double> readNumber(const Json::Value& value, const std::string& pointer, std::string_view subject,
                                     const NumberRule& rule);
    std::optional<std::int64_t> readInteger(const Json::Value& value, const std::string& pointer,
                                            std::string_view subject, std::int64_t min, std::int64_t max);
    std::optional<bool> readBool(const Json::Value& value, const std::string& pointer, std::string_view subject);

private:
    [[nodiscard]] std::size_t keyOffset(const Json::Value& value) const;

    const JsonSource& mSource;
    Diagnostics& mOut;
    const TourLimits& mLimits;
};

/// The member `key` of `value` when `value` is an object holding it, else null.
inline const Json::Value* findMember(const Json::Value& value, std::string_view key) {
    return value.isObject() ? value.find(key.data(), key.data() + key.size()) : nullptr;
}

/// The value at a JSON pointer under `root`, or null.
const Json::Value* findByPointer(const Json::Value& root, std::string_view pointer);

/// An object of the document with typed getters for its members.
class JsonObject {
public:
    /// Reads `value` as an object; reports "<subject> must be <expected>, found ..." when it is not.
    static std::optional<JsonObject> from(JsonReader& reader, const Json::Value& value, std::string pointer,
                                          std::string_view subject, std::string_view expected);

    [[nodiscard]] const Json::Value& value() const { return *mValue; }
    [[nodiscard]] const std::string& pointer() const { return mPointer; }
    [[nodiscard]] std::string pointerOf(std::string_view key) const;
    [[nodiscard]] const Json::Value* find(std::string_view key) const;
    [[nodiscard]] bool has(std::string_view key) const { return find(key) != nullptr; }
    [[nodiscard]] JsonReader& reader() const { return *mReader; }

    /// Warns of each key not in `allowed`, in file order, at the key: "unknown key 'x' in <place>"
    /// with the hint's suggestion or the closest allowed key.
    void checkKeys(std::span<const std::string_view> allowed, std::string_view place, const KeyHint& hint = {}) const;

    /// The member, or null; a missing required one is reported at this object as
    /// "missing required key '<key>': expected <expected>".
    const Json::Value* member(std::string_view key, Need need, std::string_view expected) const;

    std::optional<std::string> string(std::string_view key, Need need, std::string_view expected = "a string") const;
    std::optional<double> number(std::string_view key, Need need, const NumberRule& rule) const;
    std::optional<std::int64_t> integer(std::string_view key, Need need, std::int64_t min, std::int64_t max) const;
    std::optional<bool> boolean(std::string_view key, Need need) const;
    std::optional<JsonObject> object(std::string_view key, Need need, std::string_view expected) const;
    /// The member when it is an array; null when absent or of another type (reported).
    const Json::Value* array(std::string_view key, Need need, std::string_view expected) const;

private:
    JsonObject(JsonReader& reader, const Json::Value& value, std::string pointer);

    JsonReader* mReader;
    const Json::Value* mValue;
    std::string mPointer;
};

/// "'key'": how messages name a member.
inline std::string quoted(std::string_view key) {
    return "'" + std::string(key) + "'";
}

} // namespace cloudtour::tour
