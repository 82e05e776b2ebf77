#include "engine/render/Renderer.h"
#include "engine/render/ShaderProgram.h"

#include <cmath>

namespace cloudtour::render {

void setViewUniforms(const ShaderProgram& program, const math::View& view, const DrawOptions& options) {
    program.set("uCameraToWorld", glm::mat3(view.rotation()));
    program.set("uTanHalfFov", glm::vec2(static_cast<float>(std::tan(0.5 * view.hfov())),
                                         static_cast<float>(std::tan(0.5 * view.vfov()))));
    program.set("uOpacity", options.opacity);
    // Opaque draws replace what is there; a fading scene blends over the one beneath it.
    if (options.opacity < 1.0f) {
        glEnable(GL_BLEND);
        glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    } else {
        glDisable(GL_BLEND);
    }
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
}

} // namespace cloudtour::render
