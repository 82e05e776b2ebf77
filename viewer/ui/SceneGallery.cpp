#include "viewer/ui/SceneGallery.h"

#include <imgui.h>
#include <imgui_internal.h> // RenderTextEllipsis

namespace cloudtour::viewer {
namespace {

constexpr ImGuiWindowFlags kStripFlags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                         ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                         ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
const ImU32 kCurrentFrame = IM_COL32(255, 214, 80, 255);
const ImU32 kPlaceholder = IM_COL32(40, 40, 46, 255);
const ImU32 kPlaceholderInk = IM_COL32(110, 110, 120, 255);

struct Entry {
    std::size_t index = 0;
    std::string id;
    std::string title;
    bool current = false;
    bool visited = false;
    ThumbnailStatus status = ThumbnailStatus::Missing;
    const UiImage* image = nullptr;
};

// The strip holds one row, so the wheel (which ImGui gives to vertical scrolling) moves it sideways.
void scrollWithWheel(const GalleryStrip& strip) {
    const ImGuiIO& io = ImGui::GetIO();
    const float wheel = io.MouseWheel + io.MouseWheelH;
    if (wheel != 0.0f && ImGui::IsWindowHovered()) {
        ImGui::SetScrollX(ImGui::GetScrollX() - wheel * (strip.item.x + ImGui::GetStyle().ItemSpacing.x));
    }
}

// The current scene gets a frame, a visited one a tick in its corner.
void drawMarks(ImDrawList& list, ImVec2 min, ImVec2 max, const Entry& entry) {
    if (entry.current) {
        list.AddRect(ImVec2(min.x - 1.0f, min.y - 1.0f), ImVec2(max.x + 1.0f, max.y + 1.0f), kCurrentFrame, 4.0f, 0,
                     3.0f);
    } else if (entry.visited) {
        const float r = 0.5f * ImGui::GetFontSize();
        const ImVec2 c(max.x - r - 4.0f, min.y + r + 4.0f);
        list.AddCircleFilled(c, r, IM_COL32(20, 20, 24, 200));
        const ImVec2 tick[] = {ImVec2(c.x - 0.5f * r, c.y), ImVec2(c.x - 0.1f * r, c.y + 0.4f * r),
                               ImVec2(c.x + 0.5f * r, c.y - 0.4f * r)};
        list.AddPolyline(tick, 3, IM_COL32(140, 220, 140, 255), 0, 2.0f);
    }
}

void drawPicture(ImDrawList& list, ImVec2 min, ImVec2 max, const Entry& entry) {
    if (entry.image) {
        list.AddImageRounded(imTextureId(*entry.image), min, max, ImVec2(0, 0), ImVec2(1, 1), IM_COL32_WHITE, 3.0f);
        return;
    }
    list.AddRectFilled(min, max, kPlaceholder, 3.0f);
    const ImVec2 c(0.5f * (min.x + max.x), 0.5f * (min.y + max.y));
    if (entry.status == ThumbnailStatus::Failed) { // a crossed frame: there is no picture to come
        const float s = 0.18f * (max.y - min.y);
        list.AddRect(ImVec2(c.x - 1.4f * s, c.y - s), ImVec2(c.x + 1.4f * s, c.y + s), kPlaceholderInk, 0.0f, 0, 2.0f);
        list.AddLine(ImVec2(c.x - 1.4f * s, c.y + s), ImVec2(c.x + 1.4f * s, c.y - s), kPlaceholderInk, 2.0f);
    } else { // three dots: on its way
        for (int i = -1; i <= 1; ++i) {
            list.AddCircleFilled(ImVec2(c.x + 10.0f * static_cast<float>(i), c.y), 2.5f, kPlaceholderInk);
        }
    }
}

void drawEntryContent(const Entry& entry, ImVec2 topLeft, const GalleryStrip& strip) {
    ImDrawList& list = *ImGui::GetWindowDrawList();
    const ImVec2 pictureMax(topLeft.x + strip.thumbnail.x, topLeft.y + strip.thumbnail.y);
    drawPicture(list, topLeft, pictureMax, entry);
    drawMarks(list, topLeft, pictureMax, entry);
    const float textTop = pictureMax.y + ImGui::GetStyle().ItemInnerSpacing.y;
    const ImVec2 textMax(topLeft.x + strip.item.x, textTop + ImGui::GetFontSize());
    const char* text = entry.title.c_str();
    ImGui::RenderTextEllipsis(&list, ImVec2(topLeft.x, textTop), textMax, textMax.x, textMax.x, text,
                              text + entry.title.size(), nullptr);
}

void drawTooltip(const Entry& entry, const ThumbnailCache* thumbnails) {
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(entry.title.c_str());
    if (entry.status == ThumbnailStatus::Failed && thumbnails) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
        ImGui::TextDisabled("%s", thumbnails->failure(entry.index).c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::EndTooltip();
}

bool enterPressed() {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
}

void drawEntry(const Entry& entry, const GalleryStrip& strip, bool scrollToCurrent, const ThumbnailCache* thumbnails,
               SceneGalleryActions& actions) {
    ImGui::PushID(static_cast<int>(entry.index));
    const ImVec2 topLeft = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::Selectable("##scene", entry.current, ImGuiSelectableFlags_None, strip.item);
    // ImGui 1.86 activates with Space only; Enter is what people press on a focused thumbnail.
    const bool entered = ImGui::IsItemFocused() && enterPressed();
    if ((clicked || entered) && !entry.current) {
        actions.jumpTo = entry.id;
    }
    if (entry.current && scrollToCurrent) {
        ImGui::SetScrollHereX(0.5f);
    }
    if (ImGui::IsItemVisible()) {
        if (entry.status == ThumbnailStatus::Missing) {
            actions.wantedThumbnails.push_back(entry.index);
        }
        drawEntryContent(entry, topLeft, strip);
    }
    if (ImGui::IsItemHovered()) {
        actions.hovered = entry.index;
        drawTooltip(entry, thumbnails);
    }
    ImGui::PopID();
}

Entry makeEntry(const TourController& controller, const ThumbnailCache* thumbnails, const TourUiState& state,
                std::size_t index) {
    const tour::Tour& tour = controller.tour();
    Entry entry;
    entry.index = index;
    entry.id = tour.scenes[index].id;
    entry.title = tour.scenes[index].title.resolve(state.language, tour.defaultLanguage);
    if (entry.title.empty()) {
        entry.title = tour.scenes[index].id;
    }
    entry.current = static_cast<int>(index) == controller.navigator().currentIndex();
    entry.visited = controller.navigator().visited(static_cast<int>(index));
    entry.status = thumbnails ? thumbnails->status(index) : ThumbnailStatus::Missing;
    entry.image = thumbnails ? thumbnails->image(index) : nullptr;
    return entry;
}

// Scrolls to the current scene when the strip opens and whenever the scene changes (by a link, the
// map, back): the remembered index lives in ImGui's per-window storage.
bool currentSceneChanged(int current) {
    ImGuiStorage& storage = *ImGui::GetStateStorage();
    const ImGuiID key = ImGui::GetID("##shownCurrent");
    const bool changed = storage.GetInt(key, -1) != current;
    storage.SetInt(key, current);
    return changed || ImGui::IsWindowAppearing();
}

} // namespace

SceneGalleryActions drawSceneGallery(const TourController& controller, const ThumbnailCache* thumbnails,
                                     const TourUiState& state, PanelsShown shown) {
    SceneGalleryActions actions;
    if (!controller.hasTour()) {
        return actions;
    }
    const std::size_t count = controller.tour().scenes.size();
    const GalleryStrip strip = galleryStrip(ImGui::GetIO().DisplaySize, count, shown.stats);
    ImGui::SetNextWindowPos(strip.position);
    ImGui::SetNextWindowSize(strip.size);
    ImGui::SetNextWindowBgAlpha(0.6f);
    if (ImGui::Begin("##gallery", nullptr, kStripFlags)) {
        scrollWithWheel(strip);
        const bool scrollToCurrent = currentSceneChanged(controller.navigator().currentIndex());
        for (std::size_t i = 0; i < count; ++i) {
            if (i > 0) {
                ImGui::SameLine();
            }
            drawEntry(makeEntry(controller, thumbnails, state, i), strip, scrollToCurrent, thumbnails, actions);
        }
    }
    ImGui::End();
    return actions;
}

} // namespace cloudtour::viewer
