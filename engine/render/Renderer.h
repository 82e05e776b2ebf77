#pragma once

#include "engine/core/Error.h"
#include "engine/math/View.h"
#include "engine/render/UploadBudget.h"

#include <cstdint>
#include <optional>
#include <string>

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
    /// the budget allows and asks for the tiles this view needs. Returns true while more frames
    /// would move it on (an upload under way), so the loop keeps drawing instead of sleeping.
    virtual bool update(const math::View& /*view*/, UploadBudget& /*budget*/) { return false; }
    /// The limits the geometry puts on a view (partial panoramas narrow them).
    [[nodiscard]] virtual math::ViewLimits viewLimits(const math::ViewLimits& base) const { return base; }
    /// Bytes of texture memory held on the GPU (for the stats panel and memory budgets).
    [[nodiscard]] virtual std::uint64_t gpuBytes() const = 0;
    /// Pixels across the full 360 degrees at the finest level: bounds how far zooming is useful.
    [[nodiscard]] virtual int pixelsAround() const = 0;

    // A renderer may still be loading when it is made (StreamedPanorama, the tiled renderer): it
    // is put on the stage once loadProgress() reaches 1, and update() is called every frame.
    /// Fraction (0-1) of what must be on the GPU before the scene can be shown without holes.
    [[nodiscard]] virtual float loadProgress() const { return 1.0f; }
    /// Fraction (0-1) of the full resolution on the GPU: the progress indicator.
    [[nodiscard]] virtual float detailProgress() const { return 1.0f; }
    /// Why the panorama cannot be shown, once that is known (a file missing, corrupt, too large).
    [[nodiscard]] virtual std::optional<core::Error> loadError() const { return std::nullopt; }
    /// Something the viewer should say although the scene shows (e.g. shown at reduced resolution).
    [[nodiscard]] virtual std::string loadNotice() const { return {}; }
};

/// Sets the uniforms every panorama shader shares from a view.
class ShaderProgram;
void setViewUniforms(const ShaderProgram& program, const math::View& view, const DrawOptions& options);

} // namespace cloudtour::render
