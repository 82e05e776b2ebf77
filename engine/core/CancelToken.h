#pragma once

#include <atomic>
#include <memory>

namespace cloudtour::core {

/// Shared flag that a requester sets when it no longer wants a result; workers look at it between
/// steps and stop early. Copies share the flag. Thread-safe.
class CancelToken {
public:
    CancelToken() : mFlag(std::make_shared<std::atomic<bool>>(false)) {}
    void cancel() const { mFlag->store(true, std::memory_order_relaxed); }
    [[nodiscard]] bool cancelled() const { return mFlag->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic<bool>> mFlag;
};

} // namespace cloudtour::core
