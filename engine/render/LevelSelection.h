#pragma once

#include "engine/math/View.h"
#include "engine/render/TilePyramid.h"

#include <vector>

namespace cloudtour::render {

/// Screen pixels per radian at the centre of the view, where a rectilinear view is least dense:
/// (width / 2) / tan(hfov / 2).
double centrePixelsPerRadian(const math::View& view);

/// Texels per radian of a level where its faces are least dense, at a face's centre: a face spans
/// tangents -1 to 1 in faceSize texels, so faceSize / 2.
double levelTexelsPerRadian(const PyramidLevel& level);

/// The coarsest level whose faces are at least as dense as the screen (so nothing is shown below
/// what the screen can show), or the finest level when none is.
int selectLevel(const std::vector<PyramidLevel>& levels, double pixelsPerRadian);

} // namespace cloudtour::render
