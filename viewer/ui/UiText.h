#pragma once

#include <string_view>

namespace cloudtour::viewer {

/// Every string the viewer itself shows, translated into the languages the UI ships with.
enum class UiText {
    Back,
    Forward,
    Scenes,
    Map,
    Close,
    Language,
    OpenLinkTitle,
    OpenLinkQuestion,
    Open,
    Cancel,
    Credits,
    License,
    FullScreen,
    Help,
    FaceNorth,
    North,
    East,
    South,
    West,
    HelpDrag,
    HelpZoomPointer,
    HelpTurn,
    HelpZoom,
    HelpFocus,
    HelpActivate,
    HelpBackForward,
    HelpClose,
    HelpReset,
    HelpFigures,
    HelpQuit,
    Loading,
    Count
};

/// The languages the UI is translated into, as BCP 47 tags: "en", "zh", "es".
inline constexpr std::string_view kUiLanguages[] = {"en", "zh", "es"};

/// The text in `language` (its primary subtag is enough: "zh-Hans" gives Chinese); English for a
/// language the UI does not have.
std::string_view uiText(UiText id, std::string_view language);

/// A language's own name for itself, for the language switch ("English", "中文", "Español"); the
/// tag itself for one the UI does not know.
std::string_view languageName(std::string_view tag);

} // namespace cloudtour::viewer
