#pragma once

#include "engine/tour/Diagnostic.h"
#include "engine/tour/TourLoader.h"

#include <string>
#include <string_view>
#include <vector>

namespace cloudtour::tour {

struct PathProblem {
    Severity severity = Severity::Error;
    std::string message;
};

/// A path from a tour file made absolute, or refused (`path` empty), with what was noticed.
struct ResolvedPath {
    std::string path;
    std::vector<PathProblem> problems;
};

/// Turns paths written in a tour file into absolute paths, relative to the tour file's folder.
/// Images are local files only, whatever the file says: no web or network addresses (an offline
/// kiosk must not stall on them, and opening //host/share leaks Windows credentials), no file: or
/// other URLs, no NUL bytes. Leaving the root folder (by "..", an absolute path or a symbolic
/// link) is allowed with a note or warning under PathPolicy::allowOutsideRoot, refused otherwise.
/// The path is never expanded ("~", "$HOME", "%20" stay as written).
class PathResolver {
public:
    PathResolver(std::string baseDir, const PathPolicy& policy);

    [[nodiscard]] ResolvedPath resolve(std::string_view written) const;

    [[nodiscard]] const std::string& baseDir() const { return mBaseDir; }
    [[nodiscard]] const std::string& root() const { return mRoot; }

private:
    [[nodiscard]] bool refuseForm(std::string_view written, ResolvedPath& result) const;
    void checkContainment(ResolvedPath& result, bool absolute) const;

    std::string mBaseDir;
    std::string mRoot;
    bool mAllowOutsideRoot;
};

/// True for the web addresses a tour may link to: http:// or https:// followed by a host, without
/// spaces or control characters (never javascript:, data:, file: or a custom scheme).
bool isWebAddress(std::string_view address);

} // namespace cloudtour::tour
