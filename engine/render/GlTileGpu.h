#pragma once

#include "engine/render/GlObjects.h"
#include "engine/render/GpuCaps.h"
#include "engine/render/TileGpu.h"

#include <unordered_map>

namespace cloudtour::render {

/// Tile textures in GL: one mipmapped 2D texture per tile, every level from the CPU (the worker
/// built the chain), clamped to its edges. The TileTexture is the GL texture name. Main thread.
class GlTileGpu final : public TileGpu {
public:
    explicit GlTileGpu(const GpuCaps& caps) : mStorage(caps.textureStorage) {}

    TileTexture upload(const DecodedTile& tile) override;
    void release(TileTexture texture) override { mTextures.erase(texture); }

private:
    bool mStorage;
    std::unordered_map<TileTexture, GlTexture> mTextures;
};

} // namespace cloudtour::render
