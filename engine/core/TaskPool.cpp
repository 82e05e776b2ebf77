#include "engine/core/TaskPool.h"

#include <algorithm>

namespace cloudtour::core {

TaskPool::TaskPool(unsigned threads) {
    const unsigned count = threads != 0 ? threads : std::max(1u, std::thread::hardware_concurrency());
    mThreads.reserve(count);
    for (unsigned i = 0; i < count; ++i) {
        mThreads.emplace_back([this] { work(); });
    }
}

TaskPool::~TaskPool() {
    {
        std::lock_guard lock(mMutex);
        mStopping = true;
        mQueue.clear();
    }
    mWake.notify_all();
    for (auto& thread : mThreads) {
        thread.join();
    }
}

void TaskPool::submit(std::function<void()> task, int priority) {
    {
        std::lock_guard lock(mMutex);
        // Stable: a new task goes after every queued task of the same or higher priority.
        auto at = std::find_if(mQueue.begin(), mQueue.end(), [&](const Entry& e) { return e.priority < priority; });
        mQueue.insert(at, Entry{priority, std::move(task)});
    }
    mWake.notify_one();
}

void TaskPool::waitIdle() {
    std::unique_lock lock(mMutex);
    mIdle.wait(lock, [this] { return mQueue.empty() && mRunning == 0; });
}

std::size_t TaskPool::queued() const {
    std::lock_guard lock(mMutex);
    return mQueue.size();
}

void TaskPool::work() {
    std::unique_lock lock(mMutex);
    for (;;) {
        mWake.wait(lock, [this] { return mStopping || !mQueue.empty(); });
        if (mStopping) {
            return;
        }
        std::function<void()> task = std::move(mQueue.front().task);
        mQueue.pop_front();
        ++mRunning;
        lock.unlock();
        task();
        task = nullptr; // release captures outside the lock
        lock.lock();
        --mRunning;
        if (mQueue.empty() && mRunning == 0) {
            mIdle.notify_all();
        }
    }
}

} // namespace cloudtour::core
