#pragma once

#include <string>

namespace cloudtour::fuzz {

/// A small tour folder made once per fuzzing process under the system's temporary folder (never in
/// the source tree), removed at exit:
///   <top>/tour/           the tour file's folder, with scene.jpg and sub/inner.png
///   <top>/tour/out-link   a symbolic link to <top>/outside, so containment checks meet a link
///   <top>/tour/loop       a symbolic link to itself, which no path can be followed through
///   <top>/outside/        a folder beside the tour, with secret.jpg
struct FuzzTree {
    std::string top;
    std::string tourDir;
    std::string subDir;
    std::string linkDir;
    std::string outsideDir;
};

const FuzzTree& fuzzTree();

} // namespace cloudtour::fuzz
