#include "viewer/ui/UiText.h"

#include <catch2/catch.hpp>

#include <string>

using namespace cloudtour::viewer;

TEST_CASE("every UI string has a Chinese and a Spanish text", "[viewer][ui]") {
    for (int id = 0; id < static_cast<int>(UiText::Count); ++id) {
        const auto text = static_cast<UiText>(id);
        INFO("string " << id << ": " << std::string(uiText(text, "en")));
        CHECK_FALSE(uiText(text, "en").empty());
        CHECK_FALSE(uiText(text, "es").empty());
        // Chinese never reuses the English words (single Latin letters would be a forgotten entry).
        CHECK(uiText(text, "zh") != uiText(text, "en"));
    }
}

TEST_CASE("UI languages fall back by primary subtag, then to English", "[viewer][ui]") {
    CHECK(uiText(UiText::Back, "zh-Hans") == uiText(UiText::Back, "zh"));
    CHECK(uiText(UiText::Back, "es-MX") == "Atrás");
    CHECK(uiText(UiText::Back, "fr") == "Back");
    CHECK(languageName("zh") == "中文");
    CHECK(languageName("es-ES") == "Español");
    CHECK(languageName("fr") == "fr");
}
