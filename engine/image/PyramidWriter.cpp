#include "engine/image/PyramidWriter.h"

#include "engine/image/AreaResize.h"
#include "engine/image/CubeFaceSampler.h"
#include "engine/image/JpegEncoder.h"
#include "engine/image/ParallelFor.h"

#include <filesystem>
#include <fstream>
#include <mutex>
#include <optional>

namespace cloudtour::image {
namespace {

namespace fs = std::filesystem;

// Work is counted in face texels: resampling one costs about this many times encoding one (the
// release build on the development machine: 0.8 s to resample a 2600-pixel face, 0.1 s to encode
// its four levels), so the bar and its estimate move evenly.
constexpr double kResampleCost = 8.0;

class ProgressMeter {
public:
    ProgressMeter(const PyramidCallbacks& callbacks, const PyramidLayout& layout) : mCallbacks(callbacks) {
        double perFace = kResampleCost * squared(layout.cubeSize);
        for (int level = 1; level <= layout.levels; ++level) {
            perFace += squared(layout.faceSize(level));
        }
        mTotal = 6.0 * perFace;
    }

    void stage(int face, std::string stage) {
        const std::lock_guard lock(mMutex);
        mProgress.face = face;
        mProgress.stage = std::move(stage);
        report();
    }

    void add(double texels, double cost = 1.0) {
        const std::lock_guard lock(mMutex);
        mDone += texels * cost;
        report();
    }

    [[nodiscard]] bool cancelled() const { return mCallbacks.cancel != nullptr && mCallbacks.cancel->load(); }

private:
    static double squared(int size) { return static_cast<double>(size) * size; }

    void report() {
        mProgress.fraction = std::min(1.0, mDone / mTotal);
        if (mCallbacks.progress) {
            mCallbacks.progress(mProgress);
        }
    }

