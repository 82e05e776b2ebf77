#include "engine/image/PyramidCache.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>
#include <vector>

namespace cloudtour::image {
namespace {

namespace fs = std::filesystem;

// Bumped when the writer's output changes, so pyramids of an older writer are not reused.
constexpr const char* kFormatVersion = "cloudtour-pyramid-1";
constexpr const char* kTemporaryMark = ".tmp-";
constexpr auto kStaleTemporary = std::chrono::hours(1);

std::uint64_t fnv1a(const std::string& text) {
    std::uint64_t hash = 14695981039346656037ull;
    for (const char c : text) {
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    }
    return hash;
}

// The image's name in the entry lets a person see what a cache folder holds; the hash decides.
std::string safeStem(const fs::path& path) {
    std::string stem = path.stem().string().substr(0, 40);
    for (char& c : stem) {
        const bool safe = std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_';
        c = safe ? c : '_';
    }
    return stem.empty() ? std::string("image") : stem;
}

bool finished(const fs::path& entry) {
    std::error_code ec;
    return fs::is_regular_file(entry / "config.json", ec);
}

bool isTemporary(const fs::path& entry) {
    return entry.filename().string().find(kTemporaryMark) != std::string::npos;
}

std::uint64_t folderBytes(const fs::path& folder) {
    std::uint64_t bytes = 0;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code sizeError;
        if (it->is_regular_file(sizeError)) {
            const auto size = it->file_size(sizeError);
            bytes += sizeError ? 0 : size;
        }
    }
    return bytes;
}

// A name no other build uses at the same time: this process and a counter within it.
fs::path temporaryFolder(const fs::path& entry) {
    static std::atomic<unsigned> counter{0};
    return entry.string() + kTemporaryMark + std::to_string(::getpid()) + "-" + std::to_string(counter++);
}

struct Entry {
    fs::path path;
    fs::file_time_type lastUse;
    std::uint64_t bytes = 0;
};

std::vector<Entry> finishedEntries(const fs::path& folder, const fs::path& keep) {
    std::vector<Entry> entries;
    std::error_code ec;
    const auto now = fs::file_time_type::clock::now();
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code entryError;
        if (!it->is_directory(entryError) || it->path() == keep) {
            continue;
        }
        const auto lastUse = fs::last_write_time(it->path(), entryError);
        if (isTemporary(it->path())) {
            if (!entryError && now - lastUse > kStaleTemporary) {
                fs::remove_all(it->path(), entryError);
            }
            continue;
        }
        entries.push_back({it->path(), lastUse, folderBytes(it->path())});
    }
    return entries;
}

} // namespace

std::string defaultPyramidCacheFolder() {
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    if (xdg != nullptr && *xdg == '/') { // the XDG spec says a relative value is to be ignored
        return (fs::path(xdg) / "cloudtour" / "pyramids").string();
    }
    const char* home = std::getenv("HOME");
    if (home != nullptr && *home != '\0') {
        return (fs::path(home) / ".cache" / "cloudtour" / "pyramids").string();
    }
    return {};
}

core::Result<std::string> pyramidKey(const std::string& imagePath, const PyramidOptions& options) {
    std::error_code ec;
    const fs::path path = fs::absolute(imagePath, ec).lexically_normal();
    const auto size = ec ? 0 : fs::file_size(path, ec);
    const auto modified = ec ? fs::file_time_type{} : fs::last_write_time(path, ec);
    if (ec) {
        return core::fileError(imagePath, "cannot examine the file for the pyramid cache: " + ec.message());
    }
    const std::string identity = std::string(kFormatVersion) + '\n' + path.string() + '\n' + std::to_string(size) +
                                 '\n' + std::to_string(modified.time_since_epoch().count()) + '\n' +
                                 std::to_string(options.tileSize) + '/' + std::to_string(options.quality) + '/' +
                                 std::to_string(options.cubeSize) + '/' + std::to_string(options.fallbackSize);
    char hash[17];
    std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(fnv1a(identity)));
    return safeStem(path) + "-" + hash;
}

PyramidCache::PyramidCache(std::string folder, std::uint64_t budgetBytes)
    : mFolder(std::move(folder)), mBudgetBytes(budgetBytes) {}

std::string PyramidCache::entryFolder(const std::string& key) const {
    return (fs::path(mFolder) / key).string();
}

std::optional<std::string> PyramidCache::find(const std::string& key) const {
    const fs::path entry = entryFolder(key);
    std::error_code ec;
    if (!fs::exists(entry, ec)) {
        return std::nullopt;
    }
    if (!finished(entry)) {
        fs::remove_all(entry, ec); // not ours to finish: written by a build that did not rename it
        return std::nullopt;
    }
    // The folder's time is the entry's last use, which eviction orders by.
    fs::last_write_time(entry, fs::file_time_type::clock::now(), ec);
    return entry.string();
}

core::Result<std::string> PyramidCache::build(const std::string& key, const PyramidWriteFunction& write) const {
    const fs::path entry = entryFolder(key);
    const fs::path working = temporaryFolder(entry);
    std::error_code ec;
    fs::create_directories(working, ec);
    if (ec) {
        return core::fileError(mFolder, "cannot create a folder in the pyramid cache: " + ec.message());
    }
    auto written = write(working.string());
    if (written && !finished(working)) {
        written = core::fileError(working.string(), "the pyramid was written without its config.json");
    }
    if (!written) {
        fs::remove_all(working, ec);
        return written.error();
    }
    if (fs::exists(entry, ec) && !finished(entry)) {
        fs::remove_all(entry, ec);
    }
    fs::rename(working, entry, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove_all(working, ignored);
        if (!finished(entry)) { // another process's rename winning is no failure; anything else is
            return core::fileError(entry.string(), "cannot move the pyramid into place: " + ec.message());
        }
    }
    evict(entry.string());
    return entry.string();
}

void PyramidCache::evict(const std::string& keep) const {
    std::vector<Entry> entries = finishedEntries(mFolder, fs::path(keep));
    std::uint64_t total = folderBytes(keep);
    for (const Entry& entry : entries) {
        total += entry.bytes;
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.lastUse < b.lastUse; });
    for (const Entry& entry : entries) {
        if (total <= mBudgetBytes) {
            break;
        }
        std::error_code ec;
        fs::remove_all(entry.path, ec);
        total -= ec ? 0 : entry.bytes;
    }
}

} // namespace cloudtour::image
