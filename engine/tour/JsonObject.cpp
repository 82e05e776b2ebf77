#include "engine/tour/DidYouMean.h"
#include "engine/tour/JsonPointer.h"
#include "engine/tour/JsonReader.h"

#include <algorithm>

namespace cloudtour::tour {

JsonObject::JsonObject(JsonReader& reader, const Json::Value& value, std::string pointer)
    : mReader(&reader), mValue(&value), mPointer(std::move(pointer)) {}

std::optional<JsonObject> JsonObject::from(JsonReader& reader, const Json::Value& value, std::string pointer,
                                           std::string_view subject, std::string_view expected) {
    if (!value.isObject()) {
        reader.reportMismatch(value, pointer, subject, expected);
        return std::nullopt;
    }
    return JsonObject(reader, value, std::move(pointer));
}

std::string JsonObject::pointerOf(std::string_view key) const {
    return childPointer(mPointer, key);
}

const Json::Value* JsonObject::find(std::string_view key) const {
    return mValue->find(key.data(), key.data() + key.size());
}

void JsonObject::checkKeys(std::span<const std::string_view> allowed, std::string_view place,
                           const KeyHint& hint) const {
    for (const std::string& key : mReader->keysInFileOrder(*mValue)) {
        if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) {
            continue;
        }
        std::string suggestion = hint ? hint(key) : std::string();
        if (suggestion.empty()) {
            suggestion = didYouMean(key, allowed);
        }
        const std::string message = "unknown key '" + key + "' in " + std::string(place) +
                                    (suggestion.empty() ? ": it is ignored" : suggestion);
        mReader->reportAtKey(Severity::Warning, (*mValue)[key], pointerOf(key), message);
    }
}

const Json::Value* JsonObject::member(std::string_view key, Need need, std::string_view expected) const {
    const Json::Value* value = find(key);
    if (value == nullptr && need == Need::Required) {
        mReader->report(Severity::Error, *mValue, mPointer,
                        "missing required key " + quoted(key) + ": expected " + std::string(expected));
    }
    return value;
}

std::optional<std::string> JsonObject::string(std::string_view key, Need need, std::string_view expected) const {
    const Json::Value* value = member(key, need, expected);
    return value ? mReader->readString(*value, pointerOf(key), quoted(key), expected) : std::nullopt;
}

std::optional<double> JsonObject::number(std::string_view key, Need need, const NumberRule& rule) const {
    const Json::Value* value = member(key, need, rule.describe());
    return value ? mReader->readNumber(*value, pointerOf(key), quoted(key), rule) : std::nullopt;
}

std::optional<std::int64_t> JsonObject::integer(std::string_view key, Need need, std::int64_t min,
                                                std::int64_t max) const {
    const Json::Value* value =
        member(key, need, "a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    return value ? mReader->readInteger(*value, pointerOf(key), quoted(key), min, max) : std::nullopt;
}

std::optional<bool> JsonObject::boolean(std::string_view key, Need need) const {
    const Json::Value* value = member(key, need, "true or false");
    return value ? mReader->readBool(*value, pointerOf(key), quoted(key)) : std::nullopt;
}

std::optional<JsonObject> JsonObject::object(std::string_view key, Need need, std::string_view expected) const {
    const Json::Value* value = member(key, need, expected);
    return value ? from(*mReader, *value, pointerOf(key), quoted(key), expected) : std::nullopt;
}

const Json::Value* JsonObject::array(std::string_view key, Need need, std::string_view expected) const {
    const Json::Value* value = member(key, need, expected);
    if (value != nullptr && !value->isArray()) {
        mReader->reportMismatch(*value, pointerOf(key), quoted(key), expected);
        return nullptr;
    }
    return value;
}

} // namespace cloudtour::tour
