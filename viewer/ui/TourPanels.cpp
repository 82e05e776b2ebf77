#include "viewer/ui/TourPanels.h"

#include "viewer/ui/UiText.h"

#include <imgui.h>

#include <algorithm>

namespace cloudtour::viewer {
namespace {

constexpr float kMargin = 12.0f;
constexpr ImGuiWindowFlags kBarFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                       ImGuiWindowFlags_NoMove;

std::string label(UiText id, const TourUiState& state) {
    return std::string(uiText(id, state.language));
}

void drawLanguageSwitch(const tour::Tour& tour, const TourUiState& state, TourPanelActions& actions) {
    if (tour.languages.size() < 2) {
        return;
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.5f);
    const std::string current(languageName(state.language));
    if (ImGui::BeginCombo("##language", current.c_str())) {
        for (const auto& tag : tour.languages) {
            const std::string name(languageName(tag));
            if (ImGui::Selectable(name.c_str(), tag == state.language)) {
                actions.language = tag;
            }
        }
        ImGui::EndCombo();
    }
}

void drawNavigationBar(const TourController& controller, const TourUiState& state, TourPanelActions& actions) {
    const tour::Tour& tour = controller.tour();
    const tour::Scene& scene = *controller.currentScene();
    ImGui::SetNextWindowPos(ImVec2(kMargin, kMargin));
    ImGui::SetNextWindowBgAlpha(0.6f);
    if (ImGui::Begin("##navigation", nullptr, kBarFlags)) {
        if (tour.scenes.size() > 1) {
            ImGui::BeginDisabled(!controller.navigator().canGoBack());
            actions.back = ImGui::Button(("< " + label(UiText::Back, state)).c_str());
            ImGui::EndDisabled();
            ImGui::SameLine();
            ImGui::BeginDisabled(!controller.navigator().canGoForward());
            actions.forward = ImGui::Button((label(UiText::Forward, state) + " >").c_str());
            ImGui::EndDisabled();
            ImGui::SameLine();
        }
        const std::string tourTitle = tour.title.resolve(state.language, tour.defaultLanguage);
        const std::string sceneTitle = scene.title.resolve(state.language, tour.defaultLanguage);
        if (!tourTitle.empty() && tourTitle != sceneTitle) {
            ImGui::TextDisabled("%s", tourTitle.c_str());
            ImGui::SameLine();
        }
        ImGui::TextUnformatted(sceneTitle.c_str());
        drawLanguageSwitch(tour, state, actions);
    }
    ImGui::End();
}

// The picture scaled to the panel's width, never enlarged past its own size.
void drawPicture(const UiImage& image) {
    const float width = std::min(ImGui::GetContentRegionAvail().x, static_cast<float>(image.width));
    const float height = width * static_cast<float>(image.height) / static_cast<float>(std::max(image.width, 1));
    ImGui::Image(imTextureId(image), ImVec2(width, height));
}

void drawInfoPanel(const TourController& controller, const TourUiState& state, const PictureLookup& picture,
                   TourPanelActions& actions) {
    const tour::Tour& tour = controller.tour();
    const tour::Hotspot& hotspot = controller.currentScene()->hotspots.at(*controller.openInfo);
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float width = std::min(display.x * 0.4f, ImGui::GetFontSize() * 26.0f);
    ImGui::SetNextWindowPos(ImVec2(display.x - kMargin, kMargin), ImGuiCond_Always, ImVec2(1.0f, 0.0f));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0.0f), ImVec2(width, display.y * 0.8f));
    bool open = true;
    const std::string title = hotspot.title.resolve(state.language, tour.defaultLanguage) + "###info";
    if (ImGui::Begin(title.c_str(), &open,
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                         ImGuiWindowFlags_AlwaysAutoResize)) {
        if (!hotspot.image.empty() && picture) {
            if (const UiImage* image = picture(hotspot.image)) {
                drawPicture(*image);
            }
        }
        const std::string text = hotspot.text.resolve(state.language, tour.defaultLanguage);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(text.c_str());
        ImGui::PopTextWrapPos();
        if (ImGui::Button(label(UiText::Close, state).c_str())) {
            open = false;
        }
    }
    ImGui::End();
    actions.closeInfo = !open;
}

void drawUrlConfirmation(const TourController& controller, const TourUiState& state, TourPanelActions& actions) {
    const std::string title = label(UiText::OpenLinkTitle, state) + "###url";
    ImGui::OpenPopup(title.c_str());
    if (ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted(uiText(UiText::OpenLinkQuestion, state.language).data());
        ImGui::TextColored(ImVec4(0.6f, 0.8f, 1.0f, 1.0f), "%s", controller.urlToConfirm->c_str());
        actions.openUrl = ImGui::Button(label(UiText::Open, state).c_str());
        ImGui::SameLine();
        actions.cancelUrl = ImGui::Button(label(UiText::Cancel, state).c_str());
        ImGui::EndPopup();
    }
}

void drawCredits(const TourController& controller, const TourUiState& state) {
    const tour::Scene& scene = *controller.currentScene();
    std::string line = scene.credits.resolve(state.language, controller.tour().defaultLanguage);
    if (!scene.license.empty()) {
        line += (line.empty() ? "" : "  ·  ") + scene.license;
    }
    if (line.empty()) {
        return;
    }
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x - kMargin, display.y - kMargin), ImGuiCond_Always, ImVec2(1.0f, 1.0f));
    ImGui::SetNextWindowBgAlpha(0.45f);
    if (ImGui::Begin("##credits", nullptr, kBarFlags | ImGuiWindowFlags_NoNav)) {
        ImGui::TextUnformatted(line.c_str());
    }
    ImGui::End();
}

} // namespace

TourPanelActions drawTourPanels(const TourController& controller, const TourUiState& state,
                                const PictureLookup& picture) {
    TourPanelActions actions;
    if (!controller.hasTour()) {
        return actions;
    }
    drawNavigationBar(controller, state, actions);
    if (controller.openInfo) {
        drawInfoPanel(controller, state, picture, actions);
    }
    if (controller.urlToConfirm) {
        drawUrlConfirmation(controller, state, actions);
    }
    drawCredits(controller, state);
    return actions;
}

} // namespace cloudtour::viewer
