// libFuzzer target: cloudtour::tour::PathResolver and isWebAddress. The first byte chooses the
// policy (may paths leave the root), the folder paths are relative to and the root; the rest is
// the path as a tour file would write it. The folders are a real tree with a symbolic link that
// leads out of the tour (fuzz/FuzzTree.h), so the containment checks meet the filesystem.
#include "engine/tour/PathResolver.h"
#include "fuzz/FuzzTree.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace {

namespace fs = std::filesystem;
using cloudtour::tour::PathResolver;
using cloudtour::tour::ResolvedPath;
using cloudtour::tour::Severity;

void check(bool condition, const char* what, std::string_view written) {
    if (!condition) {
        std::fprintf(stderr, "cloudtour fuzz: %s (path of %zu bytes)\n", what, written.size());
        std::abort();
    }
}

PathResolver resolverFor(std::uint8_t policyByte) {
    const cloudtour::fuzz::FuzzTree& tree = cloudtour::fuzz::fuzzTree();
    const std::string bases[] = {tree.tourDir, tree.subDir, tree.linkDir, tree.tourDir + "/"};
    const std::string roots[] = {"", tree.tourDir, tree.top, tree.linkDir};
    cloudtour::tour::PathPolicy policy;
    policy.allowOutsideRoot = (policyByte & 1) != 0;
    policy.root = roots[(policyByte >> 3) & 3];
    return PathResolver(bases[(policyByte >> 1) & 3], policy);
}

bool isInside(const fs::path& path, const fs::path& root) {
    return std::mismatch(root.begin(), root.end(), path.begin(), path.end()).first == root.end();
}

// What a kiosk relies on: a path that is given back stays in the root, read as written and as the
// filesystem resolves it through links (a path that cannot be followed, through a link loop, cannot
// be shown to stay in, so it must not be given back).
void checkConfined(const PathResolver& resolver, const ResolvedPath& result, std::string_view written) {
    check(isInside(result.path, resolver.root()), "a confined path leads out of the root", written);
    std::error_code pathError, rootError;
    const fs::path real = fs::weakly_canonical(result.path, pathError);
    const fs::path realRoot = fs::weakly_canonical(resolver.root(), rootError);
    check(!pathError && !rootError && isInside(real, realRoot),
          "a confined path leads out of the root through a link, or cannot be followed", written);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return -1;
    }
    const std::uint8_t policyByte = data[0];
    const std::string_view written(reinterpret_cast<const char*>(data + 1), size - 1);
    const PathResolver resolver = resolverFor(policyByte);
    const ResolvedPath result = resolver.resolve(written);

    const bool refused = std::any_of(result.problems.begin(), result.problems.end(),
                                     [](const auto& problem) { return problem.severity == Severity::Error; });
    check(result.path.empty() == refused, "a path given back with an error, or refused without one", written);
    for (const auto& problem : result.problems) {
        check(!problem.message.empty(), "a problem without a message", written);
    }
    if (cloudtour::tour::isWebAddress(written)) {
        check(result.path.empty(), "a web address was resolved to a file", written);
    }
    if (result.path.empty()) {
        return 0;
    }
    check(result.path.front() == '/' && result.path.find('\0') == std::string::npos,
          "a resolved path is not absolute or holds a NUL byte", written);
    check(fs::path(result.path).lexically_normal() == fs::path(result.path), "a resolved path is not normalised",
          written);
    if ((policyByte & 1) == 0) {
        checkConfined(resolver, result, written);
    }
    return 0;
}
