#pragma once

#include <imgui.h>

#include <cstddef>

namespace cloudtour::viewer {

// Where the navigation panels go so they never cover each other or the centre of the view. The
// existing panels: navigation bar top-left with messages under it, help and info top-right, stats
// (three lines) bottom-left, credits (one line) bottom-right. The scene gallery is a strip above
// the credits line; the map (bottom-left) and the compass (bottom-right) stand above the gallery
// when it is open, else above the credits line; the stats push the gallery and the map up. All in
// ImGui points; call within a frame (sizes follow the font and the style).

inline constexpr float kPanelMargin = 12.0f; ///< from the screen's edges, as TourPanels and InfoOverlay
inline constexpr float kPanelGap = 8.0f;     ///< between two panels

/// The panels the visitor can show and hide that move the others.
struct PanelsShown {
    bool gallery = false;
    bool stats = false;
};

/// The gallery's filmstrip: one row of thumbnails, as wide as they need up to the screen's width
/// (then it scrolls), centred horizontally.
struct GalleryStrip {
    ImVec2 position;  ///< window top-left
    ImVec2 size;      ///< window size
    ImVec2 thumbnail; ///< one scene's picture
    ImVec2 item;      ///< one scene's entry: picture and title line
    bool scrolls = false;
};
GalleryStrip galleryStrip(ImVec2 display, std::size_t sceneCount, bool statsShown);

/// The lowest y the map (bottom-left corner) may reach.
float leftCornerBottom(ImVec2 display, std::size_t sceneCount, PanelsShown shown);
/// The lowest y the compass (bottom-right corner) may reach.
float rightCornerBottom(ImVec2 display, std::size_t sceneCount, PanelsShown shown);

} // namespace cloudtour::viewer
