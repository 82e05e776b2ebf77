#include "viewer/commands/ImageChecks.h"

#include "engine/core/FileIo.h"
#include "engine/image/ImageLoader.h"
#include "engine/math/Angles.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <set>
#include <vector>

namespace cloudtour::viewer {
namespace {

constexpr double kRatioTolerance = 0.02; // 8000x4000 give or take a few pixels is still 2:1

std::vector<std::string> panoramaFiles(const tour::PanoramaSpec& panorama) {
    switch (panorama.kind) {
    case tour::PanoramaKind::Equirect:
        return {panorama.equirectPath};
    case tour::PanoramaKind::Cube:
        return {panorama.cubePaths.begin(), panorama.cubePaths.end()};
    case tour::PanoramaKind::Multires:
        break; // thousands of tiles, each small; the tile size is checked by the reader
    }
    return {};
}

// The header of one file within the limits, its problem, or nothing when the file is missing
// (already reported by the reader).
std::optional<core::Result<image::ImageInfo>> readHeader(const std::string& path, const image::DecodeLimits& limits) {
    std::error_code ec;
    if (path.empty() || !std::filesystem::exists(path, ec)) {
        return std::nullopt;
    }
    auto bytes = core::readFileBytes(path, limits.maxFileBytes);
    if (!bytes) {
        return core::Result<image::ImageInfo>(bytes.error());
    }
    auto info = image::probeImage(*bytes, path);
    return info ? image::checkDecodeLimits(*info, path, limits) : info;
}

std::string ratioText(double ratio) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f:1", ratio);
    return text;
}

// An equirectangular image whose shape does not match the angles it spans is shown stretched.
std::optional<std::string> shapeProblem(const image::ImageInfo& info, const tour::PanoramaSpec& panorama) {
    const double imageRatio = static_cast<double>(info.width) / info.height;
    const double angleRatio = panorama.haov / panorama.vaov;
    if (std::abs(imageRatio / angleRatio - 1.0) <= kRatioTolerance) {
        return std::nullopt;
    }
    const auto degrees = [](double radians) { return std::to_string(std::lround(math::radToDeg(radians))); };
    return "image is " + std::to_string(info.width) + "x" + std::to_string(info.height) + " (" + ratioText(imageRatio) +
           ") but spans " + degrees(panorama.haov) + "x" + degrees(panorama.vaov) + " degrees (" +
           ratioText(angleRatio) +
           "): it is shown stretched; for a partial panorama give 'haov' and "
           "'vaov'";
}

} // namespace

void checkPanoramaHeaders(const tour::Tour& tour, const std::string& tourFile, const image::DecodeLimits& limits,
                          tour::Diagnostics& out) {
    std::set<std::string> checked; // scenes may share a file: one message for it
    for (const tour::Scene& scene : tour.scenes) {
        const tour::SourceSpan& at = scene.panorama.span;
        const auto report = [&](tour::Severity severity, std::string message) {
            out.items.push_back({severity, tourFile, at.line, at.column, at.pointer, std::move(message)});
        };
        for (const std::string& path : panoramaFiles(scene.panorama)) {
            if (!checked.insert(path).second) {
                continue;
            }
            const auto header = readHeader(path, limits);
            if (header && !*header) {
                report(tour::Severity::Error, header->error().message);
            } else if (header && scene.panorama.kind == tour::PanoramaKind::Equirect) {
                if (auto problem = shapeProblem(header->value(), scene.panorama)) {
                    report(tour::Severity::Warning, path + ": " + *problem);
                }
            }
        }
    }
}

} // namespace cloudtour::viewer
