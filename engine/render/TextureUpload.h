#pragma once

#include "engine/core/Error.h"
#include "engine/image/ImageData.h"
#include "engine/render/GlObjects.h"
#include "engine/render/GpuCaps.h"

#include <array>
#include <cstdint>

namespace cloudtour::render {

/// Number of mip levels down to 1x1 for an image of that size.
int mipLevelCount(int width, int height);

/// Uploads RGB8 pixels as a mipmapped 2D texture. Immutable storage (ARB_texture_storage) when the
/// driver has it: on llvmpipe the first mipmap generation is then ~40% faster. Refuses images over
/// GL_MAX_TEXTURE_SIZE with a message naming both sizes. `wrapsAround`: the image's left and right
/// edges meet (a full panorama); a partial one is clamped so its edges do not blend into each other.
core::Result<GlTexture> uploadTexture2D(const image::ImageData& image, const GpuCaps& caps, const std::string& name,
                                        bool wrapsAround);

/// Uploads six square RGB8 faces (CubeFace order) as a mipmapped cube map.
core::Result<GlTexture> uploadCubeMap(const std::array<image::ImageData, 6>& faces, const GpuCaps& caps);

/// Approximate GPU bytes of a mipmapped RGB texture (stored as RGBA by most drivers).
std::uint64_t mipmappedBytes(int width, int height, int layers);

} // namespace cloudtour::render
