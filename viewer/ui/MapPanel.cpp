#include "viewer/ui/MapPanel.h"

#include "viewer/ui/Bearings.h"

#include <algorithm>

namespace cloudtour::viewer {
namespace {

constexpr ImGuiWindowFlags kMapFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                       ImGuiWindowFlags_NoScrollWithMouse;
constexpr float kDotRadius = 6.0f;
constexpr float kCurrentDotRadius = 8.0f;
constexpr float kHitRadius = 11.0f;   // a dot is easier to hit than to see
constexpr float kMinPlanSide = 80.0f; // below this the map says nothing: leave the screen to the view
// Blue stands out from the warm tones of plans and photographs; the current scene is gold, like
// the focused hotspot and the gallery's frame.
const ImU32 kDot = IM_COL32(40, 120, 230, 255);
const ImU32 kVisitedDot = IM_COL32(40, 120, 230, 120);
const ImU32 kCurrentDot = IM_COL32(255, 200, 60, 255);
const ImU32 kDotRing = IM_COL32(15, 15, 20, 230);
const ImU32 kWedgeFill = IM_COL32(255, 200, 60, 80);
const ImU32 kWedgeEdge = IM_COL32(255, 200, 60, 220);

struct Dot {
    std::size_t scene = 0;
    ImVec2 centre;
    bool current = false;
    bool visited = false;
};

// The wedge is the field of view seen from above; its length only needs to read well at any size.
void drawWedge(ImDrawList& list, const MapLayout& layout, float planSide, const tour::MapPosition& position,
               const math::View& view) {
    const float radius = std::clamp(0.16f * planSide, 24.0f, 64.0f);
    const auto outline = viewWedge(layout.toScreen(position), mapBearing(position, view.yaw()), view.hfov(), radius);
    list.AddConvexPolyFilled(outline.data(), static_cast<int>(outline.size()), kWedgeFill);
    list.AddPolyline(outline.data(), static_cast<int>(outline.size()), kWedgeEdge, ImDrawFlags_Closed, 1.5f);
}

void drawDot(ImDrawList& list, const Dot& dot, bool hovered) {
    const float radius = (dot.current ? kCurrentDotRadius : kDotRadius) * (hovered ? 1.3f : 1.0f);
    list.AddCircleFilled(dot.centre, radius, dot.current ? kCurrentDot : dot.visited ? kVisitedDot : kDot, 20);
    list.AddCircle(dot.centre, radius, kDotRing, 20, hovered ? 2.5f : 1.5f);
}

void drawTooltip(const std::string& title, const UiImage* thumbnail) {
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(title.c_str());
    if (thumbnail) {
        const float width = ImGui::GetFontSize() * 9.0f;
        ImGui::Image(imTextureId(*thumbnail), ImVec2(width, width * static_cast<float>(thumbnail->height) /
                                                                static_cast<float>(std::max(thumbnail->width, 1))));
    }
    ImGui::EndTooltip();
}

// Each dot is an invisible button, so hover, click and keyboard navigation come from ImGui.
void submitDot(const TourController& controller, const TourUiState& state, const MapPanelInputs& inputs, const Dot& dot,
               MapPanelActions& actions) {
    const tour::Tour& tour = controller.tour();
    const tour::Scene& scene = tour.scenes[dot.scene];
    ImGui::PushID(static_cast<int>(dot.scene));
    ImGui::SetCursorScreenPos(ImVec2(dot.centre.x - kHitRadius, dot.centre.y - kHitRadius));
    const bool clicked = ImGui::InvisibleButton("##dot", ImVec2(2.0f * kHitRadius, 2.0f * kHitRadius));
    const bool entered = ImGui::IsItemFocused() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
    const bool hovered = ImGui::IsItemHovered();
    if ((clicked || entered) && !dot.current) {
        actions.jumpTo = scene.id;
    }
    if (hovered) {
        actions.hovered = dot.scene;
        const std::string title = scene.title.resolve(state.language, tour.defaultLanguage);
        drawTooltip(title.empty() ? scene.id : title,
                    inputs.thumbnails ? inputs.thumbnails->image(dot.scene) : nullptr);
    }
    drawDot(*ImGui::GetWindowDrawList(), dot, hovered || (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible));
    ImGui::PopID();
}

std::vector<Dot> placeDots(const TourController& controller, const MapLayout& layout) {
    std::vector<Dot> dots;
    const auto& scenes = controller.tour().scenes;
    const int current = controller.navigator().currentIndex();
    for (std::size_t i = 0; i < scenes.size(); ++i) {
        if (scenes[i].mapPosition) {
            const int index = static_cast<int>(i);
            dots.push_back(
                {i, layout.toScreen(*scenes[i].mapPosition), index == current, controller.navigator().visited(index)});
        }
    }
    // The current dot last, so it is drawn over a neighbour it overlaps.
    std::stable_partition(dots.begin(), dots.end(), [](const Dot& dot) { return !dot.current; });
    return dots;
}

} // namespace

std::optional<MapLayout> mapLayout(ImVec2 display, float bottom, ImVec2 planSize, bool titled) {
    if (planSize.x <= 0.0f || planSize.y <= 0.0f) {
        return std::nullopt;
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    const float titleHeight = titled ? ImGui::GetFontSize() + style.ItemSpacing.y : 0.0f;
    // A corner panel: about a quarter of the width, and well clear of the navigation bar at the top.
    const float boxWidth = std::min(display.x * 0.26f, 520.0f) - 2.0f * style.WindowPadding.x;
    const float boxHeight =
        std::min(display.y * 0.38f, bottom - display.y * 0.2f) - 2.0f * style.WindowPadding.y - titleHeight;
    const float scale = std::min(boxWidth / planSize.x, boxHeight / planSize.y);
    if (scale <= 0.0f || std::min(planSize.x, planSize.y) * scale < kMinPlanSide) {
        return std::nullopt;
    }
    MapLayout layout;
    layout.scale = scale;
    layout.size = ImVec2(planSize.x * scale + 2.0f * style.WindowPadding.x,
                         planSize.y * scale + 2.0f * style.WindowPadding.y + titleHeight);
    layout.position = ImVec2(kPanelMargin, bottom - layout.size.y);
    layout.planMin =
        ImVec2(layout.position.x + style.WindowPadding.x, layout.position.y + style.WindowPadding.y + titleHeight);
    return layout;
}

MapPanelActions drawMapPanel(const TourController& controller, const math::View& view, const TourUiState& state,
                             const MapPanelInputs& inputs) {
    MapPanelActions actions;
    if (!controller.hasTour() || !controller.tour().map || !inputs.plan) {
        return actions;
    }
    const tour::Tour& tour = controller.tour();
    const std::string title = tour.map->title.resolve(state.language, tour.defaultLanguage);
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const ImVec2 planSize(static_cast<float>(inputs.plan->width), static_cast<float>(inputs.plan->height));
    const float bottom = leftCornerBottom(display, tour.scenes.size(), inputs.shown);
    const auto layout = mapLayout(display, bottom, planSize, !title.empty());
    if (!layout) {
        return actions;
    }
    ImGui::SetNextWindowPos(layout->position);
    ImGui::SetNextWindowSize(layout->size);
    ImGui::SetNextWindowBgAlpha(0.7f);
    if (ImGui::Begin("##map", nullptr, kMapFlags)) {
        if (!title.empty()) {
            ImGui::TextUnformatted(title.c_str());
        }
        ImDrawList& list = *ImGui::GetWindowDrawList();
        const ImVec2 planMax(layout->planMin.x + planSize.x * layout->scale,
                             layout->planMin.y + planSize.y * layout->scale);
        list.AddImage(imTextureId(*inputs.plan), layout->planMin, planMax);
        list.PushClipRect(layout->planMin, planMax, true); // a wedge near the edge stays on the plan
        if (const auto& position = controller.currentScene()->mapPosition) {
            drawWedge(list, *layout, std::min(planMax.x - layout->planMin.x, planMax.y - layout->planMin.y), *position,
                      view);
        }
        list.PopClipRect();
        for (const Dot& dot : placeDots(controller, *layout)) {
            submitDot(controller, state, inputs, dot, actions);
        }
    }
    ImGui::End();
    return actions;
}

} // namespace cloudtour::viewer
