#pragma once

#include "engine/core/Error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cloudtour::core {

/// Reads a whole file into memory. Refuses files larger than maxBytes before allocating, so a
/// hostile or mistaken multi-gigabyte file costs nothing.
Result<std::vector<std::uint8_t>> readFileBytes(const std::string& path, std::uint64_t maxBytes);

} // namespace cloudtour::core
