#pragma once

#include "viewer/input/InputEvent.h"
#include "viewer/ui/HotspotOverlay.h"

#include <optional>
#include <vector>

namespace cloudtour::viewer {

/// Pointer and keyboard interaction with hotspots: what is under the pointer, which hotspot has
/// the keyboard focus, and whether a press and release made a click (a press that moved less than
/// a few pixels) rather than a drag of the view.
class HotspotInteraction {
public:
    /// Feeds a scene-bound input event; returns the point of a click when this event completed one.
    std::optional<glm::dvec2> onInput(const InputEvent& event);

    /// Recomputes hover and keeps the focus valid for this frame's projection.
    void update(const std::vector<ProjectedHotspot>& projected, double markerRadius);

    /// Moves the keyboard focus to the next (or previous) visible hotspot; wraps around.
    void focusNext(const std::vector<ProjectedHotspot>& projected, bool backwards);
    void clearFocus() { mFocused.reset(); }
    /// The pointer left the window: nothing is under it any more.
    void pointerLeft() {
        mPointer.reset();
        mPressedAt.reset();
    }
    /// Forgets everything (a new scene).
    void reset();

    [[nodiscard]] std::optional<std::size_t> hovered() const { return mHovered; }
    [[nodiscard]] std::optional<std::size_t> focused() const { return mFocused; }

private:
    std::optional<glm::dvec2> mPointer;
    std::optional<glm::dvec2> mPressedAt;
    std::optional<std::size_t> mHovered;
    std::optional<std::size_t> mFocused;
};

} // namespace cloudtour::viewer
