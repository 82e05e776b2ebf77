// The font atlas is built from the tour's own strings; nothing in them may leave it without glyphs.
#include "viewer/ui/Fonts.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <string>

TEST_CASE("a NUL inside a tour string still gives a font with glyphs", "[viewer][ui]") {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    const std::string withNul("Cave\0 61 \xE8\x8E\xAB\xE9\xAB\x98", 15); // "Cave", NUL, " 61 莫高"
    cloudtour::viewer::loadUiFonts(io, 1.0f, {withNul, std::string("\0", 1)});
    REQUIRE(io.Fonts->Build());
    REQUIRE(io.Fonts->Fonts.Size == 1);
    const ImFont* font = io.Fonts->Fonts[0];
    CHECK(font->IsLoaded());
    CHECK(font->FindGlyphNoFallback('C') != nullptr);
    CHECK(font->FindGlyphNoFallback('6') != nullptr);
    ImGui::DestroyContext();
}
