#pragma once

#include "engine/core/Error.h"
#include "engine/image/DecodeLimits.h"
#include "engine/tour/TourLoader.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace CLI {
class App;
} // namespace CLI

namespace cloudtour::viewer {

/// Every budget applied to what a tour brings in: the tour file (tour::TourLimits) and each image
/// it names (image::DecodeLimits). Each has a stable name for `--limit NAME=VALUE`; the defaults
/// and the reasons for them are in docs/LIMITS.md.
struct LoadLimits {
    tour::TourLimits tour;
    image::DecodeLimits image;
};

/// One setting: its name on the command line, the range it accepts, and what it bounds.
struct LimitSetting {
    std::string_view name;
    std::uint64_t min;
    std::uint64_t max; ///< above it the value would defeat a decoder's own ceiling or overflow
    bool bytes;        ///< the value may carry KiB, MiB or GiB
    std::string_view what;
    std::uint64_t (*get)(const LoadLimits&);
    void (*set)(LoadLimits&, std::uint64_t);
};

/// All settings, in the order the documentation lists them.
std::span<const LimitSetting> limitSettings();

/// Reads "NAME=VALUE" into `limits`. VALUE is a whole number; a byte limit also takes a KiB, MiB
/// or GiB suffix ("image-bytes=256MiB"). The error names the setting, the value and what is allowed,
/// and leaves `limits` unchanged.
core::Result<bool> applyLimitSetting(LoadLimits& limits, std::string_view setting);

/// Adds the repeatable `--limit NAME=VALUE` option to a command; a bad setting is a usage error.
void addLimitOption(CLI::App& command, LoadLimits& limits);

} // namespace cloudtour::viewer
