#include "viewer/ui/Fonts.h"

#include "viewer/ui/UiText.h"

#include <imgui.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string_view>
#include <vector>

namespace cloudtour::viewer {
namespace {

constexpr const char* kNotoCjk = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
constexpr int kNotoSimplifiedChineseIndex = 2; // face 2 of the collection is "Noto Sans CJK SC"
constexpr float kBaseSize = 18.0f;

// The atlas keeps a pointer to its ranges until it is rebuilt, so they live here.
ImVector<ImWchar> gRanges;

// The collection is 19 MB: read once per process, not at every rebuild (a tour opened later
// rebuilds the atlas with its own texts). The atlas borrows it.
const std::vector<char>& notoCjkData() {
    static const std::vector<char> data = [] {
        std::ifstream in(kNotoCjk, std::ios::binary);
        return std::vector<char>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }();
    return data;
}

// A NUL inside a text would enter the ranges as code point 0, which ends ImGui's range list: the
// font would get no glyph at all and ImGui would abort. The pieces between NULs are added instead.
void addText(ImFontGlyphRangesBuilder& builder, std::string_view text) {
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t nul = std::min(text.find('\0', start), text.size());
        builder.AddText(text.data() + start, text.data() + nul);
        start = nul + 1;
    }
}

void buildRanges(ImGuiIO& io, const std::vector<std::string>& texts) {
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
    builder.AddText("°·…←→");
    for (int id = 0; id < static_cast<int>(UiText::Count); ++id) {
        for (const auto language : kUiLanguages) {
            const auto text = uiText(static_cast<UiText>(id), language);
            builder.AddText(text.data(), text.data() + text.size());
        }
    }
    for (const auto language : kUiLanguages) {
        const auto name = languageName(language);
        builder.AddText(name.data(), name.data() + name.size());
    }
    for (const auto& text : texts) {
        addText(builder, text);
    }
    gRanges.clear();
    builder.BuildRanges(&gRanges);
}

} // namespace

void loadUiFonts(ImGuiIO& io, float pixelScale, const std::vector<std::string>& texts) {
    // ImGui works in window points; the glyphs are rasterised at the screen's pixel density and
    // scaled back, so text stays sharp on HiDPI screens.
    io.FontGlobalScale = 1.0f / pixelScale;
    io.Fonts->Clear();
    if (const auto& data = notoCjkData(); !data.empty()) {
        buildRanges(io, texts);
        ImFontConfig config;
        config.FontNo = kNotoSimplifiedChineseIndex;
        config.FontDataOwnedByAtlas = false;
        // Oversampling 1 keeps the atlas small; at 18 px the difference is not visible.
        config.OversampleH = 1;
        config.OversampleV = 1;
        // ImGui takes a non-const pointer but does not write through it when it does not own the data.
        auto* bytes = const_cast<char*>(data.data());
        if (io.Fonts->AddFontFromMemoryTTF(bytes, static_cast<int>(data.size()), kBaseSize * pixelScale, &config,
                                           gRanges.Data)) {
            return;
        }
    }
    ImFontConfig config;
    config.SizePixels = 13.0f * pixelScale;
    io.Fonts->AddFontDefault(&config);
}

} // namespace cloudtour::viewer
