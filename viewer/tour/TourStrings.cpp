#include "viewer/tour/TourStrings.h"

namespace cloudtour::viewer {
namespace {

void add(const tour::LocalizedText& text, std::vector<std::string>& out) {
    for (const auto& [language, value] : text.byLanguage) {
        out.push_back(value);
    }
}

} // namespace

std::vector<std::string> allTourStrings(const tour::Tour& tour) {
    std::vector<std::string> strings;
    add(tour.title, strings);
    add(tour.description, strings);
    if (tour.map) {
        add(tour.map->title, strings);
    }
    for (const auto& scene : tour.scenes) {
        add(scene.title, strings);
        add(scene.credits, strings);
        strings.push_back(scene.license);
        for (const auto& hotspot : scene.hotspots) {
            add(hotspot.title, strings);
            add(hotspot.text, strings);
        }
    }
    return strings;
}

} // namespace cloudtour::viewer
