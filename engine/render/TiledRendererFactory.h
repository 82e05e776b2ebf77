#pragma once

#include "engine/core/Error.h"
#include "engine/core/TaskPool.h"
#include "engine/render/GpuCaps.h"
#include "engine/render/Renderer.h"
#include "engine/render/TilePyramid.h"
#include "engine/render/TileSettings.h"

#include <memory>

namespace cloudtour::render {

/// Makes the renderer of a tile pyramid and starts loading its smallest level on `pool` (which
/// must outlive the renderer). Quick enough for the main thread: it checks the pyramid and that
/// the smallest level's files exist, and builds the shader; no tile is decoded here. Levels whose
/// first tile is missing are left out, finer ones too (pannellum.org's library keeps levels 1 to 3
/// of 6), with a loadNotice() saying so. Fails, naming the file, when the smallest level's tiles
/// are missing (a Marzipano export without its tiles); fails too for tiles under 64 pixels or a
/// smallest level of more than 16 tiles a side. Needs a current GL context.
core::Result<std::unique_ptr<Renderer>> createTiledRenderer(const TilePyramid& pyramid, const GpuCaps& caps,
                                                            core::TaskPool& pool, const TileSettings& settings);

} // namespace cloudtour::render
