#pragma once

#include <cstdint>

namespace cloudtour::render {

/// One tile of a cube pyramid: its level (an index into TilePyramid::levels, 0 the smallest), its
/// face (CubeFace order) and its row and column counted from the face's top-left corner.
struct TileId {
    int level = 0;
    int face = 0;
    int row = 0;
    int column = 0;

    friend bool operator==(const TileId&, const TileId&) = default;
};

/// A 64-bit key for maps: levels below 256, rows and columns below 2^24 (a 2^33-pixel face with
/// 512-pixel tiles), which TilePyramid validation guarantees.
inline std::uint64_t tileKey(const TileId& id) {
    return (static_cast<std::uint64_t>(id.level) << 56) | (static_cast<std::uint64_t>(id.face) << 48) |
           (static_cast<std::uint64_t>(id.row) << 24) | static_cast<std::uint64_t>(id.column);
}

inline TileId tileFromKey(std::uint64_t key) {
    constexpr std::uint64_t kMask24 = (1u << 24) - 1;
    return {static_cast<int>(key >> 56), static_cast<int>((key >> 48) & 0xff), static_cast<int>((key >> 24) & kMask24),
            static_cast<int>(key & kMask24)};
}

} // namespace cloudtour::render
