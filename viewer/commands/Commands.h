#pragma once

#include "viewer/app/PanoramaOptions.h"

#include <string>

namespace CLI {
class App;
}

namespace cloudtour::viewer {

/// Exit codes shared by every subcommand (CLI11 uses its own for malformed command lines).
enum ExitCode : int { kExitOk = 0, kExitFailure = 1, kExitNoDisplay = 3 };

struct ViewCommandOptions {
    PanoramaOptions panorama;
    bool fullscreen = false;
    int frames = 0; ///< 0: run until closed
    std::string screenshot;
    std::string size = "1280x720";
    bool timing = false; ///< print milestones with the monotonic clock (bench/)
};

struct RenderCommandOptions {
    PanoramaOptions panorama;
    std::string scene;
    bool overlays = false;
    std::string size = "1280x720";
    std::string output;
};

void addViewCommand(CLI::App& app, ViewCommandOptions& options);
void addRenderCommand(CLI::App& app, RenderCommandOptions& options);

/// Parses "WIDTHxHEIGHT".
core::Result<std::pair<int, int>> parseSize(const std::string& text);

int runViewCommand(const ViewCommandOptions& options);
int runRenderCommand(const RenderCommandOptions& options);

} // namespace cloudtour::viewer
