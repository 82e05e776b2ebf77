#include "tests/engine/image/RestartJpeg.h"

#include <cstdio>
#include <cstdlib>
#include <jpeglib.h>

namespace cloudtour::test {
namespace {

std::vector<std::uint8_t> testPicture(const RestartJpegOptions& options) {
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(options.width) * options.height * options.components);
    std::uint32_t noise = 12345;
    std::size_t i = 0;
    for (int y = 0; y < options.height; ++y) {
        for (int x = 0; x < options.width; ++x) {
            for (int c = 0; c < options.components; ++c) {
                noise = noise * 1664525u + 1013904223u;
                const int stripe = ((y / 3 + c) % 3 == 0) ? 160 : 0; // chroma that changes every few rows
                pixels[i++] = static_cast<std::uint8_t>((x * 7 + y * 3 + stripe + (noise >> 27)) & 0xFF);
            }
        }
    }
    return pixels;
}

void setSampling(jpeg_compress_struct& info, const RestartJpegOptions& options) {
    if (options.components != 3) {
        return;
    }
    info.comp_info[0].h_samp_factor = options.lumaH;
    info.comp_info[0].v_samp_factor = options.lumaV;
    for (int c = 1; c < 3; ++c) {
        info.comp_info[c].h_samp_factor = 1;
        info.comp_info[c].v_samp_factor = 1;
    }
}

} // namespace

std::vector<std::uint8_t> encodeRestartJpeg(const RestartJpegOptions& options) {
    jpeg_compress_struct info{};
    jpeg_error_mgr errors{};
    info.err = jpeg_std_error(&errors); // the default handler exits: only bad test options can fail
    jpeg_create_compress(&info);
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&info, &buffer, &size);
    info.image_width = static_cast<JDIMENSION>(options.width);
    info.image_height = static_cast<JDIMENSION>(options.height);
    info.input_components = options.components;
    info.in_color_space = options.components == 3 ? JCS_RGB : JCS_GRAYSCALE;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, 90, TRUE);
    setSampling(info, options);
    info.restart_interval = static_cast<unsigned>(options.restartMcus);
    info.arith_code = options.arithmetic ? TRUE : FALSE;
    if (options.progressive) {
        jpeg_simple_progression(&info);
    }
    jpeg_start_compress(&info, TRUE);
    const auto pixels = testPicture(options);
    const auto stride = static_cast<std::size_t>(options.width) * options.components;
    while (info.next_scanline < info.image_height) {
        auto* row = const_cast<JSAMPLE*>(pixels.data() + stride * info.next_scanline);
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    std::vector<std::uint8_t> jpeg(buffer, buffer + size);
    jpeg_destroy_compress(&info);
    std::free(buffer);
    return jpeg;
}

} // namespace cloudtour::test
