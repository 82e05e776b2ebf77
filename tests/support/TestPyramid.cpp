#include "tests/support/TestPyramid.h"

#include "engine/image/ImageWriter.h"
#include "engine/render/UploadBudget.h"

#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <thread>

namespace cloudtour::test {

void writeLevelTiles(const render::CubeImages& faces, const render::TilePyramid& pyramid, int level) {
    const render::PyramidLevel& geometry = pyramid.levels.at(static_cast<std::size_t>(level));
    for (const render::TileId& id : render::levelTiles(pyramid, level)) {
        const render::TileSize size = render::tilePixelSize(geometry, id.row, id.column);
        const image::ImageData& face = faces.faces[static_cast<std::size_t>(id.face)];
        auto tile = image::ImageData::allocate(size.width, size.height, 3);
        for (int y = 0; y < size.height; ++y) {
            const std::uint8_t* from = face.row(id.row * geometry.tileSize + y) + id.column * geometry.tileSize * 3;
            std::copy_n(from, tile.rowBytes(), tile.row(y));
        }
        const std::string path = render::tilePath(pyramid, id);
        std::filesystem::create_directories(std::filesystem::path(path).parent_path());
        if (auto written = image::writePng(path, tile); !written) {
            throw std::runtime_error(written.error().message);
        }
    }
}

render::TilePyramid writeFieldPyramid(const ColourField& field, int cubeResolution, int tileSize, int levels,
                                      const std::string& folder) {
    std::filesystem::remove_all(folder);
    render::TilePyramid pyramid;
    pyramid.levels = render::pannellumLevels(cubeResolution, tileSize, levels);
    pyramid.folder = folder;
    pyramid.pathTemplate = "/%l/%s%y_%x.png";
    for (int level = 0; level < levels; ++level) {
        writeLevelTiles(sampleCube(field, pyramid.levels[static_cast<std::size_t>(level)].faceSize), pyramid, level);
    }
    return pyramid;
}

void settleRenderer(render::Renderer& renderer, const math::View& view) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    for (;;) {
        render::UploadBudget budget(render::UploadBudget::kDefaultBytes);
        const bool waiting = renderer.update(view, budget);
        if (auto error = renderer.loadError()) {
            throw std::runtime_error("the renderer failed to load: " + error->message);
        }
        if (!waiting) {
            return;
        }
        if (std::chrono::steady_clock::now() > deadline) {
            throw std::runtime_error("the renderer still waits for tiles after 20 s");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

} // namespace cloudtour::test
