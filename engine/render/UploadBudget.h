#pragma once

#include <algorithm>
#include <cstdint>

namespace cloudtour::render {

/// Bytes of pixel data the main thread may still send to the GPU in this frame. Uploads are cut
/// into pieces that fit, so a large texture arriving never stalls a frame (on llvmpipe an 8192x4096
/// upload in one call takes ~80 ms). A frame always gets at least one piece through, so loading
/// finishes even with a tiny budget.
class UploadBudget {
public:
    explicit UploadBudget(std::uint64_t bytes) : mLeft(bytes) {}

    [[nodiscard]] bool exhausted() const { return mLeft == 0; }
    [[nodiscard]] std::uint64_t left() const { return mLeft; }
    void spend(std::uint64_t bytes) { mLeft -= std::min(mLeft, bytes); }

    /// Default per-frame budget: ~8 ms of llvmpipe upload time, far less on a real GPU.
    static constexpr std::uint64_t kDefaultBytes = 12ull << 20;

private:
    std::uint64_t mLeft;
};

} // namespace cloudtour::render
