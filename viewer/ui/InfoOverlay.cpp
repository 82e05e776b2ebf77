#include "viewer/ui/InfoOverlay.h"

#include "engine/math/Angles.h"
#include "viewer/ui/UiText.h"

#include <imgui.h>

#include <array>
#include <string_view>

namespace cloudtour::viewer {
namespace {

constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                         ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;
constexpr float kMargin = 12.0f;

void drawMessages(const OverlayState& state) {
    if (state.messages.empty()) {
        return;
    }
    // Below the navigation bar, where the eye already is.
    ImGui::SetNextWindowPos(ImVec2(kMargin, kMargin + 3.2f * ImGui::GetFontSize()));
    ImGui::SetNextWindowBgAlpha(0.7f);
    if (ImGui::Begin("##messages", nullptr, kPanelFlags)) {
        for (const auto& message : state.messages) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.55f, 0.45f, 1.0f));
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 40.0f);
            ImGui::TextUnformatted(message.c_str());
            ImGui::PopTextWrapPos();
            ImGui::PopStyleColor();
        }
    }
    ImGui::End();
}

void drawStats(const OverlayState& state, const math::View& view) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(kMargin, display.y - kMargin), ImGuiCond_Always, ImVec2(0.0f, 1.0f));
    ImGui::SetNextWindowBgAlpha(0.55f);
    if (ImGui::Begin("##stats", nullptr, kPanelFlags)) {
        ImGui::Text("yaw %7.2f°  pitch %6.2f°  hfov %6.2f°", math::radToDeg(view.yaw()), math::radToDeg(view.pitch()),
                    math::radToDeg(view.hfov()));
        ImGui::Text("frame %.1f ms   %dx%d px   GPU %.0f MB", state.frameMilliseconds, view.width(), view.height(),
                    state.gpuMegabytes);
        ImGui::TextDisabled("%s", state.gpuName.c_str());
    }
    ImGui::End();
}

void drawHelp(const OverlayState& state) {
    struct Row {
        const char* keys;
        UiText action;
    };
    static constexpr std::array<Row, 16> kRows = {{
        {"Drag", UiText::HelpDrag},
        {"Wheel, double-click", UiText::HelpZoomPointer},
        {"Arrows / WASD", UiText::HelpTurn},
        {"+ / -, PgUp / PgDn", UiText::HelpZoom},
        {"Tab / Shift+Tab", UiText::HelpFocus},
        {"Enter, Space", UiText::HelpActivate},
        {"Backspace, Alt+← / →", UiText::HelpBackForward},
        {"Esc", UiText::HelpClose},
        {"F or F11", UiText::FullScreen},
        {"R or Home", UiText::HelpReset},
        {"G", UiText::Scenes},
        {"M", UiText::Map},
        {"N", UiText::FaceNorth},
        {"I or F3", UiText::HelpFigures},
        {"H or F1", UiText::Help},
        {"Ctrl+Q", UiText::HelpQuit},
    }};
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x - kMargin, kMargin), ImGuiCond_Always, ImVec2(1.0f, 0.0f));
    ImGui::SetNextWindowBgAlpha(0.7f);
    if (ImGui::Begin("##help", nullptr, kPanelFlags) && ImGui::BeginTable("keys", 2)) {
        for (const auto& [keys, action] : kRows) {
            const std::string_view text = uiText(action, state.language);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", keys);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(text.data(), text.data() + text.size());
        }
        ImGui::EndTable();
    }
    ImGui::End();
}

} // namespace

void drawInfoOverlay(const OverlayState& state, const math::View& view) {
    drawMessages(state);
    if (state.showStats) {
        drawStats(state, view);
    }
    if (state.showHelp) {
        drawHelp(state);
    }
}

} // namespace cloudtour::viewer
