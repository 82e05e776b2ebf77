#pragma once

#include <glm/vec2.hpp>

#include <variant>

namespace cloudtour::viewer {

/// Input as plain values, independent of SDL: what the camera and (later) kiosk and author modes
/// consume, what tests synthesise and what recordings replay. Positions are drawable pixels with
/// the origin at the top-left.
enum class PointerButton { Left, Middle, Right };

struct PointerPressed {
    glm::dvec2 position;
    PointerButton button = PointerButton::Left;
    int clicks = 1; ///< 2 for the second press of a double-click
};

struct PointerReleased {
    glm::dvec2 position;
    PointerButton button = PointerButton::Left;
};

struct PointerMoved {
    glm::dvec2 position;
};

/// Wheel or touchpad scroll: positive is away from the user, which zooms in.
struct WheelScrolled {
    double amount = 0.0;
    glm::dvec2 position;
};

/// Held keys that move the camera; the app's one-shot commands (fullscreen, quit) are separate.
enum class CameraKey { Left, Right, Up, Down, ZoomIn, ZoomOut, Count };

struct CameraKeyChanged {
    CameraKey key = CameraKey::Left;
    bool pressed = false;
};

using InputEvent = std::variant<PointerPressed, PointerReleased, PointerMoved, WheelScrolled, CameraKeyChanged>;

} // namespace cloudtour::viewer
