#pragma once

#include <string>
#include <vector>

struct ImGuiIO;

namespace cloudtour::viewer {

/// Loads the UI font: Noto Sans CJK SC from Debian's fonts-noto-cjk when installed (it covers
/// Latin, Spanish accents and Chinese), else ImGui's built-in font, sized for the screen's scale.
/// The glyphs are the Latin-1 range plus every character of the UI's own translations and of
/// `texts` (the open tour's strings): a small atlas that still has every character shown.
void loadUiFonts(ImGuiIO& io, float pixelScale, const std::vector<std::string>& texts);

} // namespace cloudtour::viewer
