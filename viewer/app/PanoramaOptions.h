#pragma once

#include "engine/core/Error.h"
#include "engine/render/PanoramaSource.h"

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace cloudtour::viewer {

/// The options every command that opens a panorama shares, in the units of the command line
/// (degrees). Turned into engine types by toSource / the View setters.
struct PanoramaOptions {
    std::string file;
    std::vector<std::string> cube;
    double haov = 360.0;
    double vaov = 180.0;
    double vOffset = 0.0;
    double yaw = 0.0;
    double pitch = 0.0;
    double roll = 0.0;
    double hfov = 100.0;
};

void addPanoramaOptions(CLI::App& command, PanoramaOptions& options);

/// Checks the options and makes the source: a cube set needs exactly six faces, a partial
/// panorama needs angles in range.
core::Result<render::PanoramaSource> toSource(const PanoramaOptions& options);

} // namespace cloudtour::viewer
