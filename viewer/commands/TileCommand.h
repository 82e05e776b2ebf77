#pragma once

#include "engine/core/Error.h"
#include "engine/image/PyramidLayout.h"
#include "viewer/app/LoadLimits.h"

#include <string>

namespace CLI {
class App;
}

namespace cloudtour::viewer {

struct TileCommandOptions {
    std::string input;  ///< a full equirectangular JPEG or PNG
    std::string output; ///< the pyramid's folder
    int tileSize = 512;
    int quality = 85;
    int cubeSize = 0;        ///< 0: Pannellum's default, 8 * floor(width / pi / 8)
    int fallbackSize = 1024; ///< 0: no fallback faces
    unsigned threads = 0;    ///< 0: one per core
    std::string tourDir;     ///< where the tour file would be; empty: the output's parent
    std::string sceneId;     ///< empty: the output folder's name
    bool force = false;
    LoadLimits limits; ///< `--limit image-pixels=...` raises the image limits for huge panoramas
};

/// `cloudtour tile IMAGE -o DIR`: builds a cube pyramid in Pannellum's multires layout.
void addTileCommand(CLI::App& app, TileCommandOptions& options);

/// Reads the image, writes the pyramid into a temporary folder beside DIR and renames it to DIR
/// once complete (so DIR never holds half a pyramid), shows progress on stderr and prints the
/// scene entry for a tour.json on stdout. A non-empty DIR is replaced only with --force, and only
/// when it holds nothing but a pyramid. Ctrl+C stops cleanly and removes the temporary folder.
int runTileCommand(const TileCommandOptions& options);

/// Whether `output` may receive a new pyramid: absent, an empty folder, or (with `force`) a
/// folder holding only what this command writes (config.json, fallback/, numbered levels).
core::Result<bool> checkTileOutput(const std::string& output, bool force);

/// The tour.json scene for a pyramid written to `pyramidDir`: {"id", "title", "panorama":
/// {"type": "multires", ...}} with basePath relative to `tourDir` (left out when they are the
/// same folder), as docs/TOUR_FORMAT.md specifies.
std::string tileSceneEntry(const image::PyramidLayout& layout, const std::string& pyramidDir,
                           const std::string& tourDir, const std::string& sceneId);

} // namespace cloudtour::viewer
