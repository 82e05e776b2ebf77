#include "viewer/app/AppCommand.h"

#include <array>

namespace cloudtour::viewer {
namespace {

struct Binding {
    SDL_Keycode key;
    Uint16 modifiers; ///< any of these must be held (0: none needed)
    AppCommand command;
};

constexpr std::array kDesktopBindings = {
    Binding{SDLK_F11, 0, AppCommand::ToggleFullscreen}, Binding{SDLK_f, 0, AppCommand::ToggleFullscreen},
    Binding{SDLK_F3, 0, AppCommand::ToggleStats},       Binding{SDLK_i, 0, AppCommand::ToggleStats},
    Binding{SDLK_F1, 0, AppCommand::ToggleHelp},        Binding{SDLK_h, 0, AppCommand::ToggleHelp},
    Binding{SDLK_HOME, 0, AppCommand::ResetView},       Binding{SDLK_r, 0, AppCommand::ResetView},
    Binding{SDLK_q, KMOD_CTRL, AppCommand::Quit},
};

} // namespace

std::optional<AppCommand> commandForKey(const SDL_KeyboardEvent& key) {
    if (key.type != SDL_KEYDOWN || key.repeat != 0) {
        return std::nullopt;
    }
    for (const auto& binding : kDesktopBindings) {
        const bool modifiersMatch =
            binding.modifiers == 0 ? (key.keysym.mod & (KMOD_CTRL | KMOD_ALT | KMOD_GUI)) == 0
                                   : (key.keysym.mod & binding.modifiers) != 0;
        if (binding.key == key.keysym.sym && modifiersMatch) {
            return binding.command;
        }
    }
    return std::nullopt;
}

} // namespace cloudtour::viewer
