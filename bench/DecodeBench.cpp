// Decode throughput of the project's loader (image::decodeImage: TurboJPEG) against plain stb_image
// on the same JPEG files, and the 1/8 preview decode the viewer shows first. One JSON line per file
// on stdout. Usage: cloudtour_decode_bench [--runs N] FILE...
//
// The project's stb build reads PNG only, so a JPEG-enabled stb_image is compiled here, in this
// translation unit, from the Debian libstb-dev header.

#define STB_IMAGE_STATIC
#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>

#include "engine/image/ImageLoader.h"
#include "engine/image/JpegDecoder.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

std::vector<std::uint8_t> readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Median wall time in milliseconds of `runs` calls, after one warm-up call (page cache, allocator).
double medianMs(int runs, const std::function<bool()>& decode, bool& ok) {
    ok = decode();
    std::vector<double> times;
    for (int i = 0; i < runs && ok; ++i) {
        const auto start = Clock::now();
        ok = decode();
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    if (times.empty()) {
        return -1.0;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void benchFile(const std::string& path, int runs) {
    const auto bytes = readFile(path);
    int width = 0;
    int height = 0;
    bool ok = false;
    const double ours = medianMs(
        runs,
        [&] {
            auto image = cloudtour::image::decodeImage(bytes, path);
            if (image) {
                width = image->width;
                height = image->height;
            } else {
                std::fprintf(stderr, "%s\n", image.error().message.c_str());
            }
            return static_cast<bool>(image);
        },
        ok);
    // The same decode held to one thread: what the strip decoder (JpegStrips.h) gains on a JPEG
    // with restart markers; equal to ours_ms on one without.
    bool oneThreadOk = false;
    const double oneThread = medianMs(
        runs, [&] { return static_cast<bool>(cloudtour::image::decodeJpeg(bytes, path, 1, 1)); }, oneThreadOk);
    bool previewOk = false;
    const double preview = medianMs(
        runs, [&] { return static_cast<bool>(cloudtour::image::decodeImage(bytes, path, {}, 8)); }, previewOk);
    bool stbOk = false;
    const double stb = medianMs(
        runs,
        [&] {
            int w = 0;
            int h = 0;
            int n = 0;
            stbi_uc* pixels = stbi_load_from_memory(bytes.data(), static_cast<int>(bytes.size()), &w, &h, &n, 3);
            stbi_image_free(pixels);
            return pixels != nullptr;
        },
        stbOk);
    const double mpx = static_cast<double>(width) * height / 1e6;
    std::printf("{\"bench\":\"decode\",\"file\":\"%s\",\"width\":%d,\"height\":%d,\"file_bytes\":%zu,\"runs\":%d,"
                "\"ours_ms\":%.2f,\"ours_mpx_s\":%.1f,\"one_thread_ms\":%.2f,\"one_thread_mpx_s\":%.1f,"
                "\"stb_ms\":%.2f,\"stb_mpx_s\":%.1f,\"preview_1_8_ms\":%.2f,"
                "\"ok\":%s}\n",
                path.c_str(), width, height, bytes.size(), runs, ours, ours > 0 ? mpx / ours * 1000.0 : 0.0, oneThread,
                oneThread > 0 ? mpx / oneThread * 1000.0 : 0.0, stb, stb > 0 ? mpx / stb * 1000.0 : 0.0, preview,
                (ok && oneThreadOk && previewOk && stbOk) ? "true" : "false");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv) {
    int runs = 5;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
            runs = std::max(1, std::atoi(argv[++i]));
        } else {
            files.emplace_back(argv[i]);
        }
    }
    if (files.empty()) {
        std::fprintf(stderr, "usage: cloudtour_decode_bench [--runs N] FILE...\n");
        return 2;
    }
    for (const auto& file : files) {
        benchFile(file, runs);
    }
    return 0;
}
