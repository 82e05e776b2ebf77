#include "engine/tour/PathResolver.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace cloudtour::tour {
namespace fs = std::filesystem;
namespace {

// Absolute, normalised, and without a trailing separator, so paths compare component-wise.
std::string normalised(const fs::path& path) {
    std::error_code ec;
    fs::path result = fs::absolute(path, ec).lexically_normal();
    if (result.has_relative_path() && !result.has_filename()) {
        result = result.parent_path();
    }
    return result.string();
}

bool isInside(const fs::path& path, const fs::path& root) {
    return std::mismatch(root.begin(), root.end(), path.begin(), path.end()).first == root.end();
}

// "http:", "file:", "data:"... (two or more characters, so "C:" stays a drive letter).
std::string schemeOf(std::string_view written) {
    const std::size_t colon = written.find(':');
    if (colon == std::string_view::npos || colon < 2 || !std::isalpha(static_cast<unsigned char>(written[0]))) {
        return {};
    }
    for (std::size_t i = 1; i < colon; ++i) {
        const char c = written[i];
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') {
            return {};
        }
    }
    std::string scheme(written.substr(0, colon));
    std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return scheme;
}

bool isDrivePath(std::string_view written) {
    return written.size() >= 2 && std::isalpha(static_cast<unsigned char>(written[0])) && written[1] == ':';
}

} // namespace

PathResolver::PathResolver(std::string baseDir, const PathPolicy& policy)
    : mBaseDir(normalised(baseDir)), mRoot(policy.root.empty() ? mBaseDir : normalised(policy.root)),
      mAllowOutsideRoot(policy.allowOutsideRoot) {}

ResolvedPath PathResolver::resolve(std::string_view written) const {
    ResolvedPath result;
    if (refuseForm(written, result)) {
        return result;
    }
    std::string path(written);
    if (path.find('\\') != std::string::npos) {
        std::replace(path.begin(), path.end(), '\\', '/');
        result.problems.push_back({Severity::Warning, "'\\' is read as '/': write paths with '/' so the tour works "
                                                      "on every system"});
    }
    const bool absolute = path.starts_with('/');
    if (absolute && !mAllowOutsideRoot) {
        result.problems.push_back({Severity::Error, "absolute paths are not allowed here: write the path relative to "
                                                    "the tour file"});
        return result;
    }
    if (absolute) {
        result.problems.push_back({Severity::Warning, "absolute path: the tour will only work on this computer; write "
                                                      "the path relative to the tour file"});
    }
    result.path = normalised(fs::path(mBaseDir) / path);
    checkContainment(result, absolute);
    return result;
}

// The forms of path that never name a local file of the tour.
bool PathResolver::refuseForm(std::string_view written, ResolvedPath& result) const {
    const auto refuse = [&](std::string message) {
        result.problems.push_back({Severity::Error, std::move(message)});
        return true;
    };
    if (written.empty()) {
        return refuse("the path is empty");
    }
    if (written.find('\0') != std::string_view::npos) {
        return refuse("the path contains a NUL byte (\\u0000)");
    }
    if (written.starts_with("//") || written.starts_with("\\\\")) {
        return refuse("network paths (//host/...) are not supported: copy the file into the tour folder");
    }
    const std::string scheme = schemeOf(written);
    if (scheme == "http" || scheme == "https") {
        return refuse("web addresses are not supported for images: the viewer reads local files (save the file in "
                      "the tour folder)");
    }
    if (scheme == "file") {
        return refuse("file: URLs are not supported: write the path relative to the tour file");
    }
    if (!scheme.empty()) {
        return refuse("'" + scheme + ":' addresses are not supported: write the path relative to the tour file");
    }
    if (isDrivePath(written)) {
        return refuse("Windows drive paths (" + std::string(written.substr(0, 2)) +
                      ") are not supported: write the path relative to the tour file");
    }
    return false;
}

void PathResolver::checkContainment(ResolvedPath& result, bool absolute) const {
    if (!isInside(result.path, mRoot)) {
        if (!mAllowOutsideRoot) {
            result.problems.push_back({Severity::Error, "the path leads outside the tour folder (" + mRoot + "), to " +
                                                            result.path + ": not allowed here"});
            result.path.clear();
        } else if (!absolute) {
            result.problems.push_back({Severity::Note, "the path leads outside the tour folder, to " + result.path});
        }
        return;
    }
    if (mAllowOutsideRoot) {
        return;
    }
    // Lexically inside; a symbolic link on the way may still lead out.
    std::error_code pathError, rootError;
    const fs::path real = fs::weakly_canonical(result.path, pathError);
    const fs::path realRoot = fs::weakly_canonical(mRoot, rootError);
    if (pathError) {
        // A link loop, or a link in a folder that cannot be read: where it leads cannot be checked.
        result.problems.push_back({Severity::Error, "the path cannot be followed (" + pathError.message() +
                                                        "), so it cannot be checked to stay in the tour folder: "
                                                        "not allowed here"});
        result.path.clear();
    } else if (!rootError && !isInside(real, realRoot)) {
        result.problems.push_back({Severity::Error, "the path leads outside the tour folder (" + mRoot +
                                                        ") through a symbolic link, to " + real.string() +
                                                        ": not allowed here"});
        result.path.clear();
    }
}

bool isWebAddress(std::string_view address) {
    const std::string scheme = schemeOf(address);
    if (scheme != "http" && scheme != "https") {
        return false;
    }
    const std::string_view rest = address.substr(scheme.size() + 1);
    const bool controlFree = std::none_of(rest.begin(), rest.end(),
                                          [](char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F; });
    return rest.starts_with("//") && rest.size() > 2 && rest[2] != '/' && controlFree;
}

} // namespace cloudtour::tour
