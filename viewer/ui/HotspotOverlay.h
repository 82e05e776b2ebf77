#pragma once

#include "engine/math/View.h"
#include "engine/tour/TourDocument.h"
#include "viewer/ui/UiImage.h"

#include <glm/vec2.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cloudtour::viewer {

/// Where a hotspot appears this frame, in drawable pixels.
struct ProjectedHotspot {
    std::size_t index = 0;            ///< into the scene's hotspots
    std::optional<glm::dvec2> marker; ///< nothing when behind the viewer
    std::vector<glm::dvec2> outline;  ///< area hotspots: the polygon's visible outline
};

/// Projects every hotspot of a scene with the view: markers and, for areas, their outline sampled
/// along great circles so straight edges in the world bend as they should on screen. Points behind
/// the viewer split the outline (nothing is drawn across the back of the sphere).
std::vector<ProjectedHotspot> projectHotspots(const tour::Scene& scene, const math::View& view);

/// The hotspot under a screen point: a marker within `markerRadius` pixels, else an area whose
/// outline contains the point. Nothing when none.
std::optional<std::size_t> hitTestHotspots(const std::vector<ProjectedHotspot>& projected, glm::dvec2 point,
                                           double markerRadius);

/// Tab order: hotspots with a visible marker, left to right then top to bottom.
std::vector<std::size_t> keyboardOrder(const std::vector<ProjectedHotspot>& projected);

/// Draws the markers and area outlines with ImGui's background draw list (over the panorama,
/// under the panels), with a tooltip for the hovered one and a ring round the focused one.
struct HotspotDrawState {
    std::optional<std::size_t> hovered;
    std::optional<std::size_t> focused;
    float opacity = 1.0f;    ///< fades with the scene during a transition
    float pixelScale = 1.0f; ///< drawable pixels per ImGui point
    std::string language;
    std::string defaultLanguage;
    /// The tour's own icon for a hotspot (Hotspot::icon), when it has one and it is loaded.
    std::function<const UiImage*(const std::string& path)> icon;
};
void drawHotspots(const tour::Tour& tour, const tour::Scene& scene, const std::vector<ProjectedHotspot>& projected,
                  const HotspotDrawState& state);

} // namespace cloudtour::viewer
