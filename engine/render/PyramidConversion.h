#pragma once

#include "engine/image/DecodeLimits.h"
#include "engine/image/ImageInfo.h"
#include "engine/image/PyramidCache.h"
#include "engine/render/TilePyramid.h"

#include <atomic>
#include <functional>
#include <string>

namespace cloudtour::render {

/// An equirectangular file that may be too large for one texture.
struct ConversionRequest {
    std::string path;
    bool fullSphere = true; ///< the scene says 360x180 degrees (a partial one is never tiled)
    int maxTextureSize = 0;
    image::DecodeLimits limits;
    image::PyramidCacheSettings cache;
};

/// What the worker found and did.
struct Conversion {
    enum class Outcome {
        Direct, ///< one texture as before: the image fits, or cannot be tiled (`message` says why)
        Tiled,  ///< `pyramid` is in the cache
        Failed, ///< the pyramid could not be made (`message` names the cache folder and the reason)
    };
    Outcome outcome = Outcome::Direct;
    TilePyramid pyramid;
    bool reused = false; ///< the pyramid was in the cache already
    std::string message;
};

struct ConversionCallbacks {
    /// Fraction of the conversion done (0-1), from worker threads, never two at once.
    std::function<void(double)> progress;
    /// Checked between steps and tiles; set, the conversion stops and nothing is left behind.
    const std::atomic<bool>* cancel = nullptr;
};

/// Why an image with this header is not tiled (empty: it should be). Only a JPEG of a full sphere,
/// twice as wide as high and over the GPU's limit is: a PNG or a partial panorama keeps the
/// single texture (writePyramid refuses partial panoramas; PNGs keep the decoder's size checks).
std::string reasonNotToTile(const image::ImageInfo& info, bool fullSphere, int maxTextureSize);

/// The levels and tile paths of a pyramid that writePyramid wrote into `folder`.
TilePyramid tilePyramidOf(const image::PyramidLayout& layout, const std::string& folder);

/// Reads the file's header and, when the image must be tiled, finds its pyramid in the cache or
/// decodes the image and writes one. Runs on a worker (seconds to a minute); thread-safe.
Conversion convertOversized(const ConversionRequest& request, const ConversionCallbacks& callbacks);

} // namespace cloudtour::render
