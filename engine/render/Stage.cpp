#include "engine/render/Stage.h"

namespace cloudtour::render {

void Stage::present(std::unique_ptr<Renderer> renderer, const math::View& leavingView, double now, double duration) {
    mPrevious = std::move(mCurrent);
    mPreviousView = leavingView;
    mCurrent = std::move(renderer);
    if (mPrevious && mCurrent && duration > 0.0) {
        mTransition.start(now, duration);
    } else {
        mPrevious.reset();
        mTransition.finish();
    }
}

void Stage::clear() {
    mCurrent.reset();
    mPrevious.reset();
    mTransition.finish();
}

bool Stage::update(const math::View& view, UploadBudget& budget) {
    bool waiting = false;
    if (mPrevious) {
        waiting = mPrevious->update(mPreviousView, budget) || waiting;
    }
    if (mCurrent) {
        waiting = mCurrent->update(view, budget) || waiting;
    }
    return waiting;
}

bool Stage::draw(const math::View& view, double now) {
    if (mPrevious && !mTransition.running(now)) {
        mPrevious.reset(); // its textures go as soon as it is no longer seen
    }
    if (mPrevious) {
        // The leaving scene keeps its own view but follows the window's size.
        mPreviousView.setViewport(view.width(), view.height());
        mPrevious->draw(mPreviousView, {});
    }
    if (mCurrent) {
        mCurrent->draw(view, {static_cast<float>(opacity(now))});
    }
    return mPrevious != nullptr;
}

} // namespace cloudtour::render
