#pragma once

#include "engine/image/ImageData.h"

#include <cstdint>
#include <vector>

namespace cloudtour::render {

/// A decoded tile with its mip chain (built on the worker that decoded it, so the main thread
/// never generates mipmaps).
struct DecodedTile {
    image::ImageData image;
    std::vector<image::ImageData> mips; ///< level 1 first, down to 1x1
};

/// A tile's texture as the GPU backend names it; 0 is no texture.
using TileTexture = std::uint32_t;

/// Where tile textures live. The tiled renderer uses GL textures (GlTileGpu); unit tests use a
/// backend that only counts, so the store's bookkeeping is tested without a GPU.
class TileGpu {
public:
    virtual ~TileGpu() = default;
    /// Makes a texture from a decoded tile; 0 when the GPU refused it.
    virtual TileTexture upload(const DecodedTile& tile) = 0;
    virtual void release(TileTexture texture) = 0;
};

/// GPU bytes a tile texture of that size takes with its mip chain (RGB8 stored as 4 bytes a texel,
/// as drivers do).
inline std::uint64_t tileTextureBytes(int width, int height) {
    return static_cast<std::uint64_t>(width) * static_cast<std::uint64_t>(height) * 4u * 4u / 3u;
}

} // namespace cloudtour::render
