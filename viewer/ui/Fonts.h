#pragma once

struct ImGuiIO;

namespace cloudtour::viewer {

/// Loads the UI font: Noto Sans CJK SC from Debian's fonts-noto-cjk when installed (it also covers
/// Latin, Spanish accents and Chinese), else ImGui's built-in font. Sized for the screen's scale.
void loadUiFonts(ImGuiIO& io, float pixelScale);

} // namespace cloudtour::viewer
