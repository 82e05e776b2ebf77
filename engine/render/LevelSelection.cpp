#include "engine/render/LevelSelection.h"

#include <cmath>

namespace cloudtour::render {

double centrePixelsPerRadian(const math::View& view) {
    return 0.5 * view.width() / std::tan(0.5 * view.hfov());
}

double levelTexelsPerRadian(const PyramidLevel& level) {
    return 0.5 * level.faceSize;
}

int selectLevel(const std::vector<PyramidLevel>& levels, double pixelsPerRadian) {
    for (std::size_t i = 0; i < levels.size(); ++i) {
        // A relative 1e-9 so that a level exactly as dense as the screen is not lost to rounding.
        if (levelTexelsPerRadian(levels[i]) >= pixelsPerRadian * (1.0 - 1e-9)) {
            return static_cast<int>(i);
        }
    }
    return levels.empty() ? 0 : static_cast<int>(levels.size()) - 1;
}

} // namespace cloudtour::render
