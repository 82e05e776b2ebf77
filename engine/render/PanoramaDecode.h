#pragma once

#include "engine/core/CancelToken.h"
#include "engine/core/Error.h"
#include "engine/image/DecodeLimits.h"
#include "engine/image/ImageData.h"

#include <string>
#include <vector>

namespace cloudtour::render {

/// One image of a panorama decoded on a worker thread: the whole equirectangular image or one cube
/// face (`face` 0-5), with its mip chain when it is meant for the final texture.
struct DecodedPiece {
    int face = -1;
    image::ImageData image;
    std::vector<image::ImageData> mips;
    std::string notice; ///< e.g. "shown at half resolution: wider than the GPU allows"
};

/// What to decode. The final image has at most `maxSide` pixels on a side (the GPU's limit),
/// reached by TurboJPEG's cheap 1/2, 1/4, 1/8 IDCT scaling, never by resampling. A preview is the
/// JPEG at 1/8 (a 1024x512 stand-in for an 8192x4096 panorama); there is none for a PNG or an
/// image under `previewMinWidth` (the result is then an Error with an empty message).
struct DecodeRequest {
    std::string path;
    int face = -1;
    int maxSide = 0;
    bool preview = false;
    int previewMinWidth = 2048;
};

/// The smallest denominator of 1, 2, 4, 8 that brings width and height within maxSide (8 if none).
int fittingScale(int width, int height, int maxSide);

/// Reads, checks the limits, decodes and (for final textures) builds the mip chain. Stops early
/// when `cancel` is set (the result is then an Error nobody reads). Thread-safe.
core::Result<DecodedPiece> decodePiece(const DecodeRequest& request, const image::DecodeLimits& limits,
                                       const core::CancelToken& cancel);

} // namespace cloudtour::render
