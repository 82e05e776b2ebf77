#pragma once

#include "engine/math/View.h"
#include "viewer/tour/TourController.h"
#include "viewer/ui/PanelLayout.h"
#include "viewer/ui/TourPanels.h"

#include <imgui.h>

namespace cloudtour::viewer {

struct CompassActions {
    bool faceNorth = false; ///< clicked (or Space / Enter): turn the view to yawFacingNorth(scene)
    bool hovered = false;
};

/// Where the dial goes: the bottom-right corner, its lowest point at `bottom`.
struct CompassLayout {
    ImVec2 centre;
    float radius = 0.0f;
};
CompassLayout compassLayout(ImVec2 display, float bottom);

/// A small dial in the bottom-right corner, above the credits line (and above the gallery when it
/// is open): the field of view as a wedge pointing up, the cardinal points turning round it as the
/// visitor looks around, north in red, and the bearing faced in degrees.
CompassActions drawCompass(const TourController& controller, const math::View& view, const TourUiState& state,
                           PanelsShown shown);

} // namespace cloudtour::viewer
