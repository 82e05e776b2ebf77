#include "fuzz/FuzzTree.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace cloudtour::fuzz {
namespace fs = std::filesystem;
namespace {

void touch(const fs::path& file) {
    std::ofstream(file) << "x";
}

FuzzTree makeTree() {
    std::string pattern = (fs::temp_directory_path() / "cloudtour-fuzz-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
        std::perror("cloudtour fuzz: mkdtemp");
        std::abort();
    }
    FuzzTree tree;
    tree.top = pattern;
    tree.tourDir = tree.top + "/tour";
    tree.subDir = tree.tourDir + "/sub";
    tree.linkDir = tree.tourDir + "/out-link";
    tree.outsideDir = tree.top + "/outside";
    fs::create_directories(tree.subDir);
    fs::create_directories(tree.outsideDir);
    fs::create_directory_symlink(tree.outsideDir, tree.linkDir);
    fs::create_symlink("loop", fs::path(tree.tourDir) / "loop");
    touch(fs::path(tree.tourDir) / "scene.jpg");
    touch(fs::path(tree.subDir) / "inner.png");
    touch(fs::path(tree.outsideDir) / "secret.jpg");
    return tree;
}

FuzzTree* gTree = nullptr;

// Inputs that crash end the process by _exit, which skips this: a leftover folder in /tmp then.
void removeTree() {
    std::error_code ec;
    fs::remove_all(gTree->top, ec);
}

} // namespace

const FuzzTree& fuzzTree() {
    if (gTree == nullptr) {
        gTree = new FuzzTree(makeTree());
        std::atexit(removeTree);
    }
    return *gTree;
}

} // namespace cloudtour::fuzz
