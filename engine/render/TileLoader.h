#pragma once

#include "engine/core/CancelToken.h"
#include "engine/core/Error.h"
#include "engine/core/Mailbox.h"
#include "engine/core/TaskPool.h"
#include "engine/image/DecodeLimits.h"
#include "engine/render/TileGpu.h"
#include "engine/render/TileId.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace cloudtour::render {

/// A tile wanted from disk. Lower `priority` values are read first.
struct TileRequest {
    TileId id;
    std::string path;
    double priority = 0.0;
};

/// A finished request: the decoded tile or why it could not be read.
struct TileResult {
    TileId id;
    core::Result<DecodedTile> tile;
};

/// Reads and decodes tiles on a TaskPool with a bounded number of requests in flight, so that the
/// pool's queue never fills with tiles the view has already left: requests wait here, where they
/// can be reordered or dropped for free, and only the most urgent go to the pool. A cancelled
/// request stops before reading or decoding (CancelToken); a result that arrives for a request
/// no longer wanted (cancelled, or asked again since) is dropped. Main thread, except the decoder.
class TileLoader {
public:
    /// Reads and decodes one file on a worker thread; may stop early once `cancel` is set.
    using Decoder = std::function<core::Result<DecodedTile>(const std::string& path, const core::CancelToken& cancel)>;

    /// `wake` (may be empty) is called on the worker after each result, to wake a sleeping loop.
    /// The pool must outlive the loader.
    TileLoader(core::TaskPool& pool, Decoder decoder, std::size_t maxInFlight, int poolPriority = 0,
               std::function<void()> wake = {});
    ~TileLoader();
    TileLoader(const TileLoader&) = delete;
    TileLoader& operator=(const TileLoader&) = delete;

    /// Asks for a tile, or changes the priority of a request already waiting.
    void request(const TileRequest& request);
    [[nodiscard]] bool requested(const TileId& id) const;
    /// Forgets a request: not read if it has not started; its result is dropped if it has.
    void cancel(const TileId& id);
    void cancelAll();
    /// The tiles requested and not yet delivered.
    [[nodiscard]] std::vector<TileId> requests() const;

    /// Sends the most urgent waiting requests to the pool while fewer than maxInFlight are there.
    void pump();
    /// Results of the requests still wanted, in the order they finished; frees their places.
    std::vector<TileResult> takeFinished();

    [[nodiscard]] std::size_t inFlight() const { return mInFlight; }
    /// Requests not yet sent to the pool.
    [[nodiscard]] std::size_t waiting() const;
    /// Results dropped because nobody wanted them any more.
    [[nodiscard]] std::uint64_t dropped() const { return mDropped; }

private:
    struct Entry {
        TileRequest request;
        std::uint64_t serial = 0;
        core::CancelToken cancel;
        bool started = false;
    };
    struct Finished {
        std::uint64_t key = 0;
        std::uint64_t serial = 0;
        core::Result<DecodedTile> tile;
    };
    /// What workers hold on to: it outlives the loader while tasks still run.
    struct Channel {
        core::Mailbox<Finished> results;
        std::function<void()> wake;
    };
    void start(std::uint64_t key, Entry& entry);

    core::TaskPool& mPool;
    Decoder mDecoder;
    std::size_t mMaxInFlight;
    int mPoolPriority;
    std::shared_ptr<Channel> mChannel;
    std::unordered_map<std::uint64_t, Entry> mEntries;
    std::size_t mInFlight = 0; ///< tasks sent and not yet reported, wanted or not
    std::uint64_t mNextSerial = 1;
    std::uint64_t mDropped = 0;
};

/// The decoder of real tiles: reads the file within `limits`, decodes it and builds its mip chain.
TileLoader::Decoder fileTileDecoder(const image::DecodeLimits& limits);

} // namespace cloudtour::render
