#include "viewer/app/PanoramaOptions.h"

#include "engine/math/Angles.h"

#include <CLI/CLI.hpp>

namespace cloudtour::viewer {

void addPanoramaOptions(CLI::App& command, PanoramaOptions& options) {
    command.add_option("file", options.file, "Tour file or folder, Pannellum or Marzipano config, or a panorama image");
    command.add_option("--cube", options.cube, "Six cube face images instead: front right back left up down")
        ->expected(6);
    command.add_option("--haov", options.haov, "Horizontal angle of view of a partial panorama, degrees")
        ->check(CLI::Range(1.0, 360.0));
    command.add_option("--vaov", options.vaov, "Vertical angle of view of a partial panorama, degrees")
        ->check(CLI::Range(1.0, 180.0));
    command.add_option("--voffset", options.vOffset, "Pitch of the centre row of a partial panorama, degrees")
        ->check(CLI::Range(-90.0, 90.0));
    command.add_option("--yaw", options.yaw, "Initial yaw, degrees, positive to the right");
    command.add_option("--pitch", options.pitch, "Initial pitch, degrees, positive up")->check(CLI::Range(-90.0, 90.0));
    command.add_option("--roll", options.roll, "Initial roll, degrees, positive clockwise");
    command.add_option("--hfov", options.hfov, "Initial horizontal field of view, degrees")
        ->check(CLI::Range(1.0, 179.0));
    addLimitOption(command, options.limits);
    command.add_option("--cache-dir", options.cacheDir,
                       "Folder for the tile pyramids of images larger than the GPU takes (default: "
                       "$XDG_CACHE_HOME/cloudtour/pyramids or ~/.cache/cloudtour/pyramids); see docs/TILING.md");
}

core::Result<render::PanoramaSource> toSource(const PanoramaOptions& options) {
    if (!options.cube.empty()) {
        if (!options.file.empty()) {
            return core::Error{"give either a panorama file or --cube with six faces, not both"};
        }
        render::CubeFiles files;
        std::copy(options.cube.begin(), options.cube.end(), files.paths.begin());
        return render::PanoramaSource(files);
    }
    if (options.file.empty()) {
        return core::Error{"no panorama given: name an image file, or six faces with --cube"};
    }
    if (options.vOffset + 0.5 * options.vaov > 90.0 + 1e-9 || options.vOffset - 0.5 * options.vaov < -90.0 - 1e-9) {
        return core::Error{"--voffset " + std::to_string(options.vOffset) + " with --vaov " +
                           std::to_string(options.vaov) + " reaches past a pole"};
    }
    render::EquirectGeometry geometry{math::degToRad(options.haov), math::degToRad(options.vaov),
                                      math::degToRad(options.vOffset)};
    return render::PanoramaSource(render::EquirectFile{options.file, geometry});
}

} // namespace cloudtour::viewer
