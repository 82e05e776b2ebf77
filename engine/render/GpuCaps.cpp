#include "engine/render/GpuCaps.h"

#include <glad/gl.h>

namespace cloudtour::render {
namespace {

std::string glString(GLenum name) {
    const auto* text = reinterpret_cast<const char*>(glGetString(name));
    return text ? text : "";
}

} // namespace

GpuCaps GpuCaps::query() {
    GpuCaps caps;
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &caps.maxTextureSize);
    glGetIntegerv(GL_MAX_CUBE_MAP_TEXTURE_SIZE, &caps.maxCubeMapSize);
    caps.textureStorage = GLAD_GL_ARB_texture_storage != 0;
    caps.renderer = glString(GL_RENDERER);
    caps.version = glString(GL_VERSION);
    return caps;
}

} // namespace cloudtour::render
