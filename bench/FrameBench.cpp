// Frame time at 1920x1080 on the viewer's offscreen GL context (SDL_VIDEODRIVER=offscreen): the
// equirect renderer panning over an 8192x4096 panorama, idle and while a StreamedPanorama of another
// image streams in with the default upload budget, against the floor for this machine: a trivial
// full-screen quad sampling an 8192x4096 mipmapped texture with planar coordinates (no trig).
// Each frame ends with glFinish so its time is the GPU's (llvmpipe's) work, not a queued command.
// Usage: cloudtour_frame_bench [--frames N] PANORAMA.jpg STREAMED.jpg   (JSON lines on stdout)

#include "engine/core/TaskPool.h"
#include "engine/math/Angles.h"
#include "engine/render/OffscreenTarget.h"
#include "engine/render/PanoramaSource.h"
#include "engine/render/RendererFactory.h"
#include "engine/render/StreamedPanorama.h"
#include "viewer/platform/GlContext.h"

#include <glad/gl.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

namespace {

using namespace cloudtour;
using Clock = std::chrono::steady_clock;

constexpr int kWidth = 1920;
constexpr int kHeight = 1080;
constexpr double kHfovDegrees = 100.0;      // the peers' harness uses the same view
constexpr double kYawPerFrameDegrees = 0.6; // 36 degrees a second at 60 fps, as the peers pan
constexpr int kWarmupFrames = 10;

struct FrameStats {
    double medianMs = 0.0;
    double p99Ms = 0.0;
    double meanMs = 0.0;
    std::size_t frames = 0;
};

FrameStats summarize(std::vector<double> times) {
    FrameStats stats;
    if (times.empty()) {
        return stats;
    }
    std::sort(times.begin(), times.end());
    stats.frames = times.size();
    stats.medianMs = times[times.size() / 2];
    const auto p99 = static_cast<std::size_t>(std::ceil(0.99 * static_cast<double>(times.size()))) - 1;
    stats.p99Ms = times[std::min(p99, times.size() - 1)];
    double sum = 0.0;
    for (double t : times) {
        sum += t;
    }
    stats.meanMs = sum / static_cast<double>(times.size());
    return stats;
}

void printStats(const char* name, const FrameStats& stats, const std::string& extra = {}) {
    std::printf("{\"bench\":\"frame\",\"case\":\"%s\",\"width\":%d,\"height\":%d,\"frames\":%zu,\"median_ms\":%.3f,"
                "\"p99_ms\":%.3f,\"mean_ms\":%.3f,\"fps_median\":%.2f%s}\n",
                name, kWidth, kHeight, stats.frames, stats.medianMs, stats.p99Ms, stats.meanMs,
                stats.medianMs > 0 ? 1000.0 / stats.medianMs : 0.0, extra.c_str());
    std::fflush(stdout);
}

// Times one frame: `draw` into the cleared target, then glFinish.
double timeFrame(const render::OffscreenTarget& target, const std::function<void()>& draw) {
    const auto start = Clock::now();
    target.bind();
    glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    draw();
    glFinish();
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

GLuint compile(GLenum kind, const char* source) {
    const GLuint shader = glCreateShader(kind);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[2048] = {};
        glGetShaderInfoLog(shader, sizeof log, nullptr, log);
        std::fprintf(stderr, "quad shader: %s\n", log);
        std::exit(1);
    }
    return shader;
}

// The floor: one full-screen triangle, one texture fetch a pixel at about the panorama's texel
// density (the same 100 degree view of an 8192-wide image), no per-pixel ray or trigonometry.
struct PlainQuad {
    GLuint program = 0;
    GLuint texture = 0;
    GLuint vertexArray = 0;

    explicit PlainQuad(const image::ImageData& image) {
        static const char* const kVertex = R"(#version 330 core
out vec2 vNdc;
void main() {
    vec2 corner = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
    vNdc = corner * 2.0 - 1.0;
    gl_Position = vec4(vNdc, 0.0, 1.0);
})";
        static const char* const kFragment = R"(#version 330 core
in vec2 vNdc;
uniform sampler2D uTexture;
uniform vec2 uOffset;
uniform vec2 uScale;
out vec4 fragColor;
void main() {
    fragColor = texture(uTexture, uOffset + vNdc * uScale);
})";
        program = glCreateProgram();
        glAttachShader(program, compile(GL_VERTEX_SHADER, kVertex));
        glAttachShader(program, compile(GL_FRAGMENT_SHADER, kFragment));
        glLinkProgram(program);
        glGenVertexArrays(1, &vertexArray);
        glGenTextures(1, &texture);
        glBindTexture(GL_TEXTURE_2D, texture);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, image.width, image.height, 0, GL_RGB, GL_UNSIGNED_BYTE,
                     image.pixels.data());
        glGenerateMipmap(GL_TEXTURE_2D);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_REPEAT);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    }

    void draw(double yawDegrees) const {
        const double vfov = 2.0 * std::atan(std::tan(math::degToRad(kHfovDegrees) / 2.0) * kHeight / kWidth);
        glUseProgram(program);
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, texture);
        glUniform1i(glGetUniformLocation(program, "uTexture"), 0);
        glUniform2f(glGetUniformLocation(program, "uOffset"), static_cast<float>(0.5 + yawDegrees / 360.0), 0.5f);
        glUniform2f(glGetUniformLocation(program, "uScale"), static_cast<float>(kHfovDegrees / 360.0 / 2.0),
                    static_cast<float>(-vfov / math::kPi / 2.0));
        glBindVertexArray(vertexArray);
        glDrawArrays(GL_TRIANGLES, 0, 3);
    }
};

