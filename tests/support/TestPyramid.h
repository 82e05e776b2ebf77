#pragma once

#include "engine/math/View.h"
#include "engine/render/PanoramaImages.h"
#include "engine/render/Renderer.h"
#include "engine/render/TilePyramid.h"
#include "tests/support/TestImages.h"

#include <string>

namespace cloudtour::test {

/// Cuts six faces into tiles of a level (PNG, lossless) in Pannellum's layout under `folder`:
/// `folder`/<level number>/<face letter><row>_<column>.png.
void writeLevelTiles(const render::CubeImages& faces, const render::TilePyramid& pyramid, int level);

/// A Pannellum pyramid sampled from a field: every level's faces sampled at their own texel
/// centres (an ideal reduction), cut into `tileSize` tiles. Written under `folder` (emptied first).
render::TilePyramid writeFieldPyramid(const ColourField& field, int cubeResolution, int tileSize, int levels,
                                      const std::string& folder);

/// Calls update() with the view until the renderer waits for nothing; throws after 20 s or on a
/// loadError().
void settleRenderer(render::Renderer& renderer, const math::View& view);

} // namespace cloudtour::test
