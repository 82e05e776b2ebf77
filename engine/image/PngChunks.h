#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace cloudtour::image {

/// The PNG file without its empty IDAT chunks, or nothing when it has none (the usual case: no
/// copy is made). Empty IDAT chunks are legal and carry no data, but one before the first data
/// makes stb_image copy zero bytes into its not-yet-allocated buffer, memcpy(NULL, ..., 0): undefined
/// behaviour (found by fuzz/ImageLoaderFuzzer.cpp), also when the file ends inside that chunk's CRC.
/// Chunk lengths are not trusted: a chunk whose data runs past the end of the file ends the walk
/// and the rest is kept as it is, for stb to refuse.
std::optional<std::vector<std::uint8_t>> withoutEmptyDataChunks(std::span<const std::uint8_t> png);

} // namespace cloudtour::image
