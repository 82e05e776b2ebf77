#pragma once

#include <cstddef>
#include <cstdint>

namespace cloudtour::viewer {

/// What the picture on screen depends on beyond the UI's own state (which changes only through
/// input, and input asks for frames): when none of it changed, a new frame shows the same pixels.
struct PictureState {
    double yaw = 0.0; ///< the view: the camera's last inertia step still shows
    double pitch = 0.0;
    double hfov = 0.0;
    int width = 0;
    int height = 0;
    bool sceneShown = false;
    std::uint64_t stageBytes = 0;   ///< a preview replaced, a texture finished, tiles arrived
    const void* incoming = nullptr; ///< the scene on its way (its title is in the loading bar)
    int progressPercent = -1;       ///< the loading bar; -1 when there is none
    std::size_t messages = 0;
    bool operator==(const PictureState&) const = default;
};

/// Decides whether a loop step draws a frame. On llvmpipe a 1920x1080 frame of a panorama costs
/// 50-100 ms of both cores, and while a panorama streamed in behind an unchanged picture the
/// viewer drew every step: two thirds of the CPU went to frames nobody could tell apart, taken from
/// the decode and the upload. A step now draws when something asks for it (input, motion, a
/// transition, a scripted run), when the picture state changed, and while loading at most every
/// `progressInterval` seconds so the bar still moves.
class RedrawPolicy {
public:
    explicit RedrawPolicy(double progressInterval = 0.25) : mProgressInterval(progressInterval) {}

    [[nodiscard]] bool shouldDraw(const PictureState& state, bool asked, bool loading, double now) const;
    /// A panel appears, goes or changes size (a message, the loading bar, the window): ImGui hides
    /// an auto-sized window on its first frame while it measures it, so such a change needs the
    /// caller's settle frames, not one frame. The loading bar's percentage alone is not one.
    [[nodiscard]] bool layoutChanged(const PictureState& state) const;
    void drawn(const PictureState& state, double now);

private:
    double mProgressInterval;
    PictureState mLast;
    double mLastDraw = -1.0e9;
    bool mDrawnOnce = false;
};

} // namespace cloudtour::viewer
