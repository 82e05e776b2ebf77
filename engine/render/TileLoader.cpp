#include "engine/render/TileLoader.h"

#include "engine/core/FileIo.h"
#include "engine/image/ImageLoader.h"
#include "engine/image/MipChain.h"

#include <algorithm>

namespace cloudtour::render {

TileLoader::TileLoader(core::TaskPool& pool, Decoder decoder, std::size_t maxInFlight, int poolPriority,
                       std::function<void()> wake)
    : mPool(pool), mDecoder(std::move(decoder)), mMaxInFlight(std::max<std::size_t>(1, maxInFlight)),
      mPoolPriority(poolPriority), mChannel(std::make_shared<Channel>()) {
    mChannel->wake = std::move(wake);
}

TileLoader::~TileLoader() {
    cancelAll();
}

void TileLoader::request(const TileRequest& request) {
    const std::uint64_t key = tileKey(request.id);
    if (auto at = mEntries.find(key); at != mEntries.end()) {
        at->second.request.priority = request.priority;
        return;
    }
    Entry entry;
    entry.request = request;
    entry.serial = mNextSerial++;
    mEntries.emplace(key, std::move(entry));
}

bool TileLoader::requested(const TileId& id) const {
    return mEntries.count(tileKey(id)) != 0;
}

void TileLoader::cancel(const TileId& id) {
    const auto at = mEntries.find(tileKey(id));
    if (at != mEntries.end()) {
        at->second.cancel.cancel();
        mEntries.erase(at);
    }
}

void TileLoader::cancelAll() {
    for (auto& [key, entry] : mEntries) {
        entry.cancel.cancel();
    }
    mEntries.clear();
}

std::vector<TileId> TileLoader::requests() const {
    std::vector<TileId> ids;
    ids.reserve(mEntries.size());
    for (const auto& [key, entry] : mEntries) {
        ids.push_back(entry.request.id);
    }
    return ids;
}

std::size_t TileLoader::waiting() const {
    return static_cast<std::size_t>(
        std::count_if(mEntries.begin(), mEntries.end(), [](const auto& item) { return !item.second.started; }));
}

void TileLoader::pump() {
    while (mInFlight < mMaxInFlight) {
        // A linear scan: the waiting requests are the tiles of one view, tens to a few hundred.
        auto best = mEntries.end();
        for (auto at = mEntries.begin(); at != mEntries.end(); ++at) {
            if (!at->second.started &&
                (best == mEntries.end() || at->second.request.priority < best->second.request.priority)) {
                best = at;
            }
        }
        if (best == mEntries.end()) {
            return;
        }
        start(best->first, best->second);
    }
}

void TileLoader::start(std::uint64_t key, Entry& entry) {
    entry.started = true;
    ++mInFlight;
    mPool.submit(
        [channel = mChannel, decoder = mDecoder, key, serial = entry.serial, path = entry.request.path,
         cancel = entry.cancel] {
            // Every task reports, cancelled or not: the report is what frees its place in flight.
            core::Result<DecodedTile> tile =
                cancel.cancelled() ? core::Result<DecodedTile>(core::Error{"cancelled"}) : decoder(path, cancel);
            channel->results.post({key, serial, std::move(tile)});
            if (channel->wake) {
                channel->wake();
            }
        },
        mPoolPriority);
}

std::vector<TileResult> TileLoader::takeFinished() {
    std::vector<TileResult> results;
    for (Finished& finished : mChannel->results.takeAll()) {
        --mInFlight;
        const auto at = mEntries.find(finished.key);
        if (at == mEntries.end() || at->second.serial != finished.serial) {
            ++mDropped;
            continue;
        }
        results.push_back({at->second.request.id, std::move(finished.tile)});
        mEntries.erase(at);
    }
    return results;
}

TileLoader::Decoder fileTileDecoder(const image::DecodeLimits& limits) {
    return [limits](const std::string& path, const core::CancelToken& cancel) -> core::Result<DecodedTile> {
        auto bytes = core::readFileBytes(path, limits.maxFileBytes);
        if (!bytes) {
            return bytes.error();
        }
        if (cancel.cancelled()) {
            return core::Error{"cancelled"};
        }
        auto image = image::decodeImage(*bytes, path, limits);
        if (!image) {
            return image.error();
        }
        if (cancel.cancelled()) {
            return core::Error{"cancelled"};
        }
        auto mips = image::buildMipChain(*image);
        return DecodedTile{std::move(*image), std::move(mips)};
    };
}

} // namespace cloudtour::render
