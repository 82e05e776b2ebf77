#pragma once

#include "viewer/tour/TourController.h"
#include "viewer/ui/UiImage.h"

#include <functional>

#include <optional>
#include <string>

namespace cloudtour::viewer {

/// UI state of the tour panels that outlives a frame.
struct TourUiState {
    std::string language = "en";
};

/// What the visitor asked for through the panels this frame; the app carries it out.
struct TourPanelActions {
    bool back = false;
    bool forward = false;
    bool closeInfo = false;
    bool openUrl = false;
    bool cancelUrl = false;
    std::optional<std::string> language;
};

/// The picture for a path (an info hotspot's image), or nothing when it is not (yet) available.
using PictureLookup = std::function<const UiImage*(const std::string& path)>;

/// The navigation bar (scene title, back and forward, language switch), the info panel with its
/// picture, the web link confirmation and the credits line. Returns the requested actions.
TourPanelActions drawTourPanels(const TourController& controller, const TourUiState& state,
                                const PictureLookup& picture = {});

} // namespace cloudtour::viewer
