#include "viewer/ui/LoadingIndicator.h"

#include "viewer/ui/UiText.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace cloudtour::viewer {

void drawLoadingIndicator(const LoadingState& state) {
    if (!state.progress) {
        return;
    }
    const float progress = std::clamp(*state.progress, 0.0f, 1.0f);
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float thickness = std::max(3.0f, std::round(ImGui::GetFontSize() * 0.22f));
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    draw->AddRectFilled(ImVec2(0.0f, 0.0f), ImVec2(display.x, thickness), IM_COL32(0, 0, 0, 90));
    draw->AddRectFilled(ImVec2(0.0f, 0.0f), ImVec2(display.x * progress, thickness), IM_COL32(232, 190, 96, 230));
    if (!state.arriving) {
        return;
    }
    const std::string label = std::string(uiText(UiText::Loading, state.language)) +
                              (state.title.empty() ? "" : " " + state.title) + "  " +
                              std::to_string(static_cast<int>(std::lround(progress * 100.0f))) + "%";
    const ImVec2 size = ImGui::CalcTextSize(label.c_str());
    const float pad = ImGui::GetFontSize() * 0.4f;
    const ImVec2 origin((display.x - size.x) * 0.5f, thickness + ImGui::GetFontSize() * 3.4f);
    draw->AddRectFilled(ImVec2(origin.x - pad, origin.y - pad * 0.5f),
                        ImVec2(origin.x + size.x + pad, origin.y + size.y + pad * 0.5f), IM_COL32(0, 0, 0, 150), pad);
    draw->AddText(origin, IM_COL32(255, 255, 255, 235), label.c_str());
}

} // namespace cloudtour::viewer
