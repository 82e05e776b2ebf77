#pragma once

#include <filesystem>
#include <string>

namespace cloudtour::test {

/// An empty folder `<test-output>/scratch-<pid>/<group>/<name>`, emptied first if it exists. The
/// process id keeps tests that run in several processes at once apart; the whole scratch-<pid>
/// folder is removed when the process exits.
std::filesystem::path freshScratchFolder(const std::string& group, const std::string& name);

} // namespace cloudtour::test
