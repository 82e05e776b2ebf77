#pragma once

#include <glad/gl.h>

#include <array>
#include <cstddef>
#include <utility>

namespace cloudtour::render {

/// Kinds of GL object the engine creates; each is counted while alive so tests and the stats panel
/// can see leaks (a scene switch must bring the counts back to where they were).
enum class GlObjectKind { Texture, Program, VertexArray, Framebuffer, Renderbuffer, Buffer, Count };

/// Live GL objects of each kind, created and not yet deleted. Main thread only, like all GL.
int liveGlObjects(GlObjectKind kind);

namespace detail {
void countCreated(GlObjectKind kind);
void countDeleted(GlObjectKind kind);
} // namespace detail

/// A move-only owner of one GL object name (Magnum's RAII style): deleted exactly once, on the
/// thread that owns the context. Deleter is called with the name.
template <GlObjectKind Kind, void (*Delete)(GLuint)>
class GlHandle {
public:
    GlHandle() = default;
    explicit GlHandle(GLuint name) : mName(name) {
        if (mName != 0) {
            detail::countCreated(Kind);
        }
    }
    ~GlHandle() { reset(); }
    GlHandle(GlHandle&& other) noexcept : mName(std::exchange(other.mName, 0)) {}
    GlHandle& operator=(GlHandle&& other) noexcept {
        if (this != &other) {
            reset();
            mName = std::exchange(other.mName, 0);
        }
        return *this;
    }
    GlHandle(const GlHandle&) = delete;
    GlHandle& operator=(const GlHandle&) = delete;

    [[nodiscard]] GLuint name() const { return mName; }
    explicit operator bool() const { return mName != 0; }

    void reset() {
        if (mName != 0) {
            Delete(mName);
            detail::countDeleted(Kind);
            mName = 0;
        }
    }

private:
    GLuint mName = 0;
};

namespace detail {
void deleteTexture(GLuint name);
void deleteProgram(GLuint name);
void deleteVertexArray(GLuint name);
void deleteFramebuffer(GLuint name);
void deleteRenderbuffer(GLuint name);
void deleteBuffer(GLuint name);
} // namespace detail

using GlTexture = GlHandle<GlObjectKind::Texture, detail::deleteTexture>;
using GlProgram = GlHandle<GlObjectKind::Program, detail::deleteProgram>;
using GlVertexArray = GlHandle<GlObjectKind::VertexArray, detail::deleteVertexArray>;
using GlFramebuffer = GlHandle<GlObjectKind::Framebuffer, detail::deleteFramebuffer>;
using GlRenderbuffer = GlHandle<GlObjectKind::Renderbuffer, detail::deleteRenderbuffer>;
using GlBuffer = GlHandle<GlObjectKind::Buffer, detail::deleteBuffer>;

GlTexture createTexture();
GlVertexArray createVertexArray();
GlFramebuffer createFramebuffer();
GlRenderbuffer createRenderbuffer();
GlBuffer createBuffer();

} // namespace cloudtour::render
