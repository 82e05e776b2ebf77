#pragma once

#include "engine/math/Angles.h"
#include "engine/math/View.h"

#include <cmath>
#include <sstream>
#include <stdexcept>
#include <string>

namespace cloudtour::test {

/// A view as a test states it (degrees, pixels). The GPU renders the engine's math::View made from
/// it; the CPU reference builds its rays from these numbers on its own.
struct ViewSpec {
    double yaw = 0.0;
    double pitch = 0.0;
    double roll = 0.0;
    double hfov = 90.0;
    int width = 320;
    int height = 240;
};

inline std::string describe(const ViewSpec& spec) {
    std::ostringstream text;
    text << "yaw " << spec.yaw << " pitch " << spec.pitch << " roll " << spec.roll << " hfov " << spec.hfov << " "
         << spec.width << "x" << spec.height;
    return text.str();
}

/// The engine's view for a spec. Throws if the view's limits changed any angle: the reference would
/// then draw a different view and the comparison would test nothing.
inline math::View makeView(const ViewSpec& spec) {
    math::View view;
    view.setViewport(spec.width, spec.height);
    view.set(math::degToRad(spec.yaw), math::degToRad(spec.pitch), math::degToRad(spec.hfov));
    view.setRoll(math::degToRad(spec.roll));
    const bool same = std::abs(math::angleDifference(view.yaw(), math::degToRad(spec.yaw))) < 1e-12 &&
                      std::abs(view.pitch() - math::degToRad(spec.pitch)) < 1e-12 &&
                      std::abs(view.hfov() - math::degToRad(spec.hfov)) < 1e-12;
    if (!same) {
        throw std::invalid_argument("the view limits changed the test view " + describe(spec));
    }
    return view;
}

} // namespace cloudtour::test
