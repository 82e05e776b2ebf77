#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace cloudtour::core {

/// A fixed set of worker threads taking tasks in priority order (higher first, then first come).
/// Loading uses it so file reads and decodes never block the render loop. Tasks must not throw;
/// a task that is no longer wanted checks its CancelToken and returns early. Destruction drops the
/// tasks not yet started and waits for the running ones.
class TaskPool {
public:
    /// `threads` 0 means one per core.
    explicit TaskPool(unsigned threads = 0);
    ~TaskPool();
    TaskPool(const TaskPool&) = delete;
    TaskPool& operator=(const TaskPool&) = delete;

    void submit(std::function<void()> task, int priority = 0);
    /// Blocks until no task is queued or running (tests and command-line tools).
    void waitIdle();

    [[nodiscard]] unsigned threadCount() const { return static_cast<unsigned>(mThreads.size()); }
    /// Tasks queued and not yet started.
    [[nodiscard]] std::size_t queued() const;

private:
    struct Entry {
        int priority;
        std::function<void()> task;
    };
    void work();

    mutable std::mutex mMutex;
    std::condition_variable mWake;
    std::condition_variable mIdle;
    std::deque<Entry> mQueue;
    unsigned mRunning = 0;
    bool mStopping = false;
    std::vector<std::thread> mThreads;
};

} // namespace cloudtour::core
