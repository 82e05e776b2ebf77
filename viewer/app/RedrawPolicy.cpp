#include "viewer/app/RedrawPolicy.h"

namespace cloudtour::viewer {

bool RedrawPolicy::shouldDraw(const PictureState& state, bool asked, bool loading, double now) const {
    if (asked || !mDrawnOnce || !(state == mLast)) {
        return true;
    }
    return loading && now - mLastDraw >= mProgressInterval;
}

void RedrawPolicy::drawn(const PictureState& state, double now) {
    mLast = state;
    mLastDraw = now;
    mDrawnOnce = true;
}

} // namespace cloudtour::viewer
