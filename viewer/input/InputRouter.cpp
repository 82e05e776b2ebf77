#include "viewer/input/InputRouter.h"

namespace cloudtour::viewer {

InputTarget routePointer(const CaptureState& capture, bool isRelease) {
    return capture.uiWantsMouse && !isRelease ? InputTarget::UiOnly : InputTarget::Scene;
}

InputTarget routeKeyboard(const CaptureState& capture, bool isRelease) {
    return capture.uiWantsKeyboard && !isRelease ? InputTarget::UiOnly : InputTarget::Scene;
}

} // namespace cloudtour::viewer
