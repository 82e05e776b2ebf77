// How hotspots look: a dark disc with a white ring and a glyph per kind, area outlines in gold.
#include "viewer/ui/HotspotOverlay.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace cloudtour::viewer {
namespace {

constexpr float kRadius = 15.0f;

ImU32 colour(int r, int g, int b, float alpha) {
    return IM_COL32(r, g, b, static_cast<int>(std::clamp(alpha, 0.0f, 1.0f) * 255.0f));
}

void drawGlyph(ImDrawList& list, tour::HotspotKind kind, ImVec2 c, float s, ImU32 ink) {
    switch (kind) {
    case tour::HotspotKind::SceneLink: // a chevron: "walk this way"
        list.AddTriangleFilled(ImVec2(c.x, c.y - 0.55f * s), ImVec2(c.x + 0.5f * s, c.y + 0.35f * s),
                               ImVec2(c.x - 0.5f * s, c.y + 0.35f * s), ink);
        break;
    case tour::HotspotKind::Info: // "i"
        list.AddCircleFilled(ImVec2(c.x, c.y - 0.45f * s), 0.12f * s, ink);
        list.AddRectFilled(ImVec2(c.x - 0.1f * s, c.y - 0.2f * s), ImVec2(c.x + 0.1f * s, c.y + 0.55f * s), ink);
        break;
    case tour::HotspotKind::Url: // an arrow leaving a box: "opens outside"
        list.AddRect(ImVec2(c.x - 0.45f * s, c.y - 0.3f * s), ImVec2(c.x + 0.3f * s, c.y + 0.45f * s), ink, 0.0f, 0,
                     0.12f * s);
        list.AddLine(ImVec2(c.x - 0.05f * s, c.y + 0.05f * s), ImVec2(c.x + 0.5f * s, c.y - 0.5f * s), ink, 0.14f * s);
        list.AddTriangleFilled(ImVec2(c.x + 0.55f * s, c.y - 0.55f * s), ImVec2(c.x + 0.1f * s, c.y - 0.5f * s),
                               ImVec2(c.x + 0.5f * s, c.y - 0.1f * s), ink);
        break;
    case tour::HotspotKind::Area: // a diamond: "this outlined thing"
        list.AddQuadFilled(ImVec2(c.x, c.y - 0.5f * s), ImVec2(c.x + 0.5f * s, c.y), ImVec2(c.x, c.y + 0.5f * s),
                           ImVec2(c.x - 0.5f * s, c.y), ink);
        break;
    }
}

void drawOutline(ImDrawList& list, const ProjectedHotspot& item, float scale, bool highlighted, float opacity) {
    if (item.outline.size() < 3) {
        return;
    }
    std::vector<ImVec2> points;
    for (const auto& p : item.outline) {
        points.emplace_back(static_cast<float>(p.x) / scale, static_cast<float>(p.y) / scale);
    }
    if (highlighted) {
        // ImGui fills convex outlines only; mural frames and niche openings are convex, and for a
        // concave outline the faint fill may spill while the edge line stays exact.
        list.AddConvexPolyFilled(points.data(), static_cast<int>(points.size()), colour(240, 200, 90, 0.18f * opacity));
    }
    list.AddPolyline(points.data(), static_cast<int>(points.size()),
                     colour(240, 200, 90, (highlighted ? 1.0f : 0.7f) * opacity), ImDrawFlags_Closed,
                     highlighted ? 3.0f : 2.0f);
}

std::string tooltipText(const tour::Tour& tour, const tour::Hotspot& hotspot, const HotspotDrawState& state) {
    std::string text = hotspot.title.resolve(state.language, state.defaultLanguage);
    if (hotspot.kind == tour::HotspotKind::SceneLink && text.empty()) {
        if (const auto* target = tour.findScene(hotspot.targetScene)) {
            text = target->title.resolve(state.language, state.defaultLanguage);
        }
    }
    return text;
}

} // namespace

void drawHotspots(const tour::Tour& tour, const tour::Scene& scene, const std::vector<ProjectedHotspot>& projected,
                  const HotspotDrawState& state) {
    ImDrawList& list = *ImGui::GetBackgroundDrawList();
    for (const auto& item : projected) {
        const auto& hotspot = scene.hotspots[item.index];
        const bool hovered = state.hovered == item.index;
        const bool focused = state.focused == item.index;
        drawOutline(list, item, state.pixelScale, hovered || focused, state.opacity);
        if (!item.marker) {
            continue;
        }
        const ImVec2 c(static_cast<float>(item.marker->x) / state.pixelScale,
                       static_cast<float>(item.marker->y) / state.pixelScale);
        const float r = kRadius * (hovered ? 1.15f : 1.0f);
        list.AddCircleFilled(c, r, colour(20, 20, 24, 0.62f * state.opacity), 32);
        list.AddCircle(c, r, colour(255, 255, 255, 0.92f * state.opacity), 32, 2.0f);
        const UiImage* icon = hotspot.icon.empty() || !state.icon ? nullptr : state.icon(hotspot.icon);
        if (icon) {
            // The tour's own icon, fitted into the disc with its aspect kept.
            const float aspect = static_cast<float>(icon->width) / static_cast<float>(std::max(icon->height, 1));
            const ImVec2 half =
                aspect >= 1.0f ? ImVec2(0.72f * r, 0.72f * r / aspect) : ImVec2(0.72f * r * aspect, 0.72f * r);
            list.AddImage(imTextureId(*icon), ImVec2(c.x - half.x, c.y - half.y), ImVec2(c.x + half.x, c.y + half.y),
                          ImVec2(0, 0), ImVec2(1, 1), colour(255, 255, 255, state.opacity));
        } else {
            drawGlyph(list, hotspot.kind, c, r, colour(255, 255, 255, state.opacity));
        }
        if (focused) {
            list.AddCircle(c, r + 5.0f, colour(255, 214, 80, state.opacity), 32, 3.0f);
        }
        // One tooltip: the keyboard's focus wins over the pointer.
        const bool labelled = state.focused ? focused : hovered;
        if (labelled) {
            const std::string text = tooltipText(tour, hotspot, state);
            if (!text.empty()) {
                ImGui::SetNextWindowPos(ImVec2(c.x, c.y + r + 8.0f), ImGuiCond_Always, ImVec2(0.5f, 0.0f));
                ImGui::BeginTooltip();
                ImGui::TextUnformatted(text.c_str());
                ImGui::EndTooltip();
            }
        }
    }
}

} // namespace cloudtour::viewer
