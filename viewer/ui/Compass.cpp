#include "viewer/ui/Compass.h"

#include "engine/math/Angles.h"
#include "viewer/ui/Bearings.h"
#include "viewer/ui/UiText.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>

namespace cloudtour::viewer {
namespace {

constexpr ImGuiWindowFlags kDialFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground |
                                        ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoScrollWithMouse;
const ImU32 kFace = IM_COL32(20, 20, 24, 170);
const ImU32 kInk = IM_COL32(235, 235, 235, 255);
const ImU32 kNorth = IM_COL32(235, 75, 60, 255);
const ImU32 kWedge = IM_COL32(255, 200, 60, 90);

// Cardinal points in the order of their bearings.
constexpr std::array<UiText, 4> kCardinals = {UiText::North, UiText::East, UiText::South, UiText::West};

ImVec2 along(ImVec2 centre, double screenAngle, float distance) {
    const ImVec2 direction = bearingDirection(screenAngle);
    return ImVec2(centre.x + distance * direction.x, centre.y + distance * direction.y);
}

// The rose turns the other way from the view: a point at bearing b shows at b - heading from up.
void drawRose(ImDrawList& list, const CompassLayout& dial, double heading, std::string_view language) {
    for (int degrees = 0; degrees < 360; degrees += 30) {
        const double angle = math::degToRad(degrees) - heading;
        if (degrees % 90 != 0) {
            list.AddLine(along(dial.centre, angle, dial.radius * 0.78f), along(dial.centre, angle, dial.radius * 0.92f),
                         IM_COL32(235, 235, 235, 140), 1.5f);
        }
    }
    const float size = ImGui::GetFontSize() * 0.8f;
    for (std::size_t i = 0; i < kCardinals.size(); ++i) {
        const double angle = math::degToRad(90.0 * static_cast<double>(i)) - heading;
        const std::string_view text = uiText(kCardinals[i], language);
        const char* end = text.data() + text.size();
        const ImVec2 textSize = ImGui::GetFont()->CalcTextSizeA(size, 1e6f, 0.0f, text.data(), end);
        const ImVec2 c = along(dial.centre, angle, dial.radius - 0.62f * size);
        list.AddText(ImGui::GetFont(), size, ImVec2(c.x - 0.5f * textSize.x, c.y - 0.5f * textSize.y),
                     i == 0 ? kNorth : kInk, text.data(), end);
    }
}

void drawDial(ImDrawList& list, const CompassLayout& dial, double heading, double hfov, bool hovered,
              std::string_view language) {
    list.AddCircleFilled(dial.centre, dial.radius, kFace, 40);
    const auto wedge = viewWedge(dial.centre, 0.0, hfov, dial.radius * 0.6f);
    list.AddConvexPolyFilled(wedge.data(), static_cast<int>(wedge.size()), kWedge);
    drawRose(list, dial, heading, language);
    list.AddCircle(dial.centre, dial.radius, hovered ? kInk : IM_COL32(235, 235, 235, 150), 40, hovered ? 2.5f : 1.5f);
    char degrees[16];
    std::snprintf(degrees, sizeof degrees, "%.0f°", std::fmod(std::round(math::radToDeg(heading)), 360.0));
    const float size = ImGui::GetFontSize() * 0.75f;
    const ImVec2 textSize = ImGui::GetFont()->CalcTextSizeA(size, 1e6f, 0.0f, degrees);
    list.AddText(ImGui::GetFont(), size, ImVec2(dial.centre.x - 0.5f * textSize.x, dial.centre.y + 0.12f * dial.radius),
                 kInk, degrees);
}

} // namespace

CompassLayout compassLayout(ImVec2 display, float bottom) {
    CompassLayout layout;
    layout.radius = std::round(ImGui::GetFontSize() * 1.9f);
    layout.centre = ImVec2(display.x - kPanelMargin - layout.radius, bottom - layout.radius);
    return layout;
}

CompassActions drawCompass(const TourController& controller, const math::View& view, const TourUiState& state,
                           PanelsShown shown) {
    CompassActions actions;
    if (!controller.hasTour()) {
        return actions;
    }
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const CompassLayout dial =
        compassLayout(display, rightCornerBottom(display, controller.tour().scenes.size(), shown));
    const ImVec2 padding = ImGui::GetStyle().WindowPadding;
    ImGui::SetNextWindowPos(ImVec2(dial.centre.x - dial.radius - padding.x, dial.centre.y - dial.radius - padding.y));
    ImGui::SetNextWindowSize(ImVec2(2.0f * (dial.radius + padding.x), 2.0f * (dial.radius + padding.y)));
    if (ImGui::Begin("##compass", nullptr, kDialFlags)) {
        ImGui::SetCursorScreenPos(ImVec2(dial.centre.x - dial.radius, dial.centre.y - dial.radius));
        const bool clicked = ImGui::InvisibleButton("##north", ImVec2(2.0f * dial.radius, 2.0f * dial.radius));
        const bool entered = ImGui::IsItemFocused() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
        actions.faceNorth = clicked || entered;
        actions.hovered = ImGui::IsItemHovered();
        const bool highlighted = actions.hovered || (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible);
        drawDial(*ImGui::GetWindowDrawList(), dial, compassBearing(*controller.currentScene(), view.yaw()), view.hfov(),
                 highlighted, state.language);
        if (actions.hovered) {
            ImGui::SetTooltip("%s", std::string(uiText(UiText::FaceNorth, state.language)).c_str());
        }
    }
    ImGui::End();
    return actions;
}

} // namespace cloudtour::viewer
