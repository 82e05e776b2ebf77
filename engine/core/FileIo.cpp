#include "engine/core/FileIo.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace cloudtour::core {

Result<std::vector<std::uint8_t>> readFileBytes(const std::string& path, std::uint64_t maxBytes) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    // A link loop or a folder that may not be read is not "not found": say what the system says.
    if (ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory) {
        return fileError(path, "cannot open: " + ec.message());
    }
    if (ec || !std::filesystem::exists(status)) {
        return fileError(path, "file not found");
    }
    if (!std::filesystem::is_regular_file(status)) {
        return fileError(path, "not a regular file");
    }
    const std::uint64_t size = std::filesystem::file_size(path, ec);
    if (ec) {
        return fileError(path, "cannot read the file size: " + ec.message());
    }
    if (size > maxBytes) {
        return fileError(path, "file is " + std::to_string(size) + " bytes, over the limit of " +
                                   std::to_string(maxBytes) + " bytes");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return fileError(path, std::string("cannot open: ") + std::strerror(errno));
    }
    std::vector<std::uint8_t> bytes(size);
    in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size));
    if (static_cast<std::uint64_t>(in.gcount()) != size) {
        return fileError(path, "read fewer bytes than the file size (file changed while reading?)");
    }
    return bytes;
}

} // namespace cloudtour::core
