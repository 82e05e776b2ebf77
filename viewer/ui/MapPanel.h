#pragma once

#include "engine/math/View.h"
#include "viewer/tour/TourController.h"
#include "viewer/ui/PanelLayout.h"
#include "viewer/ui/ThumbnailCache.h"
#include "viewer/ui/TourPanels.h"
#include "viewer/ui/UiImage.h"

#include <imgui.h>

#include <optional>
#include <string>

namespace cloudtour::viewer {

/// What the map panel draws with, beyond the tour and the view.
struct MapPanelInputs {
    const UiImage* plan = nullptr;              ///< the tour map's picture; no panel without it
    const ThumbnailCache* thumbnails = nullptr; ///< for a scene's picture in its tooltip; may be absent
    PanelsShown shown;                          ///< the map stands above the gallery and the stats
};

struct MapPanelActions {
    std::optional<std::string> jumpTo;  ///< a scene's dot was clicked (never the current scene's)
    std::optional<std::size_t> hovered; ///< the scene whose dot is under the pointer
};

/// Where the map panel goes: the plan scaled to fit a box in the bottom-left corner whose bottom
/// edge is `bottom`, with room for the map's title above it when `titled`. Nothing when the
/// screen leaves no useful room.
struct MapLayout {
    ImVec2 position;    ///< window top-left
    ImVec2 size;        ///< window size
    ImVec2 planMin;     ///< top-left corner of the plan on screen
    float scale = 1.0f; ///< points per plan pixel

    /// Where a point of the plan (in its pixels) is on screen.
    [[nodiscard]] ImVec2 toScreen(const tour::MapPosition& point) const {
        return ImVec2(planMin.x + static_cast<float>(point.x) * scale, planMin.y + static_cast<float>(point.y) * scale);
    }
};
std::optional<MapLayout> mapLayout(ImVec2 display, float bottom, ImVec2 planSize, bool titled);

/// The tour map: the plan with a dot for each scene placed on it (the current one highlighted with
/// the field of view as a wedge that turns as the visitor looks around, visited ones dimmer). A
/// dot's tooltip names its scene; clicking it, or Space / Enter on it, goes there. Nothing is drawn
/// when the tour has no map or its picture is absent.
MapPanelActions drawMapPanel(const TourController& controller, const math::View& view, const TourUiState& state,
                             const MapPanelInputs& inputs);

} // namespace cloudtour::viewer
