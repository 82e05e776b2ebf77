#pragma once

#include "engine/core/Error.h"
#include "engine/render/GlObjects.h"

#include <glm/mat3x3.hpp>
#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include <string_view>

namespace cloudtour::render {

/// A linked GLSL program built from two embedded shaders, with typed uniform setters.
class ShaderProgram {
public:
    /// Compiles and links; the error carries the shader's file name and the driver's log.
    static core::Result<ShaderProgram> build(std::string_view vertexName, std::string_view fragmentName);

    void use() const { glUseProgram(mProgram.name()); }
    void set(const char* uniform, int value) const;
    void set(const char* uniform, float value) const;
    void set(const char* uniform, glm::vec2 value) const;
    void set(const char* uniform, glm::vec3 value) const;
    void set(const char* uniform, const glm::mat3& value) const;
    void set(const char* uniform, glm::vec4 value) const;
    void set(const char* uniform, const glm::mat4& value) const;

private:
    explicit ShaderProgram(GlProgram program) : mProgram(std::move(program)) {}
    [[nodiscard]] GLint location(const char* uniform) const { return glGetUniformLocation(mProgram.name(), uniform); }

    GlProgram mProgram;
};

} // namespace cloudtour::render
