#pragma once

#include "engine/math/View.h"
#include "engine/render/Renderer.h"
#include "engine/render/Transition.h"

#include <memory>

namespace cloudtour::render {

/// What is on screen: the current scene and, while a transition runs, the previous one beneath it.
/// The previous scene keeps the view it was left with, so it does not jump while it fades out.
/// The new scene is drawn over it with rising opacity: never a black frame in between.
class Stage {
public:
    /// Makes `renderer` the current scene; the old current one fades out over `duration` seconds.
    void present(std::unique_ptr<Renderer> renderer, const math::View& leavingView, double now, double duration);
    /// Removes every scene (a tour closed, a load failed).
    void clear();

    /// Lets the scenes on stage load further (a preview's full resolution, tiles for the view).
    /// Returns true while one of them still waits for something.
    bool update(const math::View& view, UploadBudget& budget);
    /// Draws into the bound framebuffer. Returns true while a transition still runs.
    bool draw(const math::View& view, double now);

    [[nodiscard]] const Renderer* current() const { return mCurrent.get(); }
    [[nodiscard]] Renderer* current() { return mCurrent.get(); }
    /// Opacity of the current scene (0-1): overlays fade with it.
    [[nodiscard]] double opacity(double now) const { return mPrevious ? mTransition.progress(now) : 1.0; }
    [[nodiscard]] bool transitioning(double now) const { return mPrevious && mTransition.running(now); }
    /// The leaving scene is still held: a transition runs, or has ended and the next draw drops it
    /// (and shows the new scene at full opacity), so a frame is still owed.
    [[nodiscard]] bool holdsPrevious() const { return mPrevious != nullptr; }

private:
    std::unique_ptr<Renderer> mCurrent;
    std::unique_ptr<Renderer> mPrevious;
    math::View mPreviousView;
    Transition mTransition;
};

} // namespace cloudtour::render
