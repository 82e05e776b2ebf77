#pragma once

#include "engine/math/View.h"

#include <string>
#include <vector>

namespace cloudtour::viewer {

/// What the overlay shows this frame.
struct OverlayState {
    std::vector<std::string> messages; ///< problems to show (a file that did not load, ...)
    bool showStats = false;
    bool showHelp = false;
    std::string language = "en"; ///< of the key help
    double frameMilliseconds = 0.0;
    std::string gpuName;
    double gpuMegabytes = 0.0;
};

/// The small always-on overlay: any messages, and on request the current yaw, pitch and fov with
/// the frame time, and the key help.
void drawInfoOverlay(const OverlayState& state, const math::View& view);

} // namespace cloudtour::viewer
