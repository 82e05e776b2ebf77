#pragma once

// Internal to engine/tour: the JSON text of a written tour.json. JsonCpp's writer sorts keys by
// name; a tour reads best in the order of its format ("id", "title", "panorama", ...), so values
// are built here in the order given and laid out the way tour.json files are written by hand.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cloudtour::tour {

/// A JSON value under construction: a scalar (its text, already encoded), an object (members in
/// the order added) or an array.
class JsonNode {
public:
    static JsonNode object() { return JsonNode(Kind::Object); }
    static JsonNode array() { return JsonNode(Kind::Array); }
    static JsonNode string(std::string_view text);
    /// A number already formatted as JSON ("12.5", "-3").
    static JsonNode number(std::string text);
    static JsonNode boolean(bool value);

    /// Adds a member (objects) or an element (arrays; the key is ignored).
    JsonNode& add(std::string_view key, JsonNode value);
    JsonNode& push(JsonNode value) { return add({}, std::move(value)); }

    [[nodiscard]] bool empty() const { return mChildren.empty(); }

    /// The text with two-space indentation. A container is kept on one line when that line fits in
    /// 120 columns ({"yaw": 90, "pitch": -10}), and opened over several lines otherwise.
    [[nodiscard]] std::string render() const;

private:
    enum class Kind { Scalar, Object, Array };
    explicit JsonNode(Kind kind) : mKind(kind) {}

    [[nodiscard]] std::string compact() const;
    void renderAt(std::string& out, std::size_t indent, std::size_t column) const;

    Kind mKind;
    std::string mScalar;
    std::vector<std::pair<std::string, JsonNode>> mChildren;
};

/// `text` as a JSON string literal, quotes included; UTF-8 is kept, control characters escaped.
std::string jsonQuoted(std::string_view text);

} // namespace cloudtour::tour
