#include "viewer/commands/TileCommand.h"

#include "engine/core/FileIo.h"
#include "engine/image/ImageLoader.h"
#include "engine/image/PyramidWriter.h"
#include "engine/tour/TourWriterJson.h"
#include "viewer/commands/Commands.h"
#include "viewer/commands/ProgressLine.h"

#include <CLI/CLI.hpp>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <unistd.h>

namespace cloudtour::viewer {
namespace {

namespace fs = std::filesystem;

// Set from the signal handler; a lock-free atomic is safe to write there.
std::atomic<bool> gInterrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void onInterrupt(int) {
    gInterrupted = true;
}

// Ctrl+C and SIGTERM ask the writer to stop between tiles, so the temporary folder can be removed
// instead of being left behind; the previous handlers come back when the command ends.
class InterruptGuard {
public:
    InterruptGuard() : mInt(std::signal(SIGINT, onInterrupt)), mTerm(std::signal(SIGTERM, onInterrupt)) {
        gInterrupted = false;
    }
    ~InterruptGuard() {
        std::signal(SIGINT, mInt);
        std::signal(SIGTERM, mTerm);
    }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    void (*mInt)(int);
    void (*mTerm)(int);
};

int fail(const std::string& message) {
    std::fprintf(stderr, "cloudtour tile: %s\n", message.c_str());
    return kExitFailure;
}

bool isPyramidEntry(const fs::directory_entry& entry) {
    const std::string name = entry.path().filename().string();
    std::error_code ec;
    if (name == "config.json") {
        return entry.is_regular_file(ec);
    }
    const bool numbered = !name.empty() && name.find_first_not_of("0123456789") == std::string::npos;
    return (name == "fallback" || numbered) && entry.is_directory(ec) && !entry.is_symlink(ec);
}

fs::path normalFolder(const std::string& path) {
    std::error_code ec;
    fs::path folder = fs::absolute(path, ec).lexically_normal();
    if (!folder.has_filename() && folder.has_relative_path()) {
        folder = folder.parent_path(); // "out/" and "out" are the same folder
    }
    return folder;
}

std::string processSuffix() {
    return std::to_string(::getpid());
}

// Puts the finished folder where the output goes. A previous pyramid is moved aside first and
// deleted only once the new one is in place, so at every moment the output is one whole pyramid.
core::Result<bool> moveIntoPlace(const fs::path& finished, const fs::path& output) {
    std::error_code ec;
    fs::path previous;
    if (fs::exists(output, ec)) {
        if (fs::is_empty(output, ec)) {
            fs::remove(output, ec);
        } else {
            previous = output.string() + ".old-" + processSuffix();
            fs::rename(output, previous, ec);
        }
        if (ec) {
            return core::fileError(output.string(), "cannot make room for the new pyramid: " + ec.message());
        }
    }
    fs::rename(finished, output, ec);
    if (ec) {
        const std::string message = "cannot move the finished pyramid into place: " + ec.message();
        if (!previous.empty()) {
            fs::rename(previous, output, ec);
        }
        return core::fileError(output.string(), message);
    }
    if (!previous.empty()) {
        fs::remove_all(previous, ec);
        if (ec) {
            std::fprintf(stderr, "cloudtour tile: the previous pyramid is left in %s: %s\n", previous.c_str(),
                         ec.message().c_str());
        }
    }
    return true;
}

// Reads and decodes the image, refusing a partial panorama from its header before spending the
// time and memory to decode it. The file's bytes are freed as soon as the pixels exist.
core::Result<image::ImageData> readEquirect(const TileCommandOptions& options, ProgressLine& progress) {
    image::ImageData pixels;
    {
        auto bytes = core::readFileBytes(options.input, options.limits.image.maxFileBytes);
        if (!bytes) {
            return bytes.error();
        }
        auto info = image::probeImage(*bytes, options.input);
        if (!info) {
            return info.error();
        }
        const auto count = static_cast<std::uint64_t>(info->width) * static_cast<std::uint64_t>(info->height);
        if (count > options.limits.image.maxPixels) {
            return core::fileError(options.input,
                                   "the image is " + std::to_string(info->width) + "x" + std::to_string(info->height) +
                                       " = " + std::to_string(count) + " pixels, over the limit of " +
                                       std::to_string(options.limits.image.maxPixels) + ": --limit image-pixels=" +
                                       std::to_string(count) + " allows it (decoding takes 3 bytes a pixel)");
        }
        if (info->width != 2 * info->height) {
            return image::checkFullEquirect(image::ImageData{info->width, info->height, 3, {}}, options.input).error();
        }
        progress.update("decoding " + std::to_string(info->width) + "x" + std::to_string(info->height), 0.0);
        auto decoded = image::decodeImage(*bytes, options.input, options.limits.image);
        if (!decoded) {
            return decoded.error();
        }
        pixels = std::move(*decoded);
    }
    if (auto full = image::checkFullEquirect(pixels, options.input); !full) {
        return full.error();
    }
    return pixels;
}

core::Result<image::PyramidLayout> writeInto(const fs::path& folder, const image::ImageData& equirect,
                                             const TileCommandOptions& options, ProgressLine& progress) {
    image::PyramidOptions settings;
    settings.tileSize = options.tileSize;
    settings.quality = options.quality;
    settings.cubeSize = options.cubeSize;
    settings.fallbackSize = options.fallbackSize;
    settings.threads = options.threads;
    image::PyramidCallbacks callbacks;
    callbacks.cancel = &gInterrupted;
    callbacks.progress = [&progress](const image::PyramidProgress& at) {
        const std::string face =
            std::to_string(at.face + 1) + "/6 (" + image::kPyramidFaceLetters[static_cast<std::size_t>(at.face)] + ")";
        progress.update("face " + face + ": " + at.stage, at.fraction);
    };
    return image::writePyramid(equirect, folder.string(), settings, callbacks);
}

std::string summary(const image::PyramidLayout& layout, const fs::path& output, double seconds) {
    char text[512];
    std::snprintf(text, sizeof text, "wrote %s: %d levels, faces of %d pixels, %lld tiles of %d in %.1f s",
                  output.c_str(), layout.levels, layout.cubeSize, layout.tileCount(), layout.tileSize, seconds);
    return text;
}

} // namespace

void addTileCommand(CLI::App& app, TileCommandOptions& options) {
    auto* command = app.add_subcommand(
        "tile", "Build a multi-resolution cube pyramid (Pannellum's multires layout) from an equirectangular image");
    command->add_option("IMAGE", options.input, "A full 360x180 equirectangular JPEG or PNG (width = 2 x height)")
        ->required();
    command->add_option("-o,--output", options.output, "Folder to write (new or empty; see --force)")->required();
    command->add_option("--tile-size", options.tileSize, "Tile width and height in pixels")
        ->check(CLI::Range(16, 8192))
        ->capture_default_str();
    command->add_option("--quality", options.quality, "JPEG quality of the tiles")
        ->check(CLI::Range(1, 100))
        ->capture_default_str();
    command
        ->add_option("--cube-size", options.cubeSize,
                     "Face size of the finest level in pixels (default: 8 floor(width / pi / 8))")
        ->check(CLI::Range(8, 1 << 20));
    command->add_option("--fallback-size", options.fallbackSize, "Size of the whole-face fallback images, 0 for none")
        ->check(CLI::Range(0, 1 << 20))
        ->capture_default_str();
    command->add_option("--threads", options.threads, "Worker threads (default: one per core)")
        ->check(CLI::Range(1, 256));
    command->add_option("--tour-dir", options.tourDir,
                        "Folder of the tour.json the printed scene is for (default: the output's parent)");
    command->add_option("--id", options.sceneId, "Id of the printed scene (default: the output folder's name)");
    command->add_flag("--force", options.force,
                      "Replace a pyramid already in the output folder (nothing else is ever deleted)");
    addLimitOption(*command, options.limits);
}

core::Result<bool> checkTileOutput(const std::string& output, bool force) {
    const fs::path folder = normalFolder(output);
    std::error_code ec;
    if (!fs::exists(folder, ec)) {
        return true;
    }
    if (!fs::is_directory(folder, ec)) {
        return core::fileError(output, "exists and is not a folder");
    }
    if (fs::is_empty(folder, ec)) {
        return true;
    }
    if (!force) {
        return core::fileError(output,
                               "is not empty: choose a new folder, or add --force to replace the pyramid in it");
    }
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        if (!isPyramidEntry(entry)) {
            return core::fileError(output, "holds " + entry.path().filename().string() +
                                               ", which cloudtour tile does not write; --force replaces only a "
                                               "pyramid, so choose another folder");
        }
    }
    if (ec) {
        return core::fileError(output, "cannot list the folder: " + ec.message());
    }
    return true;
}

