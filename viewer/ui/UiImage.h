#pragma once

#include <imgui.h>

#include <cstdint>

namespace cloudtour::viewer {

/// A GL texture as the panels draw it: its name and its size in pixels. Texture 0 is fine to draw
/// with a backend-less ImGui (the smoke test); the panels never need GL themselves.
struct UiImage {
    unsigned texture = 0;
    int width = 0;
    int height = 0;
};

/// ImGui's OpenGL3 backend takes the GL texture name itself as the ImTextureID.
inline ImTextureID imTextureId(const UiImage& image) {
    return reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(image.texture));
}

} // namespace cloudtour::viewer
