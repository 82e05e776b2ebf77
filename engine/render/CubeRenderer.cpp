#include "engine/render/CubeRenderer.h"

#include "engine/render/TextureUpload.h"

namespace cloudtour::render {

CubeRenderer::CubeRenderer(ShaderProgram program, GlTexture texture, int faceSize)
    : mProgram(std::move(program)), mTexture(std::move(texture)), mVertexArray(createVertexArray()),
      mFaceSize(faceSize) {}

void CubeRenderer::draw(const math::View& view, const DrawOptions& options) const {
    mProgram.use();
    setViewUniforms(mProgram, view, options);
    mProgram.set("uCube", 0);
    // Without this, GL filters each face on its own and a seam shows along every cube edge.
    glEnable(GL_TEXTURE_CUBE_MAP_SEAMLESS);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_CUBE_MAP, mTexture.name());
    glBindVertexArray(mVertexArray.name());
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
}

std::uint64_t CubeRenderer::gpuBytes() const {
    return mipmappedBytes(mFaceSize, mFaceSize, 6);
}

} // namespace cloudtour::render
