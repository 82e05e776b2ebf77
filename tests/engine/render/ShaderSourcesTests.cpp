#include "engine/render/ShaderSources.h"

#include <catch2/catch.hpp>

using cloudtour::render::shaderSource;

TEST_CASE("shaders are embedded in the program, so it needs no file beside itself", "[render]") {
    for (const char* name : {"fullscreen.vert", "equirect.frag", "cube.frag"}) {
        INFO(name);
        CHECK_THAT(std::string(shaderSource(name)), Catch::StartsWith("#version 330 core"));
    }
    CHECK(shaderSource("missing.frag").empty());
}
