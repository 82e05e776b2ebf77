#pragma once

#include <string_view>

namespace cloudtour::render {

/// The text of a shader from shaders/, embedded at build time by cmake/EmbedShaders.cmake.
/// Empty when no shader has that file name.
std::string_view shaderSource(std::string_view name);

} // namespace cloudtour::render
