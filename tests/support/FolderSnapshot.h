#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace cloudtour::test {

/// What a folder holds, to show that something left it untouched: every entry below it (symbolic
/// links not followed) with its type, size, modification time in nanoseconds, and a hash of a
/// file's bytes or a link's target.
struct EntryState {
    char type = '?'; ///< 'f' file, 'd' folder, 'l' symbolic link, '?' other
    std::uint64_t size = 0;
    std::int64_t mtimeNs = 0;
    std::uint64_t hash = 0;

    bool operator==(const EntryState&) const = default;
};
using FolderSnapshot = std::map<std::string, EntryState>; ///< keyed by path relative to the folder

FolderSnapshot snapshotFolder(const std::string& folder);

/// One line per difference ("created x", "deleted y", "changed z (size 3 -> 4)"); empty when equal.
std::string describeChanges(const FolderSnapshot& before, const FolderSnapshot& after);

} // namespace cloudtour::test
