#include "engine/render/ShaderProgram.h"

#include "engine/render/ShaderSources.h"

#include <glm/gtc/type_ptr.hpp>

#include <string>

namespace cloudtour::render {
namespace {

std::string shaderLog(GLuint shader) {
    GLint length = 0;
    glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &length);
    std::string log(static_cast<std::size_t>(std::max(length, 1)), '\0');
    glGetShaderInfoLog(shader, length, nullptr, log.data());
    return log;
}

core::Result<GLuint> compile(GLenum stage, std::string_view name) {
    const std::string_view source = shaderSource(name);
    if (source.empty()) {
        return core::Error{"shader " + std::string(name) + " is not embedded in the program"};
    }
    const GLuint shader = glCreateShader(stage);
    const char* text = source.data();
    const auto length = static_cast<GLint>(source.size());
    glShaderSource(shader, 1, &text, &length);
    glCompileShader(shader);
    GLint compiled = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &compiled);
    if (compiled != GL_TRUE) {
        const std::string log = shaderLog(shader);
        glDeleteShader(shader);
        return core::Error{"shaders/" + std::string(name) + " does not compile: " + log};
    }
    return shader;
}

} // namespace

core::Result<ShaderProgram> ShaderProgram::build(std::string_view vertexName, std::string_view fragmentName) {
    auto vertex = compile(GL_VERTEX_SHADER, vertexName);
    if (!vertex) {
        return vertex.error();
    }
    auto fragment = compile(GL_FRAGMENT_SHADER, fragmentName);
    if (!fragment) {
        glDeleteShader(*vertex);
        return fragment.error();
    }
    GlProgram program(glCreateProgram());
    glAttachShader(program.name(), *vertex);
    glAttachShader(program.name(), *fragment);
    glLinkProgram(program.name());
    // The program keeps the compiled code; the shader objects can go.
    glDeleteShader(*vertex);
    glDeleteShader(*fragment);
    GLint linked = GL_FALSE;
    glGetProgramiv(program.name(), GL_LINK_STATUS, &linked);
    if (linked != GL_TRUE) {
        GLint length = 0;
        glGetProgramiv(program.name(), GL_INFO_LOG_LENGTH, &length);
        std::string log(static_cast<std::size_t>(std::max(length, 1)), '\0');
        glGetProgramInfoLog(program.name(), length, nullptr, log.data());
        return core::Error{"shaders " + std::string(vertexName) + " + " + std::string(fragmentName) +
                           " do not link: " + log};
    }
    return ShaderProgram(std::move(program));
}

void ShaderProgram::set(const char* uniform, int value) const {
    glUniform1i(location(uniform), value);
}
void ShaderProgram::set(const char* uniform, float value) const {
    glUniform1f(location(uniform), value);
}
void ShaderProgram::set(const char* uniform, glm::vec2 value) const {
    glUniform2fv(location(uniform), 1, glm::value_ptr(value));
}
void ShaderProgram::set(const char* uniform, glm::vec3 value) const {
    glUniform3fv(location(uniform), 1, glm::value_ptr(value));
}
void ShaderProgram::set(const char* uniform, const glm::mat3& value) const {
    glUniformMatrix3fv(location(uniform), 1, GL_FALSE, glm::value_ptr(value));
}
void ShaderProgram::set(const char* uniform, glm::vec4 value) const {
    glUniform4fv(location(uniform), 1, glm::value_ptr(value));
}
void ShaderProgram::set(const char* uniform, const glm::mat4& value) const {
    glUniformMatrix4fv(location(uniform), 1, GL_FALSE, glm::value_ptr(value));
}

} // namespace cloudtour::render
