#include "engine/render/GlObjects.h"

namespace cloudtour::render {
namespace {

std::array<int, static_cast<std::size_t>(GlObjectKind::Count)> gLiveCounts{};

} // namespace

int liveGlObjects(GlObjectKind kind) {
    return gLiveCounts[static_cast<std::size_t>(kind)];
}

namespace detail {

void countCreated(GlObjectKind kind) {
    ++gLiveCounts[static_cast<std::size_t>(kind)];
}
void countDeleted(GlObjectKind kind) {
    --gLiveCounts[static_cast<std::size_t>(kind)];
}

void deleteTexture(GLuint name) {
    glDeleteTextures(1, &name);
}
void deleteProgram(GLuint name) {
    glDeleteProgram(name);
}
void deleteVertexArray(GLuint name) {
    glDeleteVertexArrays(1, &name);
}
void deleteFramebuffer(GLuint name) {
    glDeleteFramebuffers(1, &name);
}
void deleteRenderbuffer(GLuint name) {
    glDeleteRenderbuffers(1, &name);
}
void deleteBuffer(GLuint name) {
    glDeleteBuffers(1, &name);
}

} // namespace detail

GlTexture createTexture() {
    GLuint name = 0;
    glGenTextures(1, &name);
    return GlTexture(name);
}

GlVertexArray createVertexArray() {
    GLuint name = 0;
    glGenVertexArrays(1, &name);
    return GlVertexArray(name);
}

GlFramebuffer createFramebuffer() {
    GLuint name = 0;
    glGenFramebuffers(1, &name);
    return GlFramebuffer(name);
}

GlRenderbuffer createRenderbuffer() {
    GLuint name = 0;
    glGenRenderbuffers(1, &name);
    return GlRenderbuffer(name);
}

GlBuffer createBuffer() {
    GLuint name = 0;
    glGenBuffers(1, &name);
    return GlBuffer(name);
}

} // namespace cloudtour::render
