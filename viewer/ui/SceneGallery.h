#pragma once

#include "viewer/tour/TourController.h"
#include "viewer/ui/PanelLayout.h"
#include "viewer/ui/ThumbnailCache.h"
#include "viewer/ui/TourPanels.h"

#include <optional>
#include <string>
#include <vector>

namespace cloudtour::viewer {

/// What the visitor did in the gallery this frame.
struct SceneGalleryActions {
    std::optional<std::string> jumpTo;         ///< a scene picked (by click, Space or Enter); never the current one
    std::optional<std::size_t> hovered;        ///< the scene under the pointer, if any
    std::vector<std::size_t> wantedThumbnails; ///< scenes in view with no thumbnail yet: for ThumbnailCache::update
};

/// The scene gallery: a filmstrip above the credits line (and above the stats when they show)
/// with every scene's thumbnail and title in the visitor's language, the current scene framed and
/// scrolled into view, visited ones ticked. When the scenes do not fit it scrolls sideways, with
/// the wheel too. `thumbnails` may be absent: every scene then shows a placeholder.
SceneGalleryActions drawSceneGallery(const TourController& controller, const ThumbnailCache* thumbnails,
                                     const TourUiState& state, PanelsShown shown);

} // namespace cloudtour::viewer