    const PyramidCallbacks& mCallbacks;
    std::mutex mMutex;
    PyramidProgress mProgress;
    double mDone = 0.0;
    double mTotal = 1.0;
};

// The first error of several threads, kept for the caller.
class FirstError {
public:
    void set(core::Error error) {
        const std::lock_guard lock(mMutex);
        if (!mError) {
            mError = std::move(error);
        }
    }
    [[nodiscard]] std::optional<core::Error> get() const {
        const std::lock_guard lock(mMutex);
        return mError;
    }

private:
    mutable std::mutex mMutex;
    std::optional<core::Error> mError;
};

core::Error cancelledError(const std::string& folder) {
    return core::fileError(folder, "cancelled");
}

core::Result<bool> makeFolders(const std::string& folder, const PyramidLayout& layout) {
    std::error_code ec;
    for (int level = 1; level <= layout.levels; ++level) {
        fs::create_directories(fs::path(folder) / std::to_string(level), ec);
        if (ec) {
            return core::fileError(folder + "/" + std::to_string(level), "cannot create the folder: " + ec.message());
        }
    }
    if (layout.fallbackSize > 0) {
        fs::create_directories(fs::path(folder) / "fallback", ec);
        if (ec) {
            return core::fileError(folder + "/fallback", "cannot create the folder: " + ec.message());
        }
    }
    return true;
}

core::Result<ImageData> resampleFace(const ImageData& equirect, int face, int size, unsigned threads,
                                     ProgressMeter& progress, const std::string& folder) {
    ImageData out = ImageData::allocate(size, size, 3);
    constexpr int kRowsPerItem = 32;
    const bool finished = parallelFor((size + kRowsPerItem - 1) / kRowsPerItem, threads, [&](int item) {
        if (progress.cancelled()) {
            return false;
        }
        const int begin = item * kRowsPerItem;
        const int end = std::min(size, begin + kRowsPerItem);
        sampleCubeFaceRows(equirect, face, out, begin, end);
        progress.add(static_cast<double>(end - begin) * size, kResampleCost);
        return true;
    });
    if (!finished) {
        return cancelledError(folder);
    }
    return out;
}

// Every tile of one face at one level; each thread keeps its own encoder.
core::Result<bool> writeTiles(const ImageData& face, int faceIndex, int level, const PyramidLayout& layout,
                              const PyramidOptions& options, ProgressMeter& progress, const std::string& folder) {
    const int perSide = layout.tilesPerSide(level);
    const int count = perSide * perSide;
    const unsigned threads = std::min<unsigned>(threadCountFor(options.threads), static_cast<unsigned>(count));
    std::atomic<int> next{0};
    FirstError error;
    parallelFor(static_cast<int>(threads), threads, [&](int) {
        JpegEncoder encoder;
        for (int i = next++; i < count; i = next++) {
            if (progress.cancelled()) {
                error.set(cancelledError(folder));
                return false;
            }
            const TileRect rect = layout.tile(level, i / perSide, i % perSide);
            const std::string path = folder + "/" + PyramidLayout::tilePath(level, faceIndex, i / perSide, i % perSide);
            const std::uint8_t* origin = face.row(rect.y) + static_cast<std::size_t>(rect.x) * 3;
            auto written = encoder.write(path, origin, rect.width, rect.height, face.rowBytes(), options.quality);
            if (!written) {
                error.set(written.error());
                return false;
            }
            progress.add(static_cast<double>(rect.width) * rect.height);
        }
        return true;
    });
    if (auto failure = error.get()) {
        return *failure;
    }
    return true;
}

core::Result<bool> writeFallback(const ImageData& face, int faceIndex, const PyramidLayout& layout,
                                 const PyramidOptions& options, const std::string& folder) {
    const std::string path = folder + "/" + PyramidLayout::fallbackPath(faceIndex);
    if (face.width == layout.fallbackSize) {
        return writeJpeg(path, face, options.quality);
    }
    return writeJpeg(path, resizeArea(face, layout.fallbackSize, layout.fallbackSize, options.threads),
                     options.quality);
}

// One face through every level, finest first, keeping only the level being written.
core::Result<bool> writeFace(const ImageData& equirect, int faceIndex, const PyramidLayout& layout,
                             const PyramidOptions& options, ProgressMeter& progress, const std::string& folder) {
    progress.stage(faceIndex, "resampling");
    auto level = resampleFace(equirect, faceIndex, layout.cubeSize, options.threads, progress, folder);
    if (!level) {
        return level.error();
    }
    for (int l = layout.levels; l >= 1; --l) {
        if (l < layout.levels) {
            *level = halveByArea(*level, options.threads); // the finer level is freed here
        }
        if (layout.fallbackSize > 0 && l == layout.fallbackSourceLevel()) {
            progress.stage(faceIndex, "fallback");
            if (auto written = writeFallback(*level, faceIndex, layout, options, folder); !written) {
                return written.error();
            }
        }
        progress.stage(faceIndex, "level " + std::to_string(l));
        if (auto written = writeTiles(*level, faceIndex, l, layout, options, progress, folder); !written) {
            return written.error();
        }
    }
    return true;
}

core::Result<bool> writeConfig(const std::string& folder, const PyramidLayout& layout) {
    const std::string path = folder + "/config.json";
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << pannellumConfigJson(layout);
    file.close();
    if (!file) {
        return core::fileError(path, "cannot write");
    }
    return true;
}

} // namespace

core::Result<bool> checkFullEquirect(const ImageData& image, const std::string& name) {
    if (image.empty() || image.channels != 3) {
        return core::fileError(name, "not an RGB image");
    }
    if (image.width != 2 * image.height) {
        return core::fileError(name, "the image is " + std::to_string(image.width) + "x" +
                                         std::to_string(image.height) +
                                         ", not a full 360x180-degree panorama (the width must be exactly twice "
                                         "the height); a partial panorama can be shown with cloudtour view "
                                         "--haov/--vaov, or padded to 2:1 before tiling");
    }
    return true;
}

core::Result<PyramidLayout> writePyramid(const ImageData& equirect, const std::string& folder,
                                         const PyramidOptions& options, const PyramidCallbacks& callbacks) {
    if (auto full = checkFullEquirect(equirect, folder); !full) {
        return full.error();
    }
    if (options.quality < 1 || options.quality > 100) {
        return core::Error{"the JPEG quality must be 1 to 100, got " + std::to_string(options.quality)};
    }
    auto layout = makePyramidLayout(equirect.width, options.tileSize, options.cubeSize, options.fallbackSize);
    if (!layout) {
        return layout.error();
    }
    if (auto made = makeFolders(folder, *layout); !made) {
        return made.error();
    }
    ProgressMeter progress(callbacks, *layout);
    for (int face = 0; face < 6; ++face) {
        if (auto written = writeFace(equirect, face, *layout, options, progress, folder); !written) {
            return written.error();
        }
    }
    if (auto written = writeConfig(folder, *layout); !written) {
        return written.error();
    }
    return layout;
}

} // namespace cloudtour::image
