#include "viewer/ui/PanelLayout.h"

#include <algorithm>
#include <cmath>

namespace cloudtour::viewer {
namespace {

// Top edges of the existing bottom panels, from their content: one line of credits, three of stats.
float creditsTop(ImVec2 display) {
    const ImGuiStyle& style = ImGui::GetStyle();
    return display.y - kPanelMargin - (ImGui::GetFontSize() + 2.0f * style.WindowPadding.y);
}

float statsTop(ImVec2 display) {
    const ImGuiStyle& style = ImGui::GetStyle();
    return display.y - kPanelMargin -
           (3.0f * ImGui::GetFontSize() + 2.0f * style.ItemSpacing.y + 2.0f * style.WindowPadding.y);
}

float bottomBandTop(ImVec2 display, bool statsShown) {
    return std::min(creditsTop(display), statsShown ? statsTop(display) : display.y) - kPanelGap;
}

} // namespace

GalleryStrip galleryStrip(ImVec2 display, std::size_t sceneCount, bool statsShown) {
    const ImGuiStyle& style = ImGui::GetStyle();
    GalleryStrip strip;
    // About eight thumbnails across a laptop screen, no more than 220 points wide on a large one.
    const float thumbnailWidth = std::clamp(display.x / 8.0f, 96.0f, 220.0f);
    strip.thumbnail = ImVec2(thumbnailWidth, std::round(thumbnailWidth * 9.0f / 16.0f));
    strip.item = ImVec2(thumbnailWidth, strip.thumbnail.y + style.ItemInnerSpacing.y + ImGui::GetFontSize());
    const auto count = static_cast<float>(std::max<std::size_t>(sceneCount, 1));
    const float content = count * strip.item.x + (count - 1.0f) * style.ItemSpacing.x;
    const float widest = std::max(display.x - 2.0f * kPanelMargin, strip.item.x + 2.0f * style.WindowPadding.x);
    strip.scrolls = content + 2.0f * style.WindowPadding.x > widest;
    strip.size = ImVec2(std::min(content + 2.0f * style.WindowPadding.x, widest),
                        strip.item.y + 2.0f * style.WindowPadding.y + (strip.scrolls ? style.ScrollbarSize : 0.0f));
    strip.position =
        ImVec2(std::round(0.5f * (display.x - strip.size.x)), bottomBandTop(display, statsShown) - strip.size.y);
    return strip;
}

float leftCornerBottom(ImVec2 display, std::size_t sceneCount, PanelsShown shown) {
    if (shown.gallery) {
        return galleryStrip(display, sceneCount, shown.stats).position.y - kPanelGap;
    }
    return bottomBandTop(display, shown.stats);
}

float rightCornerBottom(ImVec2 display, std::size_t sceneCount, PanelsShown shown) {
    if (shown.gallery) {
        return galleryStrip(display, sceneCount, shown.stats).position.y - kPanelGap;
    }
    return creditsTop(display) - kPanelGap;
}

} // namespace cloudtour::viewer
