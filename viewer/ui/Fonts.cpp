#include "viewer/ui/Fonts.h"

#include <imgui.h>

#include <filesystem>

namespace cloudtour::viewer {
namespace {

constexpr const char* kNotoCjk = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
constexpr int kNotoSimplifiedChineseIndex = 2; // face 2 of the collection is "Noto Sans CJK SC"
constexpr float kBaseSize = 18.0f;

} // namespace

void loadUiFonts(ImGuiIO& io, float pixelScale) {
    // ImGui works in window points; the glyphs are rasterised at the screen's pixel density and
    // scaled back, so text stays sharp on HiDPI screens.
    io.FontGlobalScale = 1.0f / pixelScale;
    if (std::filesystem::exists(kNotoCjk)) {
        ImFontConfig config;
        config.FontNo = kNotoSimplifiedChineseIndex;
        // Oversampling 1 keeps the atlas small; at 18 px the difference is not visible.
        config.OversampleH = 1;
        config.OversampleV = 1;
        if (io.Fonts->AddFontFromFileTTF(kNotoCjk, kBaseSize * pixelScale, &config,
                                         io.Fonts->GetGlyphRangesDefault())) {
            return;
        }
    }
    ImFontConfig config;
    config.SizePixels = 13.0f * pixelScale;
    io.Fonts->AddFontDefault(&config);
}

} // namespace cloudtour::viewer
