#pragma once

#include "engine/core/Error.h"
#include "engine/image/ImageData.h"
#include "engine/render/PanoramaImages.h"
#include "engine/tour/TourDocument.h"

#include <string>
#include <variant>

namespace cloudtour::viewer {

/// The pixels a scene's thumbnail is made from, decoded small: a panorama to render at the scene's
/// initial view, or the finished thumbnail (a preview image that is not a panorama, cropped to the
/// thumbnail's shape and resized).
struct ThumbnailPicture {
    std::variant<render::PanoramaImages, image::ImageData> pixels;
    std::string name; ///< the file, for messages
};

/// Reads the cheapest pixels that still fill a thumbnail `width` x `height` pixels at the scene's
/// initial fov. An equirect is decoded at 1/2, 1/4 or 1/8 (cheap for JPEG), falling back to the
/// preview; cube faces and pyramids use the preview when there is one, else the faces at a reduced
/// scale or the pyramid's smallest level. CPU only: safe off the GL thread.
core::Result<ThumbnailPicture> loadThumbnailPicture(const tour::Scene& scene, int width, int height);

/// The JPEG scale denominator (8, 4, 2 or 1) that leaves at least one decoded pixel per thumbnail
/// pixel: `sourceSize` pixels of the image span what `targetSize` pixels of the thumbnail show.
int thumbnailScale(double sourceSize, double targetSize);

} // namespace cloudtour::viewer
