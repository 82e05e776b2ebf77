// detectTourFormat: which reader a file needs, decided by its content, never by its name.

#include "engine/tour/TourLoader.h"
#include "engine/tour/Utf8.h"

#include <json/json.h>

#include <memory>

namespace cloudtour::tour {
namespace {

// Marzipano Tool exports are JavaScript: "var APP_DATA = {...}" (or "var data = {...}" in demos).
bool looksLikeMarzipano(std::string_view text) {
    if (text.find("APP_DATA") != std::string_view::npos) {
        return true;
    }
    for (std::size_t at = text.find("var"); at != std::string_view::npos; at = text.find("var", at + 3)) {
        const std::size_t name = text.find_first_not_of(" \t", at + 3);
        if (name != std::string_view::npos && name > at + 3 && text.substr(name).starts_with("data")) {
            const std::size_t equals = text.find_first_not_of(" \t", name + 4);
            if (equals != std::string_view::npos && text[equals] == '=') {
                return true;
            }
        }
    }
    return false;
}

// JSON that is no object (a number, a string...) or that opens with a comment: our parser says what
// is wrong with it, at its line and column.
bool startsLikeJson(std::string_view text) {
    if (text.starts_with("//") || text.starts_with("/*")) {
        return true;
    }
    for (const std::string_view word : {"true", "false", "null"}) {
        if (text.starts_with(word)) {
            return true;
        }
    }
    return std::string_view("\"-0123456789").find(text.front()) != std::string_view::npos;
}

bool isPannellumType(const Json::Value& type) {
    return type.isString() &&
           (type.asString() == "equirectangular" || type.asString() == "cubemap" || type.asString() == "multires");
}

// Pannellum keeps scenes in an object keyed by id (a tour) or is one flat scene; ours is an array.
TourFormat classify(const Json::Value& root) {
    if (!root.isObject()) {
        return TourFormat::CloudTour; // our parser explains that the root must be an object
    }
    const Json::Value& scenes = root["scenes"];
    if (scenes.isArray()) {
        return TourFormat::CloudTour;
    }
    if (scenes.isObject() || root["default"].isObject() || root["panorama"].isString() || root.isMember("cubeMap") ||
        root.isMember("multiRes") || root.isMember("hotSpots") || isPannellumType(root["type"])) {
        return TourFormat::Pannellum;
    }
    return TourFormat::CloudTour;
}

} // namespace

TourFormat detectTourFormat(std::string_view text) {
    // Text our parser can explain (empty, UTF-16, broken JSON) goes to it for the best message.
    if (!wideEncodingName(text).empty()) {
        return TourFormat::CloudTour;
    }
    text.remove_prefix(utf8BomLength(text));
    const std::size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) {
        return TourFormat::CloudTour;
    }
    if (text[start] != '{' && text[start] != '[') {
        if (looksLikeMarzipano(text)) {
            return TourFormat::Marzipano;
        }
        return startsLikeJson(text.substr(start)) ? TourFormat::CloudTour : TourFormat::Unknown;
    }
    Json::CharReaderBuilder builder;
    builder["allowComments"] = true;
    builder["stackLimit"] = 1000;
    const std::unique_ptr<Json::CharReader> reader(builder.newCharReader());
    Json::Value root;
    try {
        if (!reader->parse(text.data(), text.data() + text.size(), &root, nullptr)) {
            return TourFormat::CloudTour;
        }
    } catch (const std::exception&) {
        return TourFormat::CloudTour;
    }
    return classify(root);
}

} // namespace cloudtour::tour