std::string tileSceneEntry(const image::PyramidLayout& layout, const std::string& pyramidDir,
                           const std::string& tourDir, const std::string& sceneId) {
    using tour::JsonNode;
    const fs::path pyramid = normalFolder(pyramidDir);
    const fs::path relative = pyramid.lexically_relative(normalFolder(tourDir));
    const std::string base = relative.empty() ? pyramid.generic_string() : relative.generic_string();
    JsonNode panorama = JsonNode::object();
    panorama.add("type", JsonNode::string("multires"));
    if (base != ".") {
        panorama.add("basePath", JsonNode::string(base));
    }
    panorama.add("path", JsonNode::string("/%l/%s%y_%x"))
        .add("extension", JsonNode::string("jpg"))
        .add("tileResolution", JsonNode::number(std::to_string(layout.tileSize)))
        .add("maxLevel", JsonNode::number(std::to_string(layout.levels)))
        .add("cubeResolution", JsonNode::number(std::to_string(layout.cubeSize)));
    if (layout.fallbackSize > 0) {
        panorama.add("fallbackPath", JsonNode::string("/fallback/%s"));
    }
    JsonNode scene = JsonNode::object();
    scene.add("id", JsonNode::string(sceneId))
        .add("title", JsonNode::string(sceneId))
        .add("panorama", std::move(panorama));
    return scene.render();
}

