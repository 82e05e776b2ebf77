#pragma once

#include "viewer/input/InputEvent.h"

#include <SDL.h>

#include <optional>

namespace cloudtour::viewer {

/// Converts an SDL event to an InputEvent. `pixelScale` is drawable pixels per window point, so
/// positions match the View's pixels on HiDPI screens. Events the camera does not use give nothing.
std::optional<InputEvent> translateSdlEvent(const SDL_Event& event, double pixelScale);

/// Whether an SDL event is a mouse (or touch) event or a keyboard event: the router needs the class
/// to apply ImGui's WantCaptureMouse / WantCaptureKeyboard.
bool isPointerEvent(const SDL_Event& event);
bool isKeyboardEvent(const SDL_Event& event);

} // namespace cloudtour::viewer
