#include "engine/render/TextureStream.h"

#include "engine/render/TextureUpload.h"

#include <algorithm>
#include <string>

namespace cloudtour::render {
namespace {

void allocate(GLenum bindTarget, const std::vector<TextureLevel>& levels, const GpuCaps& caps) {
    const auto& base = levels.front().image;
    if (caps.textureStorage) {
        // Immutable storage: on llvmpipe the chain is laid out once instead of level by level.
        int count = 0;
        for (const auto& level : levels) {
            count = std::max(count, level.level + 1);
        }
        glTexStorage2D(bindTarget, count, GL_RGB8, base.width, base.height);
        return;
    }
    for (const auto& level : levels) {
        glTexImage2D(level.target, level.level, GL_RGB8, level.image.width, level.image.height, 0, GL_RGB,
                     GL_UNSIGNED_BYTE, nullptr);
    }
}

} // namespace

core::Result<TextureStream> TextureStream::begin(GLenum bindTarget, std::vector<TextureLevel> levels,
                                                 const GpuCaps& caps, GLenum wrapS) {
    if (levels.empty() || levels.front().image.empty()) {
        return core::Error{"no pixels to upload"};
    }
    const auto& base = levels.front().image;
    const int limit = bindTarget == GL_TEXTURE_CUBE_MAP ? caps.maxCubeMapSize : caps.maxTextureSize;
    if (base.width > limit || base.height > limit) {
        return core::Error{"image is " + std::to_string(base.width) + "x" + std::to_string(base.height) +
                           ", larger than this GPU's texture limit of " + std::to_string(limit) + " pixels"};
    }
    TextureStream stream;
    stream.mBindTarget = bindTarget;
    stream.mTexture = createTexture();
    glBindTexture(bindTarget, stream.mTexture.name());
    allocate(bindTarget, levels, caps);
    int maxLevel = 0;
    for (const auto& level : levels) {
        stream.mTotalBytes += level.image.byteSize();
        maxLevel = std::max(maxLevel, level.level);
    }
    glTexParameteri(bindTarget, GL_TEXTURE_MAX_LEVEL, maxLevel);
    glTexParameteri(bindTarget, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
    glTexParameteri(bindTarget, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(bindTarget, GL_TEXTURE_WRAP_S, static_cast<GLint>(wrapS));
    glTexParameteri(bindTarget, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindTexture(bindTarget, 0);
    stream.mLevels = std::move(levels);
    return stream;
}

bool TextureStream::upload(UploadBudget& budget) {
    if (complete()) {
        return true;
    }
    glBindTexture(mBindTarget, mTexture.name());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    bool first = true;
    while (!complete() && (first || !budget.exhausted())) {
        first = false;
        TextureLevel& level = mLevels[mNext];
        const std::size_t rowBytes = level.image.rowBytes();
        const int fit = static_cast<int>(std::max<std::uint64_t>(1, budget.left() / rowBytes));
        const int rows = std::min(fit, level.image.height - mNextRow);
        glTexSubImage2D(level.target, level.level, 0, mNextRow, level.image.width, rows, GL_RGB, GL_UNSIGNED_BYTE,
                        level.image.row(mNextRow));
        const auto bytes = rowBytes * static_cast<std::uint64_t>(rows);
        budget.spend(bytes);
        mSentBytes += bytes;
        mNextRow += rows;
        if (mNextRow >= level.image.height) {
            level.image = {}; // sent: its CPU copy is no longer needed
            ++mNext;
            mNextRow = 0;
        }
    }
    glBindTexture(mBindTarget, 0);
    return complete();
}

float TextureStream::progress() const {
    return mTotalBytes == 0 ? 1.0f : static_cast<float>(static_cast<double>(mSentBytes) / mTotalBytes);
}

GlTexture TextureStream::finish() {
    mLevels.clear();
    return std::move(mTexture);
}

} // namespace cloudtour::render
