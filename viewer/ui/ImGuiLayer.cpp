#include "viewer/ui/ImGuiLayer.h"

#include "viewer/ui/Fonts.h"

#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

namespace cloudtour::viewer {

ImGuiLayer::ImGuiLayer(SDL_Window* window, void* glContext, float pixelScale) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // panels start where the viewer puts them, not where a last run left them
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui::StyleColorsDark();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 6.0f;
    style.FrameRounding = 4.0f;
    style.WindowBorderSize = 0.0f;
    mPixelScale = pixelScale; // the font is loaded once its texts are known (rebuildFonts or the first frame)
    ImGui_ImplSDL2_InitForOpenGL(window, glContext);
    ImGui_ImplOpenGL3_Init("#version 330 core");
}

ImGuiLayer::~ImGuiLayer() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
}

void ImGuiLayer::rebuildFonts(const std::vector<std::string>& texts) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    loadUiFonts(ImGui::GetIO(), mPixelScale, texts);
    ImGui_ImplOpenGL3_CreateFontsTexture();
    mFontsLoaded = true;
}

void ImGuiLayer::processEvent(const SDL_Event& event) {
    ImGui_ImplSDL2_ProcessEvent(&event);
}

void ImGuiLayer::beginFrame() {
    if (!mFontsLoaded) { // no tour gave its texts before the first frame: the UI's own only
        loadUiFonts(ImGui::GetIO(), mPixelScale, {});
        mFontsLoaded = true;
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    if (mFirstFrame) {
        // ImGui focuses its implicit "Debug" window on the first frame, and with keyboard
        // navigation on, a focused window claims the keyboard: the first keys would never reach
        // the camera. Nothing is focused until the user picks a panel.
        ImGui::SetWindowFocus(nullptr);
        mFirstFrame = false;
    }
}

void ImGuiLayer::endFrame() {
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

bool ImGuiLayer::wantsMouse() const {
    return ImGui::GetIO().WantCaptureMouse;
}
bool ImGuiLayer::wantsKeyboard() const {
    return ImGui::GetIO().WantCaptureKeyboard;
}
bool ImGuiLayer::wantsTextInput() const {
    return ImGui::GetIO().WantTextInput;
}

} // namespace cloudtour::viewer
