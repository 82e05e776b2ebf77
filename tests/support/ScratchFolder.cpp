#include "tests/support/ScratchFolder.h"

#include <unistd.h>

namespace cloudtour::test {
namespace {

namespace fs = std::filesystem;

const fs::path& scratchRoot() {
    struct Root {
        fs::path path = fs::path(CLOUDTOUR_TEST_OUTPUT) / ("scratch-" + std::to_string(::getpid()));
        ~Root() {
            std::error_code ignored;
            fs::remove_all(path, ignored);
        }
    };
    static const Root root;
    return root.path;
}

} // namespace

fs::path freshScratchFolder(const std::string& group, const std::string& name) {
    const fs::path folder = scratchRoot() / group / name;
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

} // namespace cloudtour::test
