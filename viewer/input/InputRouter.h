#pragma once

namespace cloudtour::viewer {

/// Which layer gets an event. ImGui always sees it first; the camera and hotspots get it only when
/// ImGui does not want that class of input, so dragging a panel never also turns the view.
enum class InputTarget { UiOnly, Scene };

struct CaptureState {
    bool uiWantsMouse = false;
    bool uiWantsKeyboard = false;
};

/// The routing rule. A release always reaches the scene too, so a drag that started on the scene
/// and ended over a panel does not leave the camera stuck dragging.
InputTarget routePointer(const CaptureState& capture, bool isRelease);
InputTarget routeKeyboard(const CaptureState& capture, bool isRelease);

} // namespace cloudtour::viewer
