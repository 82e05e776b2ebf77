#pragma once

#include "engine/math/View.h"
#include "engine/render/UploadBudget.h"

#include <cstdint>

namespace cloudtour::render {

/// Per-draw settings: opacity for crossfades (blended over what is already drawn).
struct DrawOptions {
    float opacity = 1.0f;
};

/// Draws one panorama geometry into the current framebuffer's viewport, per pixel from the view
/// ray. The caller sets the viewport to the View's size.
class Renderer {
public:
    virtual ~Renderer() = default;
    virtual void draw(const math::View& view, const DrawOptions& options) const = 0;
    /// Main-thread work before a draw: a tiled renderer takes finished tile decodes, uploads what
    /// the budget allows and asks for the tiles this view needs. Returns true while it still waits
    /// for something, so the loop keeps drawing instead of sleeping.
    virtual bool update(const math::View& /*view*/, UploadBudget& /*budget*/) { return false; }
    /// The limits the geometry puts on a view (partial panoramas narrow them).
    [[nodiscard]] virtual math::ViewLimits viewLimits(const math::ViewLimits& base) const { return base; }
    /// Bytes of texture memory held on the GPU (for the stats panel and memory budgets).
    [[nodiscard]] virtual std::uint64_t gpuBytes() const = 0;
    /// Pixels across the full 360 degrees at the finest level: bounds how far zooming is useful.
    [[nodiscard]] virtual int pixelsAround() const = 0;
};

/// Sets the uniforms every panorama shader shares from a view.
class ShaderProgram;
void setViewUniforms(const ShaderProgram& program, const math::View& view, const DrawOptions& options);

} // namespace cloudtour::render
