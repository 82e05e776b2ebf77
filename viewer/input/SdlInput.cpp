#include "viewer/input/SdlInput.h"

namespace cloudtour::viewer {
namespace {

std::optional<PointerButton> buttonFor(Uint8 sdlButton) {
    switch (sdlButton) {
    case SDL_BUTTON_LEFT:
        return PointerButton::Left;
    case SDL_BUTTON_MIDDLE:
        return PointerButton::Middle;
    case SDL_BUTTON_RIGHT:
        return PointerButton::Right;
    default:
        return std::nullopt;
    }
}

std::optional<CameraKey> cameraKeyFor(SDL_Keycode key) {
    switch (key) {
    case SDLK_LEFT:
    case SDLK_a:
        return CameraKey::Left;
    case SDLK_RIGHT:
    case SDLK_d:
        return CameraKey::Right;
    case SDLK_UP:
    case SDLK_w:
        return CameraKey::Up;
    case SDLK_DOWN:
    case SDLK_s:
        return CameraKey::Down;
    case SDLK_PLUS:
    case SDLK_EQUALS:
    case SDLK_KP_PLUS:
    case SDLK_PAGEUP:
        return CameraKey::ZoomIn;
    case SDLK_MINUS:
    case SDLK_KP_MINUS:
    case SDLK_PAGEDOWN:
        return CameraKey::ZoomOut;
    default:
        return std::nullopt;
    }
}

std::optional<InputEvent> translateKey(const SDL_KeyboardEvent& key) {
    if (key.repeat != 0 || (key.keysym.mod & (KMOD_CTRL | KMOD_ALT | KMOD_GUI)) != 0) {
        return std::nullopt; // held keys are tracked by press and release; shortcuts are commands
    }
    const auto cameraKey = cameraKeyFor(key.keysym.sym);
    if (!cameraKey) {
        return std::nullopt;
    }
    return CameraKeyChanged{*cameraKey, key.type == SDL_KEYDOWN};
}

} // namespace

std::optional<InputEvent> translateSdlEvent(const SDL_Event& event, double pixelScale) {
    switch (event.type) {
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP: {
        const auto button = buttonFor(event.button.button);
        if (!button) {
            return std::nullopt;
        }
        const glm::dvec2 position = glm::dvec2(event.button.x, event.button.y) * pixelScale;
        if (event.type == SDL_MOUSEBUTTONDOWN) {
            return PointerPressed{position, *button, event.button.clicks >= 2 ? 2 : 1};
        }
        return PointerReleased{position, *button};
    }
    case SDL_MOUSEMOTION:
        return PointerMoved{glm::dvec2(event.motion.x, event.motion.y) * pixelScale};
    case SDL_MOUSEWHEEL: {
        int x = 0, y = 0;
        SDL_GetMouseState(&x, &y);
        const double amount = event.wheel.preciseY != 0.0f ? event.wheel.preciseY : event.wheel.y;
        return WheelScrolled{amount, glm::dvec2(x, y) * pixelScale};
    }
    case SDL_KEYDOWN:
    case SDL_KEYUP:
        return translateKey(event.key);
    default:
        return std::nullopt;
    }
}

bool isPointerEvent(const SDL_Event& event) {
    switch (event.type) {
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
    case SDL_MOUSEMOTION:
    case SDL_MOUSEWHEEL:
    case SDL_FINGERDOWN:
    case SDL_FINGERUP:
    case SDL_FINGERMOTION:
        return true;
    default:
        return false;
    }
}

bool isKeyboardEvent(const SDL_Event& event) {
    return event.type == SDL_KEYDOWN || event.type == SDL_KEYUP || event.type == SDL_TEXTINPUT;
}

} // namespace cloudtour::viewer
