#include "engine/render/GlTileGpu.h"

namespace cloudtour::render {
namespace {

GLenum pixelFormat(const image::ImageData& image) {
    return image.channels == 4 ? GL_RGBA : GL_RGB;
}

} // namespace

TileTexture GlTileGpu::upload(const DecodedTile& tile) {
    if (tile.image.empty() || (tile.image.channels != 3 && tile.image.channels != 4)) {
        return 0;
    }
    GlTexture texture = createTexture();
    const auto levels = static_cast<GLsizei>(1 + tile.mips.size());
    glBindTexture(GL_TEXTURE_2D, texture.name());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    if (mStorage) {
        glTexStorage2D(GL_TEXTURE_2D, levels, GL_RGB8, tile.image.width, tile.image.height);
    }
    for (GLsizei level = 0; level < levels; ++level) {
        const image::ImageData& image = level == 0 ? tile.image : tile.mips[static_cast<std::size_t>(level - 1)];
        if (mStorage) {
            glTexSubImage2D(GL_TEXTURE_2D, level, 0, 0, image.width, image.height, pixelFormat(image), GL_UNSIGNED_BYTE,
                            image.pixels.data());
        } else {
            glTexImage2D(GL_TEXTURE_2D, level, GL_RGB8, image.width, image.height, 0, pixelFormat(image),
                         GL_UNSIGNED_BYTE, image.pixels.data());
        }
    }
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, levels - 1);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, levels > 1 ? GL_LINEAR_MIPMAP_LINEAR : GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    // Tiles are separate textures: without clamping, an edge texel would blend with the opposite edge.
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindTexture(GL_TEXTURE_2D, 0);
    const TileTexture name = texture.name();
    mTextures.emplace(name, std::move(texture));
    return name;
}

} // namespace cloudtour::render
