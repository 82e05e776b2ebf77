#pragma once

#include "engine/core/Error.h"
#include "engine/render/PanoramaSource.h"
#include "viewer/app/LoadLimits.h"

#include <cmath>
#include <limits>
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
    /// The view; NaN (the default) means "as the scene says" (for a bare panorama: yaw 0, pitch 0,
    /// roll 0, hfov 100).
    double yaw = kUnset;
    double pitch = kUnset;
    double roll = kUnset;
    double hfov = kUnset;
    LoadLimits limits; ///< `--limit NAME=VALUE`: budgets for the tour file and its images
    /// `--cache-dir`: where images over the GPU's texture limit are tiled; empty: the user's cache
    /// folder (image::defaultPyramidCacheFolder).
    std::string cacheDir;

    static constexpr double kUnset = std::numeric_limits<double>::quiet_NaN();
};

/// The value given, or the fallback when it was left unset.
inline double orDefault(double given, double fallback) {
    return std::isnan(given) ? fallback : given;
}

void addPanoramaOptions(CLI::App& command, PanoramaOptions& options);

/// Checks the options and makes the source: a cube set needs exactly six faces, a partial
/// panorama needs angles in range.
core::Result<render::PanoramaSource> toSource(const PanoramaOptions& options);

} // namespace cloudtour::viewer
