#pragma once

#include <string>

namespace cloudtour::render {

/// What the GL driver allows, queried once after the context is made current and before any
/// texture is created, so limits are checked before they are hit.
struct GpuCaps {
    int maxTextureSize = 0;
    int maxCubeMapSize = 0;
    bool textureStorage = false;
    std::string renderer;
    std::string version;

    static GpuCaps query();
};

} // namespace cloudtour::render
