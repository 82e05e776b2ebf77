#include "viewer/app/AppCommand.h"

#include <catch2/catch.hpp>

using namespace cloudtour::viewer;

namespace {

std::optional<AppCommand> press(SDL_Keycode key, Uint16 mod = KMOD_NONE, Uint8 repeat = 0) {
    SDL_KeyboardEvent event{};
    event.type = SDL_KEYDOWN;
    event.repeat = repeat;
    event.keysym.sym = key;
    event.keysym.mod = mod;
    return commandForKey(event);
}

} // namespace

TEST_CASE("keys map to commands with exactly their modifiers", "[viewer][input]") {
    CHECK(press(SDLK_TAB) == AppCommand::FocusNextHotspot);
    CHECK(press(SDLK_TAB, KMOD_LSHIFT) == AppCommand::FocusPreviousHotspot);
    CHECK(press(SDLK_TAB, KMOD_RSHIFT | KMOD_NUM) == AppCommand::FocusPreviousHotspot);
    CHECK(press(SDLK_BACKSPACE) == AppCommand::Back);
    CHECK(press(SDLK_LEFT, KMOD_LALT) == AppCommand::Back);
    CHECK(press(SDLK_RIGHT, KMOD_RALT) == AppCommand::Forward);
    CHECK(press(SDLK_q, KMOD_LCTRL) == AppCommand::Quit);
    CHECK(press(SDLK_RETURN) == AppCommand::ActivateFocused);
    CHECK(press(SDLK_ESCAPE) == AppCommand::ClosePanels);
    CHECK(press(SDLK_f, KMOD_CAPS) == AppCommand::ToggleFullscreen);
}

TEST_CASE("plain arrows, repeats and unbound chords are not commands", "[viewer][input]") {
    CHECK_FALSE(press(SDLK_LEFT).has_value()); // the camera's key
    CHECK_FALSE(press(SDLK_q).has_value());    // quitting needs Ctrl
    CHECK_FALSE(press(SDLK_f, KMOD_LCTRL).has_value());
    CHECK_FALSE(press(SDLK_TAB, KMOD_NONE, 1).has_value());
}
