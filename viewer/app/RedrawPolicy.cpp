#include "viewer/app/RedrawPolicy.h"

namespace cloudtour::viewer {

bool RedrawPolicy::shouldDraw(const PictureState& state, bool asked, bool loading, double now) const {
    if (asked || !mDrawnOnce || !(state == mLast)) {
        return true;
    }
    return loading && now - mLastDraw >= mProgressInterval;
}

bool RedrawPolicy::layoutChanged(const PictureState& state) const {
    return !mDrawnOnce || state.sceneShown != mLast.sceneShown || state.incoming != mLast.incoming ||
           state.messages != mLast.messages || state.width != mLast.width || state.height != mLast.height ||
           (state.progressPercent < 0) != (mLast.progressPercent < 0);
}

void RedrawPolicy::drawn(const PictureState& state, double now) {
    mLast = state;
    mLastDraw = now;
    mDrawnOnce = true;
}

} // namespace cloudtour::viewer
