#pragma once

#include "engine/render/TileLoader.h"
#include "engine/render/TilePyramid.h"
#include "engine/render/TileStore.h"
#include "engine/render/UploadBudget.h"

#include <span>
#include <string>
#include <unordered_map>

namespace cloudtour::render {

/// A tile the current view needs. Lower priorities load and upload first.
struct WantedTile {
    TileId id;
    double priority = 0.0;
    bool pinned = false; ///< kept on the GPU for good (the pyramid's smallest level)
};

/// Keeps a TileStore filled with the tiles a view wants, once a frame: takes the loader's finished
/// decodes, uploads the most urgent within the frame's budget, cancels the requests the view no
/// longer wants, asks for the missing tiles, and evicts down to the store's budget. A tile whose
/// file cannot be read is not asked for again (its ancestor stands in). Main thread only.
class TileStreamer {
public:
    TileStreamer(const TilePyramid& pyramid, TileStore& store, TileLoader& loader);

    /// One frame's work. The caller has begun the store's frame (TileStore::beginFrame) and touched
    /// the tiles it draws that are not in `wanted` (the ancestors standing in), so they stay.
    /// Returns true while some wanted tile is still on its way.
    bool update(std::span<const WantedTile> wanted, UploadBudget& budget);
    /// Forgets everything: tiles on the GPU, requests, decodes waiting, failures.
    void reset();

    [[nodiscard]] bool failed(const TileId& id) const { return mFailed.count(tileKey(id)) != 0; }
    [[nodiscard]] std::size_t failureCount() const { return mFailed.size(); }
    /// The first failure's message ("FILE: what"), empty if none.
    [[nodiscard]] const std::string& firstFailure() const { return mFirstFailure; }
    /// Decoded tiles waiting for an upload budget.
    [[nodiscard]] std::size_t readyCount() const { return mReady.size(); }

private:
    void receive();
    /// Why a decoded tile does not fit its place, or nothing.
    [[nodiscard]] std::string sizeProblem(const TileId& id, const image::ImageData& image) const;
    void uploadReady(const std::unordered_map<std::uint64_t, const WantedTile*>& wanted, UploadBudget& budget);

    const TilePyramid& mPyramid;
    TileStore& mStore;
    TileLoader& mLoader;
    std::unordered_map<std::uint64_t, DecodedTile> mReady;
    std::unordered_map<std::uint64_t, std::string> mFailed;
    std::string mFirstFailure;
};

} // namespace cloudtour::render
