#pragma once

#include "engine/image/DecodeLimits.h"
#include "engine/render/GlObjects.h"
#include "engine/render/GpuCaps.h"
#include "viewer/ui/UiImage.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace cloudtour::viewer {

/// Pictures the panels show (the tour map, an info hotspot's image) as GL textures, by file path:
/// each loaded on first use and kept. A file that cannot be read is remembered as such, so a panel
/// drawn every frame does not retry it every frame, and its reason is reported once. Owns GL
/// textures: main thread, context current, destroyed before the context.
class ImageTextures {
public:
    /// Pictures larger than `maxSide` pixels (or the GPU's limit) are reduced to fit: a panel never
    /// shows more, and a 10000-pixel plan would otherwise cost 400 MB of texture.
    explicit ImageTextures(const render::GpuCaps& caps, int maxSide = 4096);

    /// The picture at `path`, loading it now if it is new; nothing if it cannot be read.
    const UiImage* get(const std::string& path);
    /// What could not be loaded since the last call, one message per file.
    [[nodiscard]] std::vector<std::string> takeMessages();
    /// Forgets every picture (a new tour), deleting the textures.
    void clear();

    [[nodiscard]] std::size_t size() const { return mEntries.size(); }

    /// Budgets for a panel picture, checked on the file's header before decoding.
    static constexpr image::DecodeLimits kLimits{64ull << 20, 32768, 16384ull * 16384ull};

private:
    struct Entry {
        render::GlTexture texture; ///< empty when the file could not be read
        UiImage image;
    };

    render::GpuCaps mCaps;
    int mMaxSide;
    std::unordered_map<std::string, Entry> mEntries;
    std::vector<std::string> mMessages;
};

} // namespace cloudtour::viewer
