#include "viewer/ui/HotspotOverlay.h"

#include "engine/math/SphereCoords.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace cloudtour::viewer {
namespace {

constexpr int kEdgeSamples = 16;
constexpr float kMarkerRadius = 16.0f; // ImGui points

glm::dvec3 directionOf(double yaw, double pitch) {
    return math::directionFromYawPitch(yaw, pitch);
}

// Samples the great-circle arc from a to b (unit vectors), excluding b.
void sampleArc(const glm::dvec3& a, const glm::dvec3& b, std::vector<glm::dvec3>& out) {
    const double angle = std::acos(std::clamp(glm::dot(a, b), -1.0, 1.0));
    for (int i = 0; i < kEdgeSamples; ++i) {
        const double t = static_cast<double>(i) / kEdgeSamples;
        if (angle < 1e-9) {
            out.push_back(a);
            continue;
        }
        out.push_back((std::sin((1.0 - t) * angle) * a + std::sin(t * angle) * b) / std::sin(angle));
    }
}

std::vector<glm::dvec2> projectOutline(const tour::Hotspot& hotspot, const math::View& view) {
    std::vector<glm::dvec3> samples;
    const auto& polygon = hotspot.polygon;
    for (std::size_t i = 0; i < polygon.size(); ++i) {
        const auto& a = polygon[i];
        const auto& b = polygon[(i + 1) % polygon.size()];
        sampleArc(directionOf(a.yaw, a.pitch), directionOf(b.yaw, b.pitch), samples);
    }
    std::vector<glm::dvec2> outline;
    for (const auto& direction : samples) {
        const auto screen = view.directionToScreen(direction);
        if (!screen) {
            return {}; // part of the outline is behind the viewer: drawing it would cross the screen
        }
        outline.push_back(*screen);
    }
    return outline;
}

bool insidePolygon(const std::vector<glm::dvec2>& polygon, glm::dvec2 p) {
    bool inside = false;
    for (std::size_t i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
        const auto& a = polygon[i];
        const auto& b = polygon[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) {
            inside = !inside;
        }
    }
    return inside;
}

} // namespace

std::vector<ProjectedHotspot> projectHotspots(const tour::Scene& scene, const math::View& view) {
    std::vector<ProjectedHotspot> projected;
    for (std::size_t i = 0; i < scene.hotspots.size(); ++i) {
        const auto& hotspot = scene.hotspots[i];
        ProjectedHotspot item{i, view.directionToScreen(directionOf(hotspot.yaw, hotspot.pitch)), {}};
        if (hotspot.kind == tour::HotspotKind::Area && hotspot.polygon.size() >= 3) {
            item.outline = projectOutline(hotspot, view);
        }
        projected.push_back(std::move(item));
    }
    return projected;
}

std::optional<std::size_t> hitTestHotspots(const std::vector<ProjectedHotspot>& projected, glm::dvec2 point,
                                           double markerRadius) {
    // Markers win over areas: a marker can sit inside an area and must stay clickable.
    for (const auto& item : projected) {
        if (item.marker && glm::length(*item.marker - point) <= markerRadius) {
            return item.index;
        }
    }
    for (const auto& item : projected) {
        if (item.outline.size() >= 3 && insidePolygon(item.outline, point)) {
            return item.index;
        }
    }
    return std::nullopt;
}

std::vector<std::size_t> keyboardOrder(const std::vector<ProjectedHotspot>& projected) {
    std::vector<const ProjectedHotspot*> visible;
    for (const auto& item : projected) {
        if (item.marker) {
            visible.push_back(&item);
        }
    }
    std::sort(visible.begin(), visible.end(), [](const ProjectedHotspot* a, const ProjectedHotspot* b) {
        return a->marker->x != b->marker->x ? a->marker->x < b->marker->x : a->marker->y < b->marker->y;
    });
    std::vector<std::size_t> order;
    for (const auto* item : visible) {
        order.push_back(item->index);
    }
    return order;
}

} // namespace cloudtour::viewer