int runTileCommand(const TileCommandOptions& options) {
    const fs::path output = normalFolder(options.output);
    if (auto usable = checkTileOutput(options.output, options.force); !usable) {
        return fail(usable.error().message);
    }
    const InterruptGuard interrupts;
    ProgressLine progress(stderr, ::isatty(STDERR_FILENO) == 1, "cloudtour tile: ");
    auto equirect = readEquirect(options, progress);
    if (!equirect) {
        progress.finish();
        return fail(equirect.error().message);
    }
    std::error_code ec;
    fs::create_directories(output.parent_path(), ec);
    const fs::path temporary = output.string() + ".tmp-" + processSuffix();
    if (!fs::create_directory(temporary, ec)) {
        return fail(temporary.string() + ": cannot create the working folder" + (ec ? ": " + ec.message() : ""));
    }
    auto layout = writeInto(temporary, *equirect, options, progress);
    progress.finish();
    *equirect = image::ImageData{}; // the pixels are no longer needed; free them before renaming
    if (!layout) {
        fs::remove_all(temporary, ec);
        return fail(gInterrupted ? "interrupted; nothing written" : layout.error().message);
    }
    if (auto placed = moveIntoPlace(temporary, output); !placed) {
        fs::remove_all(temporary, ec);
        return fail(placed.error().message);
    }
    progress.message(summary(*layout, output, progress.elapsedSeconds()));
    const fs::path tourDir = options.tourDir.empty() ? output.parent_path() : normalFolder(options.tourDir);
    const std::string id = options.sceneId.empty() ? output.filename().string() : options.sceneId;
    progress.message("the scene for a tour.json in " + tourDir.string() + ":");
    std::printf("%s\n",
                tileSceneEntry(*layout, output.string(), tourDir.string(), id.empty() ? "panorama" : id).c_str());
    return kExitOk;
}

} // namespace cloudtour::viewer
