#pragma once

#include "engine/core/Error.h"
#include "engine/image/PyramidWriter.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace cloudtour::image {

/// Where pyramids made at load time from oversized panoramas are kept. Never inside a tour's
/// folder: nothing there is created or changed by viewing it.
struct PyramidCacheSettings {
    /// The cache folder; empty turns load-time tiling off (oversized images are shown smaller).
    std::string folder;
    /// Bytes the pyramids may take together; the least recently used go beyond it. 2 GiB holds
    /// about forty pyramids of 20000x10000 panoramas (53 MB each at the default options).
    static constexpr std::uint64_t kDefaultBudget = 2ull << 30;
    std::uint64_t budgetBytes = kDefaultBudget;
    /// How the pyramids are cut; part of every entry's key.
    PyramidOptions options;
};

/// $XDG_CACHE_HOME/cloudtour/pyramids, else $HOME/.cache/cloudtour/pyramids; empty when neither is
/// set (no cache, rather than one in the working folder).
std::string defaultPyramidCacheFolder();

/// The entry name of an image's pyramid: its file name (made safe) and a hash of its absolute path,
/// size, modification time and the pyramid options, so an edited or replaced image gets a new
/// pyramid and never an old one. Fails, naming the file, when it cannot be examined.
core::Result<std::string> pyramidKey(const std::string& imagePath, const PyramidOptions& options);

/// Writes the files of a pyramid into the folder it is given (which exists and is empty).
using PyramidWriteFunction = std::function<core::Result<bool>(const std::string& folder)>;

/// A folder of pyramids, one subfolder per key. A pyramid is finished once its config.json exists
/// (writePyramid writes it last); it is written into a temporary sibling and renamed into place,
/// so a crash or a cancel never leaves a half pyramid under a key. Several processes may share the
/// folder: the first rename wins and the others use its pyramid. Thread-safe (no state in memory).
class PyramidCache {
public:
    PyramidCache(std::string folder, std::uint64_t budgetBytes);

    /// The folder of the finished pyramid under `key`, its last use set to now; an unfinished
    /// folder under the key (left by an older build) is removed.
    [[nodiscard]] std::optional<std::string> find(const std::string& key) const;
    /// Builds the pyramid under `key` with `write`, then evicts beyond the budget (never this one).
    /// Errors name the folder; nothing is left of a failed build.
    core::Result<std::string> build(const std::string& key, const PyramidWriteFunction& write) const;
    /// Removes the least recently used finished pyramids until the others fit the budget, and
    /// temporary folders older than an hour (left by a process that died); never `keep`.
    void evict(const std::string& keep) const;

    [[nodiscard]] const std::string& folder() const { return mFolder; }
    [[nodiscard]] std::string entryFolder(const std::string& key) const;

private:
    std::string mFolder;
    std::uint64_t mBudgetBytes;
};

} // namespace cloudtour::image
