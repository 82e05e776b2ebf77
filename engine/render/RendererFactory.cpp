#include "engine/render/RendererFactory.h"

#include "engine/render/CubeRenderer.h"
#include "engine/render/EquirectRenderer.h"
#include "engine/render/TextureUpload.h"

namespace cloudtour::render {
namespace {

using RendererResult = core::Result<std::unique_ptr<Renderer>>;

RendererResult make(const EquirectImage& equirect, const GpuCaps& caps, const std::string& name) {
    auto texture = uploadTexture2D(equirect.image, caps, name, equirect.geometry.wrapsAround());
    if (!texture) {
        return texture.error();
    }
    return createEquirectRenderer(std::move(*texture), equirect.image.width, equirect.image.height, equirect.geometry);
}

RendererResult make(const CubeImages& cube, const GpuCaps& caps, const std::string& name) {
    auto texture = uploadCubeMap(cube.faces, caps);
    if (!texture) {
        return core::fileError(name, texture.error().message);
    }
    return createCubeRenderer(std::move(*texture), cube.faces[0].width);
}

} // namespace

RendererResult createEquirectRenderer(GlTexture texture, int width, int height, const EquirectGeometry& geometry) {
    auto program = ShaderProgram::build("fullscreen.vert", "equirect.frag");
    if (!program) {
        return program.error();
    }
    return std::unique_ptr<Renderer>(
        std::make_unique<EquirectRenderer>(std::move(*program), std::move(texture), width, height, geometry));
}

RendererResult createCubeRenderer(GlTexture texture, int faceSize) {
    auto program = ShaderProgram::build("fullscreen.vert", "cube.frag");
    if (!program) {
        return program.error();
    }
    return std::unique_ptr<Renderer>(std::make_unique<CubeRenderer>(std::move(*program), std::move(texture), faceSize));
}

RendererResult createRenderer(const PanoramaImages& images, const GpuCaps& caps, const std::string& name) {
    return std::visit([&](const auto& alternative) { return make(alternative, caps, name); }, images);
}

} // namespace cloudtour::render
