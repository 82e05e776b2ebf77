#include "viewer/tour/HotspotInteraction.h"

#include <algorithm>
#include <utility>

namespace cloudtour::viewer {
namespace {

constexpr double kClickSlop = 6.0; // pixels a press may move and still be a click

} // namespace

std::optional<glm::dvec2> HotspotInteraction::onInput(const InputEvent& event) {
    if (const auto* press = std::get_if<PointerPressed>(&event)) {
        mPointer = press->position;
        mPressedAt =
            press->button == PointerButton::Left && press->clicks == 1 ? std::optional(press->position) : std::nullopt;
    } else if (const auto* move = std::get_if<PointerMoved>(&event)) {
        mPointer = move->position;
        if (mPressedAt && glm::length(move->position - *mPressedAt) > kClickSlop) {
            mPressedAt.reset(); // it became a drag
        }
    } else if (const auto* release = std::get_if<PointerReleased>(&event)) {
        mPointer = release->position;
        const auto pressedAt = std::exchange(mPressedAt, std::nullopt);
        if (pressedAt && release->button == PointerButton::Left &&
            glm::length(release->position - *pressedAt) <= kClickSlop) {
            return release->position;
        }
    }
    return std::nullopt;
}

void HotspotInteraction::update(const std::vector<ProjectedHotspot>& projected, double markerRadius) {
    mHovered = mPointer ? hitTestHotspots(projected, *mPointer, markerRadius) : std::nullopt;
    if (mFocused) {
        const auto order = keyboardOrder(projected);
        if (std::find(order.begin(), order.end(), *mFocused) == order.end()) {
            mFocused.reset(); // it left the screen
        }
    }
}

void HotspotInteraction::focusNext(const std::vector<ProjectedHotspot>& projected, bool backwards) {
    const auto order = keyboardOrder(projected);
    if (order.empty()) {
        mFocused.reset();
        return;
    }
    auto at = mFocused ? std::find(order.begin(), order.end(), *mFocused) : order.end();
    if (at == order.end()) {
        mFocused = backwards ? order.back() : order.front();
        return;
    }
    const auto position = static_cast<std::size_t>(at - order.begin());
    mFocused = order[(position + (backwards ? order.size() - 1 : 1)) % order.size()];
}

void HotspotInteraction::reset() {
    mPressedAt.reset();
    mHovered.reset();
    mFocused.reset();
}

} // namespace cloudtour::viewer
