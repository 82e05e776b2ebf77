#pragma once

#include <algorithm>

namespace cloudtour::render {

/// A crossfade's progress over time. Times come from the caller's injected clock, so a test can
/// step through a transition frame by frame.
class Transition {
public:
    /// Starts at `now`; a duration of 0 (or less) completes at once.
    void start(double now, double duration) {
        mStart = now;
        mDuration = duration;
        mActive = duration > 0.0;
    }

    /// 0 at the start, 1 when done; eased (smoothstep) so the fade starts and ends gently.
    [[nodiscard]] double progress(double now) const {
        if (!mActive) {
            return 1.0;
        }
        const double t = std::clamp((now - mStart) / mDuration, 0.0, 1.0);
        return t * t * (3.0 - 2.0 * t);
    }

    [[nodiscard]] bool running(double now) const { return mActive && now < mStart + mDuration; }

    void finish() { mActive = false; }

private:
    double mStart = 0.0;
    double mDuration = 0.0;
    bool mActive = false;
};

} // namespace cloudtour::render
