#include "engine/render/TextureUpload.h"

#include <algorithm>
#include <bit>
#include <string>

namespace cloudtour::render {
namespace {

std::string sizeText(int width, int height) {
    return std::to_string(width) + "x" + std::to_string(height);
}

// GL cube map targets for our faces in CubeFace order (front, right, back, left, up, down). The
// shader flips z, so our front (-z) is looked up on GL's +z face.
constexpr std::array<GLenum, 6> kCubeTargets = {GL_TEXTURE_CUBE_MAP_POSITIVE_Z, GL_TEXTURE_CUBE_MAP_POSITIVE_X,
                                                GL_TEXTURE_CUBE_MAP_NEGATIVE_Z, GL_TEXTURE_CUBE_MAP_NEGATIVE_X,
                                                GL_TEXTURE_CUBE_MAP_POSITIVE_Y, GL_TEXTURE_CUBE_MAP_NEGATIVE_Y};

void setSampling(GLenum target, GLenum wrapS, GLenum wrapT) {
    glTexParameteri(target, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
    glTexParameteri(target, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(target, GL_TEXTURE_WRAP_S, static_cast<GLint>(wrapS));
    glTexParameteri(target, GL_TEXTURE_WRAP_T, static_cast<GLint>(wrapT));
}

} // namespace

int mipLevelCount(int width, int height) {
    return std::bit_width(static_cast<unsigned>(std::max({width, height, 1})));
}

std::uint64_t mipmappedBytes(int width, int height, int layers) {
    // A full mip chain adds a third; RGB8 is padded to 4 bytes per texel by the drivers we know.
    return static_cast<std::uint64_t>(width) * static_cast<std::uint64_t>(height) * 4u * 4u / 3u *
           static_cast<std::uint64_t>(layers);
}

core::Result<GlTexture> uploadTexture2D(const image::ImageData& image, const GpuCaps& caps, const std::string& name,
                                        bool wrapsAround) {
    if (image.width > caps.maxTextureSize || image.height > caps.maxTextureSize) {
        return core::fileError(name, "image is " + sizeText(image.width, image.height) +
                                         ", larger than this GPU's texture limit of " +
                                         std::to_string(caps.maxTextureSize) +
                                         " pixels (GL_MAX_TEXTURE_SIZE); convert it with `cloudtour tile`");
    }
    GlTexture texture = createTexture();
    glBindTexture(GL_TEXTURE_2D, texture.name());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    if (caps.textureStorage) {
        glTexStorage2D(GL_TEXTURE_2D, mipLevelCount(image.width, image.height), GL_RGB8, image.width, image.height);
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, image.width, image.height, GL_RGB, GL_UNSIGNED_BYTE,
                        image.pixels.data());
    } else {
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB8, image.width, image.height, 0, GL_RGB, GL_UNSIGNED_BYTE,
                     image.pixels.data());
    }
    glGenerateMipmap(GL_TEXTURE_2D);
    setSampling(GL_TEXTURE_2D, wrapsAround ? GL_REPEAT : GL_CLAMP_TO_EDGE, GL_CLAMP_TO_EDGE);
    glBindTexture(GL_TEXTURE_2D, 0);
    return texture;
}

core::Result<GlTexture> uploadCubeMap(const std::array<image::ImageData, 6>& faces, const GpuCaps& caps) {
    const int size = faces[0].width;
    for (const auto& face : faces) {
        if (face.width != size || face.height != size) {
            return core::Error{"cube faces must be square and all the same size (front is " +
                               sizeText(faces[0].width, faces[0].height) + ", another is " +
                               sizeText(face.width, face.height) + ")"};
        }
    }
    if (size > caps.maxCubeMapSize) {
        return core::Error{"cube faces are " + sizeText(size, size) + ", larger than this GPU's cube map limit of " +
                           std::to_string(caps.maxCubeMapSize) + " pixels"};
    }
    GlTexture texture = createTexture();
    glBindTexture(GL_TEXTURE_CUBE_MAP, texture.name());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    if (caps.textureStorage) {
        glTexStorage2D(GL_TEXTURE_CUBE_MAP, mipLevelCount(size, size), GL_RGB8, size, size);
    }
    for (std::size_t i = 0; i < faces.size(); ++i) {
        if (caps.textureStorage) {
            glTexSubImage2D(kCubeTargets[i], 0, 0, 0, size, size, GL_RGB, GL_UNSIGNED_BYTE, faces[i].pixels.data());
        } else {
            glTexImage2D(kCubeTargets[i], 0, GL_RGB8, size, size, 0, GL_RGB, GL_UNSIGNED_BYTE, faces[i].pixels.data());
        }
    }
    glGenerateMipmap(GL_TEXTURE_CUBE_MAP);
    setSampling(GL_TEXTURE_CUBE_MAP, GL_CLAMP_TO_EDGE, GL_CLAMP_TO_EDGE);
    glBindTexture(GL_TEXTURE_CUBE_MAP, 0);
    return texture;
}

} // namespace cloudtour::render
