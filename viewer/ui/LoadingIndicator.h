#pragma once

#include <optional>
#include <string>

namespace cloudtour::viewer {

/// How far the scene on its way is: a scene the visitor asked for and does not see yet (`arriving`,
/// with its title), or the shown scene still sharpening to full resolution.
struct LoadingState {
    std::optional<float> progress; ///< 0-1; nothing when all is loaded
    bool arriving = false;
    std::string title;
    std::string language = "en";
};

/// A thin bar along the top edge of the window while anything loads, and, while a scene the
/// visitor asked for is still on its way, a small "Loading <title> 45%" label under it. It never
/// takes input: the visitor keeps looking around the scene on screen.
void drawLoadingIndicator(const LoadingState& state);

} // namespace cloudtour::viewer
