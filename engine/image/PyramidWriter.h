#pragma once

#include "engine/core/Error.h"
#include "engine/image/ImageData.h"
#include "engine/image/PyramidLayout.h"

#include <atomic>
#include <functional>
#include <string>

namespace cloudtour::image {

struct PyramidOptions {
    int tileSize = 512;
    int quality = 85;        ///< JPEG quality, 1 to 100
    int cubeSize = 0;        ///< face size at the finest level; 0: Pannellum's default for the width
    int fallbackSize = 1024; ///< whole-face fallback images (Pannellum's size); 0: none
    unsigned threads = 0;    ///< 0: one per core
};

/// Where a pyramid being written has got to.
struct PyramidProgress {
    int face = 0;          ///< 0 to 5, CubeFace order
    std::string stage;     ///< "resampling", "level 5", "fallback"
    double fraction = 0.0; ///< of the whole pyramid's work, 0 to 1
};

struct PyramidCallbacks {
    /// Called from the working threads, never two at once; keep it short.
    std::function<void(const PyramidProgress&)> progress;
    /// Checked between rows and tiles: when it turns true the writer stops and returns an error.
    const std::atomic<bool>* cancel = nullptr;
};

/// Refuses what cannot be tiled as a full sphere, naming `name`: anything but RGB with the width
/// exactly twice the height (a partial panorama would be stretched over the whole sphere).
core::Result<bool> checkFullEquirect(const ImageData& image, const std::string& name);

/// Writes the cube pyramid of a full equirect into `folder` (which must exist; meant to be empty)
/// in Pannellum's multires layout: `<level>/<face><row>_<column>.jpg` for every level,
/// `fallback/<face>.jpg`, and `config.json` last, so a folder without it was never finished.
///
/// One face at a time: resampled from the equirect at full size (rows shared among the
/// threads), its tiles encoded (tiles shared among the threads), then halved by area averaging for
/// the next level, and so on down to level 1; besides the equirect only one face and its half are
/// in memory at any time. Returns the layout written.
core::Result<PyramidLayout> writePyramid(const ImageData& equirect, const std::string& folder,
                                         const PyramidOptions& options, const PyramidCallbacks& callbacks = {});

} // namespace cloudtour::image
