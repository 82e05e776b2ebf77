#include "engine/tour/TourDocument.h"

namespace cloudtour::tour {

const Scene* Tour::findScene(const std::string& id) const {
    const int index = sceneIndex(id);
    return index < 0 ? nullptr : &scenes[static_cast<std::size_t>(index)];
}

int Tour::sceneIndex(const std::string& id) const {
    for (std::size_t i = 0; i < scenes.size(); ++i) {
        if (scenes[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace cloudtour::tour
