#pragma once

#include <mutex>
#include <utility>
#include <vector>

namespace cloudtour::core {

/// Results handed from worker threads to the main thread: workers post, the main loop takes
/// everything posted so far once per frame (no waiting on either side).
template <typename T>
class Mailbox {
public:
    void post(T item) {
        std::lock_guard lock(mMutex);
        mItems.push_back(std::move(item));
    }
    [[nodiscard]] std::vector<T> takeAll() {
        std::lock_guard lock(mMutex);
        return std::exchange(mItems, {});
    }
    [[nodiscard]] bool empty() const {
        std::lock_guard lock(mMutex);
        return mItems.empty();
    }

private:
    mutable std::mutex mMutex;
    std::vector<T> mItems;
};

} // namespace cloudtour::core
