#pragma once

#include "engine/render/GlObjects.h"
#include "engine/render/PanoramaImages.h"
#include "engine/render/Renderer.h"
#include "engine/render/ShaderProgram.h"

namespace cloudtour::render {

/// A full or partial equirectangular panorama in one mipmapped texture.
class EquirectRenderer final : public Renderer {
public:
    EquirectRenderer(ShaderProgram program, GlTexture texture, int width, int height, EquirectGeometry geometry);

    void draw(const math::View& view, const DrawOptions& options) const override;
    [[nodiscard]] math::ViewLimits viewLimits(const math::ViewLimits& base) const override {
        return mGeometry.viewLimits(base);
    }
    [[nodiscard]] std::uint64_t gpuBytes() const override;
    [[nodiscard]] int pixelsAround() const override;

    /// Colour outside a partial panorama (linear 0-1 RGB).
    void setBackground(glm::vec3 colour) { mBackground = colour; }

private:
    ShaderProgram mProgram;
    GlTexture mTexture;
    GlVertexArray mVertexArray;
    int mWidth;
    int mHeight;
    EquirectGeometry mGeometry;
    glm::vec3 mBackground{0.0f, 0.0f, 0.0f};
};

} // namespace cloudtour::render
