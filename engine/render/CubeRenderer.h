#pragma once

#include "engine/render/GlObjects.h"
#include "engine/render/Renderer.h"
#include "engine/render/ShaderProgram.h"

namespace cloudtour::render {

/// Six cube faces in one GL cube map, filtered seamlessly across face edges.
class CubeRenderer final : public Renderer {
public:
    CubeRenderer(ShaderProgram program, GlTexture texture, int faceSize);

    void draw(const math::View& view, const DrawOptions& options) const override;
    [[nodiscard]] std::uint64_t gpuBytes() const override;
    [[nodiscard]] int pixelsAround() const override { return 4 * mFaceSize; }

private:
    ShaderProgram mProgram;
    GlTexture mTexture;
    GlVertexArray mVertexArray;
    int mFaceSize;
};

} // namespace cloudtour::render
