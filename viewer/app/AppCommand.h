#pragma once

#include <SDL.h>

#include <optional>

namespace cloudtour::viewer {

/// One-shot actions bound to keys (not camera motion, which is held keys).
enum class AppCommand {
    ToggleFullscreen,
    ToggleStats,
    ToggleHelp,
    ResetView,
    Quit,
    FocusNextHotspot,
    FocusPreviousHotspot,
    ActivateFocused,
    ClosePanels,
    Back,
    Forward,
    ToggleGallery,
    ToggleMap,
    FaceNorth,
};

/// The key table: looked up, not switched on, so kiosk and author modes can swap tables.
std::optional<AppCommand> commandForKey(const SDL_KeyboardEvent& key);

} // namespace cloudtour::viewer
