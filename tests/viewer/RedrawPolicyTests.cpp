#include "viewer/app/RedrawPolicy.h"

#include <catch2/catch.hpp>

using cloudtour::viewer::PictureState;
using cloudtour::viewer::RedrawPolicy;

namespace {

PictureState shown(std::uint64_t bytes) {
    PictureState state;
    state.width = 1920;
    state.height = 1080;
    state.sceneShown = true;
    state.stageBytes = bytes;
    return state;
}

} // namespace

TEST_CASE("redraw: the first step draws and an unchanged picture is not drawn again", "[viewer][redraw]") {
    RedrawPolicy policy;
    const PictureState state = shown(1000);
    CHECK(policy.shouldDraw(state, false, false, 0.0));
    policy.drawn(state, 0.0);
    CHECK_FALSE(policy.shouldDraw(state, false, false, 0.01));
    CHECK_FALSE(policy.shouldDraw(state, false, false, 100.0)); // nothing loads: never again by itself
    CHECK(policy.shouldDraw(state, true, false, 0.02));         // input, motion or a script asks
}

TEST_CASE("redraw: any change of the picture state draws", "[viewer][redraw]") {
    RedrawPolicy policy;
    const PictureState base = shown(1000);
    policy.drawn(base, 0.0);
    PictureState changed = base;
    changed.stageBytes = 2000; // the full resolution replaced the preview
    CHECK(policy.shouldDraw(changed, false, true, 0.01));
    changed = base;
    changed.yaw += 1e-6; // inertia's last small step
    CHECK(policy.shouldDraw(changed, false, false, 0.01));
    changed = base;
    changed.progressPercent = 40;
    CHECK(policy.shouldDraw(changed, false, true, 0.01));
    changed = base;
    changed.messages = 1;
    CHECK(policy.shouldDraw(changed, false, false, 0.01));
    changed = base;
    int incoming = 0;
    changed.incoming = &incoming;
    CHECK(policy.shouldDraw(changed, false, true, 0.01));
    changed = base;
    changed.width = 1280;
    CHECK(policy.shouldDraw(changed, false, false, 0.01));
}

TEST_CASE("redraw: while loading the picture is redrawn at the progress interval only", "[viewer][redraw]") {
    RedrawPolicy policy(0.25);
    const PictureState state = shown(1000);
    policy.drawn(state, 10.0);
    CHECK_FALSE(policy.shouldDraw(state, false, true, 10.1));
    CHECK(policy.shouldDraw(state, false, true, 10.25));
    policy.drawn(state, 10.3);
    CHECK_FALSE(policy.shouldDraw(state, false, true, 10.5));
    CHECK_FALSE(policy.shouldDraw(state, false, false, 11.0)); // loading ended, nothing changed
}

TEST_CASE("redraw: a panel appearing is a layout change, the loading bar's percentage is not", "[viewer][redraw]") {
    RedrawPolicy policy;
    PictureState state = shown(1000);
    CHECK(policy.layoutChanged(state)); // nothing drawn yet
    policy.drawn(state, 0.0);
    CHECK_FALSE(policy.layoutChanged(state));
    PictureState changed = state;
    changed.messages = 1;
    CHECK(policy.layoutChanged(changed));
    changed = state;
    changed.progressPercent = 10; // the bar appears
    CHECK(policy.layoutChanged(changed));
    policy.drawn(changed, 0.1);
    changed.progressPercent = 60; // it moves
    CHECK_FALSE(policy.layoutChanged(changed));
    changed.stageBytes = 5000; // the texture finished: a new picture, no new panel
    CHECK_FALSE(policy.layoutChanged(changed));
    CHECK(policy.shouldDraw(changed, false, false, 0.2));
}
