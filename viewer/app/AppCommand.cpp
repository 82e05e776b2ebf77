#include "viewer/app/AppCommand.h"

#include <array>

namespace cloudtour::viewer {
namespace {

// Modifier groups, left and right alike; lock keys (Num, Caps) never matter.
enum Modifiers : Uint16 { kNone = 0, kShift = 1, kCtrl = 2, kAlt = 4, kGui = 8 };

Uint16 modifierGroups(Uint16 mod) {
    return static_cast<Uint16>(((mod & KMOD_SHIFT) ? kShift : 0) | ((mod & KMOD_CTRL) ? kCtrl : 0) |
                               ((mod & KMOD_ALT) ? kAlt : 0) | ((mod & KMOD_GUI) ? kGui : 0));
}

struct Binding {
    SDL_Keycode key;
    Uint16 modifiers; ///< exactly these groups must be held
    AppCommand command;
};

constexpr std::array kDesktopBindings = {
    Binding{SDLK_F11, kNone, AppCommand::ToggleFullscreen},
    Binding{SDLK_f, kNone, AppCommand::ToggleFullscreen},
    Binding{SDLK_F3, kNone, AppCommand::ToggleStats},
    Binding{SDLK_i, kNone, AppCommand::ToggleStats},
    Binding{SDLK_F1, kNone, AppCommand::ToggleHelp},
    Binding{SDLK_h, kNone, AppCommand::ToggleHelp},
    Binding{SDLK_HOME, kNone, AppCommand::ResetView},
    Binding{SDLK_r, kNone, AppCommand::ResetView},
    Binding{SDLK_q, kCtrl, AppCommand::Quit},
    Binding{SDLK_TAB, kNone, AppCommand::FocusNextHotspot},
    Binding{SDLK_TAB, kShift, AppCommand::FocusPreviousHotspot},
    Binding{SDLK_RETURN, kNone, AppCommand::ActivateFocused},
    Binding{SDLK_KP_ENTER, kNone, AppCommand::ActivateFocused},
    Binding{SDLK_SPACE, kNone, AppCommand::ActivateFocused},
    Binding{SDLK_ESCAPE, kNone, AppCommand::ClosePanels},
    Binding{SDLK_BACKSPACE, kNone, AppCommand::Back},
    Binding{SDLK_LEFT, kAlt, AppCommand::Back},
    Binding{SDLK_RIGHT, kAlt, AppCommand::Forward},
    Binding{SDLK_g, kNone, AppCommand::ToggleGallery},
    Binding{SDLK_m, kNone, AppCommand::ToggleMap},
    Binding{SDLK_n, kNone, AppCommand::FaceNorth},
};

} // namespace

std::optional<AppCommand> commandForKey(const SDL_KeyboardEvent& key) {
    if (key.type != SDL_KEYDOWN || key.repeat != 0) {
        return std::nullopt;
    }
    const Uint16 held = modifierGroups(key.keysym.mod);
    for (const auto& binding : kDesktopBindings) {
        if (binding.key == key.keysym.sym && binding.modifiers == held) {
            return binding.command;
        }
    }
    return std::nullopt;
}

} // namespace cloudtour::viewer
