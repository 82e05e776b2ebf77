#pragma once

#include "engine/core/Error.h"
#include "engine/render/GlObjects.h"
#include "engine/render/GpuCaps.h"
#include "engine/render/PanoramaImages.h"
#include "engine/render/Renderer.h"

#include <memory>
#include <string>

namespace cloudtour::render {

/// Makes the renderer for a decoded panorama (uploading its textures), chosen by the kind of
/// images, or says why it cannot (texture too large, faces of different sizes, shader error).
/// `name` names the source in messages. Needs a current GL context.
core::Result<std::unique_ptr<Renderer>> createRenderer(const PanoramaImages& images, const GpuCaps& caps,
                                                       const std::string& name);

/// Renderers around a texture already on the GPU (filled by a TextureStream).
core::Result<std::unique_ptr<Renderer>> createEquirectRenderer(GlTexture texture, int width, int height,
                                                               const EquirectGeometry& geometry);
core::Result<std::unique_ptr<Renderer>> createCubeRenderer(GlTexture texture, int faceSize);

} // namespace cloudtour::render
