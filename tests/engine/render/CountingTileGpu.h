#pragma once

#include "engine/render/TileGpu.h"

#include <set>

namespace cloudtour::render::test {

/// A GPU backend that only counts: texture names handed out and still alive. `refuse` makes the
/// next uploads fail, as a GPU out of memory would.
class CountingTileGpu final : public TileGpu {
public:
    TileTexture upload(const DecodedTile& tile) override {
        if (refuse || tile.image.empty()) {
            return 0;
        }
        ++uploads;
        live.insert(next);
        return next++;
    }
    void release(TileTexture texture) override {
        live.erase(texture);
        ++releases;
    }

    bool refuse = false;
    int uploads = 0;
    int releases = 0;
    std::set<TileTexture> live;

private:
    TileTexture next = 1;
};

/// A solid tile of a size, with no mip chain.
inline DecodedTile solidTile(int width, int height) {
    DecodedTile tile;
    tile.image = image::ImageData::allocate(width, height, 3);
    return tile;
}

} // namespace cloudtour::render::test