template <typename Step>
FrameStats measure(const render::OffscreenTarget& target, math::View& view, int frames, Step step) {
    std::vector<double> times;
    double yaw = 0.0;
    for (int i = 0; i < kWarmupFrames + frames; ++i) {
        yaw += kYawPerFrameDegrees;
        view.set(math::degToRad(std::fmod(yaw + 180.0, 360.0) - 180.0), 0.0, math::degToRad(kHfovDegrees));
        const double ms = timeFrame(target, [&] { step(yaw); });
        if (i >= kWarmupFrames) {
            times.push_back(ms);
        }
    }
    return summarize(std::move(times));
}

} // namespace

int main(int argc, char** argv) {
    int frames = 300;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--frames") == 0 && i + 1 < argc) {
            frames = std::max(10, std::atoi(argv[++i]));
        } else {
            files.emplace_back(argv[i]);
        }
    }
    if (files.size() != 2) {
        std::fprintf(stderr, "usage: cloudtour_frame_bench [--frames N] PANORAMA.jpg STREAMED.jpg\n");
        return 2;
    }
    auto context = viewer::GlContext::create(viewer::WindowSpec{"bench", kWidth, kHeight, true, false});
    if (!context) {
        std::fprintf(stderr, "%s\n", context.error().message.c_str());
        return 1;
    }
    const render::GpuCaps& caps = (*context)->caps();
    auto target = render::OffscreenTarget::create(kWidth, kHeight);
    auto images = render::loadPanoramaImages(render::EquirectFile{files[0], {}}, {});
    if (!target || !images) {
        std::fprintf(stderr, "cannot set up: %s\n",
                     !target ? target.error().message.c_str() : images.error().message.c_str());
        return 1;
    }
    auto renderer = render::createRenderer(*images, caps, files[0]);
    if (!renderer) {
        std::fprintf(stderr, "%s\n", renderer.error().message.c_str());
        return 1;
    }
    const PlainQuad quad(std::get<render::EquirectImage>(*images).image);
    images = render::PanoramaImages{}; // free the decoded pixels: both textures are on the GPU
    glFinish();

    math::View view;
    view.setViewport(kWidth, kHeight);
    const std::string file = ",\"file\":\"" + files[0] + "\",\"renderer\":\"" + caps.renderer + "\"";
    const auto quadStats = measure(*target, view, frames, [&](double yaw) { quad.draw(yaw); });
    const auto idle = measure(*target, view, frames, [&](double) { (*renderer)->draw(view, {}); });
    printStats("plain-quad", quadStats, file);
    printStats("equirect-idle", idle,
               file + ",\"gpu_bytes\":" + std::to_string((*renderer)->gpuBytes()) +
                   ",\"vs_quad\":" + std::to_string(idle.medianMs / quadStats.medianMs));

    // While another panorama loads: its decode runs on the worker pool (competing for the two
    // cores, as in the viewer) and its texture streams in within the default per-frame budget.
    core::TaskPool pool;
    const auto loadStart = Clock::now();
    render::StreamedPanorama streamed(render::EquirectFile{files[1], {}}, caps, pool, render::StreamSettings{});
    std::vector<double> times;
    double yaw = 0.0;
    while (!streamed.finished() && times.size() < 5000) {
        yaw += kYawPerFrameDegrees;
        view.set(math::degToRad(std::fmod(yaw + 180.0, 360.0) - 180.0), 0.0, math::degToRad(kHfovDegrees));
        times.push_back(timeFrame(*target, [&] {
            render::UploadBudget budget(render::UploadBudget::kDefaultBytes);
            streamed.update(view, budget);
            (*renderer)->draw(view, {});
        }));
    }
    const double loadMs = std::chrono::duration<double, std::milli>(Clock::now() - loadStart).count();
    const auto loading = summarize(times);
    printStats("equirect-while-loading", loading,
               file + ",\"streamed\":\"" + files[1] + "\",\"stream_ms\":" + std::to_string(loadMs) +
                   ",\"streamed_gpu_bytes\":" + std::to_string(streamed.gpuBytes()) +
                   ",\"vs_quad\":" + std::to_string(loading.medianMs / quadStats.medianMs));
    return streamed.loadError() ? 1 : 0;
}
