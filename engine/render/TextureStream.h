#pragma once

#include "engine/core/Error.h"
#include "engine/image/ImageData.h"
#include "engine/render/GlObjects.h"
#include "engine/render/GpuCaps.h"
#include "engine/render/UploadBudget.h"

#include <cstdint>
#include <vector>

namespace cloudtour::render {

/// One image of a texture: a mip level of a 2D texture or of one cube face.
struct TextureLevel {
    GLenum target = GL_TEXTURE_2D; ///< GL_TEXTURE_2D or a GL_TEXTURE_CUBE_MAP_* face
    int level = 0;
    image::ImageData image;
};

/// A mipmapped texture filled a few rows at a time, so a large panorama reaches the GPU over
/// several frames without ever stalling one. Every level comes from the CPU (image::buildMipChain
/// on a worker), so nothing waits for glGenerateMipmap. The texture is drawable once complete().
class TextureStream {
public:
    /// Allocates the texture (`bindTarget` GL_TEXTURE_2D or GL_TEXTURE_CUBE_MAP) with every level
    /// the images describe; the level-0 images give the size. Main thread.
    static core::Result<TextureStream> begin(GLenum bindTarget, std::vector<TextureLevel> levels, const GpuCaps& caps,
                                             GLenum wrapS);

    /// Uploads rows until the budget is spent (at least one strip per call). Returns complete().
    bool upload(UploadBudget& budget);
    [[nodiscard]] bool complete() const { return mNext >= mLevels.size(); }
    /// Fraction of the bytes sent so far.
    [[nodiscard]] float progress() const;
    /// Bytes the texture occupies once filled (as RGBA, as drivers store RGB8).
    [[nodiscard]] std::uint64_t gpuBytes() const { return mTotalBytes / 3 * 4; }
    /// Hands over the finished texture; the CPU copies are freed.
    GlTexture finish();

private:
    GLenum mBindTarget = GL_TEXTURE_2D;
    GlTexture mTexture;
    std::vector<TextureLevel> mLevels;
    std::size_t mNext = 0; ///< level being uploaded
    int mNextRow = 0;      ///< first row of it not yet sent
    std::uint64_t mSentBytes = 0;
    std::uint64_t mTotalBytes = 0;
};

} // namespace cloudtour::render
