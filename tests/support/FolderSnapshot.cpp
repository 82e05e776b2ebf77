#include "tests/support/FolderSnapshot.h"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <vector>

namespace cloudtour::test {
namespace {

// FNV-1a: enough to tell a changed file from an unchanged one.
std::uint64_t hashBytes(const char* data, std::size_t size, std::uint64_t hash = 14695981039346656037ull) {
    for (std::size_t i = 0; i < size; ++i) {
        hash = (hash ^ static_cast<unsigned char>(data[i])) * 1099511628211ull;
    }
    return hash;
}

std::uint64_t hashFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::vector<char> buffer(1 << 16);
    std::uint64_t hash = 14695981039346656037ull;
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
        hash = hashBytes(buffer.data(), static_cast<std::size_t>(in.gcount()), hash);
    }
    return hash;
}

EntryState stateOf(const std::string& path) {
    struct stat info {};
    if (lstat(path.c_str(), &info) != 0) {
        return {};
    }
    EntryState state;
    state.size = static_cast<std::uint64_t>(info.st_size);
    state.mtimeNs = static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
    if (S_ISREG(info.st_mode)) {
        state.type = 'f';
        state.hash = hashFile(path);
    } else if (S_ISDIR(info.st_mode)) {
        state.type = 'd';
    } else if (S_ISLNK(info.st_mode)) {
        state.type = 'l';
        std::vector<char> target(4096);
        const auto length = readlink(path.c_str(), target.data(), target.size());
        state.hash = length > 0 ? hashBytes(target.data(), static_cast<std::size_t>(length)) : 0;
    }
    return state;
}

} // namespace

FolderSnapshot snapshotFolder(const std::string& folder) {
    namespace fs = std::filesystem;
    FolderSnapshot snapshot;
    snapshot["."] = stateOf(folder);
    std::error_code ec;
    for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string path = it->path().string();
        snapshot[fs::path(path).lexically_relative(folder).string()] = stateOf(path);
    }
    return snapshot;
}

std::string describeChanges(const FolderSnapshot& before, const FolderSnapshot& after) {
    std::string changes;
    for (const auto& [name, state] : before) {
        const auto found = after.find(name);
        if (found == after.end()) {
            changes += "deleted " + name + "\n";
        } else if (!(found->second == state)) {
            changes += "changed " + name + " (size " + std::to_string(state.size) + " -> " +
                       std::to_string(found->second.size) + ", mtime " + std::to_string(state.mtimeNs) + " -> " +
                       std::to_string(found->second.mtimeNs) + ")\n";
        }
    }
    for (const auto& [name, state] : after) {
        if (!before.contains(name)) {
            changes += "created " + name + "\n";
        }
    }
    return changes;
}

} // namespace cloudtour::test
