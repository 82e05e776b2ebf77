#pragma once

#include "engine/image/ImageData.h"

namespace cloudtour::image {

/// A direction in the world axes of math/SphereCoords.h: x right of yaw 0, y up, -z at yaw 0.
/// Not unit length.
struct FaceDirection {
    double x = 0.0;
    double y = 0.0;
    double z = 0.0;
};

/// The direction through point (s, t) of a cube face, s across from the left edge (0) to the right
/// (1), t down from the top edge (0) to the bottom (1). Faces in CubeFace order (front, right,
/// back, left, up, down), each seen from inside with its top row up, the up face's bottom edge and
/// the down face's top edge on the front face: the orientation Pannellum's pyramids and
/// CloudTour's cube renderer use.
FaceDirection cubeFaceDirection(int face, double s, double t);

/// Resamples rows [rowBegin, rowEnd) of a square cube face (`out`, already allocated, RGB) from a
/// full (360 x 180 degree) RGB equirect. Each face texel takes the equirect's bilinear value at
/// the texel's centre ((i + 0.5) / size), so neighbouring faces meet half a texel from their shared
/// edge, as a cube map samples them. Where a face texel covers several equirect texels (along
/// yaw near the poles, where the equirect repeats itself, or everywhere when the face is small),
/// several bilinear taps spread over the texel's footprint are averaged instead of one, so fine
/// detail turns into its mean rather than into aliasing.
void sampleCubeFaceRows(const ImageData& equirect, int face, ImageData& out, int rowBegin, int rowEnd);

/// A whole face of `size` pixels, rows shared among `threads` threads (0: one per core).
ImageData sampleCubeFace(const ImageData& equirect, int face, int size, unsigned threads = 0);

} // namespace cloudtour::image
