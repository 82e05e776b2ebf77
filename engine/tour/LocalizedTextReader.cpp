#include "engine/tour/LocalizedTextReader.h"

#include "engine/tour/JsonPointer.h"
#include "engine/tour/LanguageTag.h"

#include <algorithm>

namespace cloudtour::tour {
namespace {

constexpr std::string_view kExpectedText =
    "a string, or an object of strings keyed by language tag such as {\"en\": \"...\", \"zh\": \"...\"}";

void checkLanguages(ReadContext& context, const Json::Value& value, const std::string& pointer,
                    const LocalizedText& text) {
    std::string missing;
    for (const std::string& language : context.languages) {
        if (!text.has(language)) {
            missing += (missing.empty() ? "" : ", ") + language;
        }
    }
    if (!missing.empty()) {
        context.json.report(Severity::Warning, value, pointer, "no text in " + missing + " (declared in 'languages')");
    }
}

// A string a visitor sees. "\u0000" is valid JSON, but ImGui and SDL take C strings, which end at
// it: the text would be cut short (and a font built from it once lost every glyph).
std::optional<std::string> readVisibleString(ReadContext& context, const Json::Value& value, const std::string& pointer,
                                             std::string_view subject) {
    auto string = context.json.readString(value, pointer, subject);
    if (string && string->find('\0') != std::string::npos) {
        context.json.report(Severity::Error, value, pointer,
                            std::string(subject) + " holds the character U+0000 (written \\u0000), which would cut "
                                                   "the text short: remove it");
        return std::nullopt;
    }
    return string;
}

std::optional<LocalizedText> readTextObject(ReadContext& context, const Json::Value& value, const std::string& pointer,
                                            std::string_view key) {
    if (value.empty()) {
        context.json.reportMismatch(value, pointer, quoted(key), kExpectedText);
        return std::nullopt;
    }
    LocalizedText text;
    for (const std::string& tag : context.json.keysInFileOrder(value)) {
        const Json::Value& entry = value[tag];
        const std::string entryPointer = childPointer(pointer, tag);
        if (!isLanguageTag(tag)) {
            context.json.reportAtKey(Severity::Error, entry, entryPointer,
                                     "'" + tag +
                                         "' is not a language tag: expected a tag such as \"en\", \"zh\" or "
                                         "\"zh-Hant\"");
            continue;
        }
        const bool declared =
            std::find(context.languages.begin(), context.languages.end(), tag) != context.languages.end();
        if (!context.languages.empty() && !declared) {
            context.json.reportAtKey(Severity::Warning, entry, entryPointer,
                                     "language '" + tag + "' is not declared in 'languages'");
        }
        if (auto string = readVisibleString(context, entry, entryPointer, quoted(tag))) {
            text.byLanguage[tag] = std::move(*string);
        }
    }
    checkLanguages(context, value, pointer, text);
    return text;
}

} // namespace

std::optional<LocalizedText> readText(ReadContext& context, const JsonObject& object, std::string_view key, Need need) {
    const Json::Value* value = object.member(key, need, kExpectedText);
    if (value == nullptr) {
        return std::nullopt;
    }
    const std::string pointer = object.pointerOf(key);
    if (value->isObject()) {
        return readTextObject(context, *value, pointer, key);
    }
    if (!value->isString()) {
        context.json.reportMismatch(*value, pointer, quoted(key), kExpectedText);
        return std::nullopt;
    }
    // A plain string is the same in every language (a name, a date): never a missing translation.
    auto string = readVisibleString(context, *value, pointer, quoted(key));
    return string ? std::optional<LocalizedText>(LocalizedText::plain(std::move(*string))) : std::nullopt;
}

} // namespace cloudtour::tour
