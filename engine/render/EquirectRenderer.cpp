#include "engine/render/EquirectRenderer.h"

#include "engine/render/TextureUpload.h"

#include <cmath>

namespace cloudtour::render {

EquirectRenderer::EquirectRenderer(ShaderProgram program, GlTexture texture, int width, int height,
                                   EquirectGeometry geometry)
    : mProgram(std::move(program)), mTexture(std::move(texture)), mVertexArray(createVertexArray()), mWidth(width),
      mHeight(height), mGeometry(geometry) {}

void EquirectRenderer::draw(const math::View& view, const DrawOptions& options) const {
    mProgram.use();
    setViewUniforms(mProgram, view, options);
    mProgram.set("uPanorama", 0);
    mProgram.set("uExtent", glm::vec3(static_cast<float>(mGeometry.haov), static_cast<float>(mGeometry.vaov),
                                      static_cast<float>(mGeometry.vOffset)));
    mProgram.set("uWrapsAround", mGeometry.wrapsAround() ? 1 : 0);
    mProgram.set("uBackground", mBackground);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, mTexture.name());
    glBindVertexArray(mVertexArray.name());
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
}

std::uint64_t EquirectRenderer::gpuBytes() const {
    return mipmappedBytes(mWidth, mHeight, 1);
}

int EquirectRenderer::pixelsAround() const {
    return static_cast<int>(std::lround(mWidth * math::kTwoPi / mGeometry.haov));
}

} // namespace cloudtour::render
