#pragma once

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace cloudtour::image {

/// The number of threads to use when asked for `requested` (0: one per core, at least one).
inline unsigned threadCountFor(unsigned requested) {
    return requested > 0 ? requested : std::max(1u, std::thread::hardware_concurrency());
}

/// Calls body(i) for every i in [0, count) on `threads` threads (the caller's among them). Items
/// are handed out one at a time from a shared counter, so uneven items (pole rows, edge tiles)
/// still keep every core busy to the end. A body returning false stops the hand-out (cancel or
/// error); items already started finish. An exception in a body is rethrown here after all
/// threads have joined. Returns false when some body returned false.
template <typename Body>
bool parallelFor(int count, unsigned threads, Body&& body) {
    std::atomic<int> next{0};
    std::atomic<bool> stopped{false};
    std::exception_ptr failure;
    std::mutex failureMutex;
    auto work = [&] {
        try {
            for (int i = next++; i < count && !stopped; i = next++) {
                if (!body(i)) {
                    stopped = true;
                }
            }
        } catch (...) {
            const std::lock_guard lock(failureMutex);
            failure = failure ? failure : std::current_exception();
            stopped = true;
        }
    };
    const unsigned helpers = std::min<unsigned>(threadCountFor(threads), static_cast<unsigned>(std::max(count, 1))) - 1;
    std::vector<std::thread> pool;
    pool.reserve(helpers);
    for (unsigned t = 0; t < helpers; ++t) {
        try {
            pool.emplace_back(work);
        } catch (const std::system_error&) {
            break; // no thread to be had: the ones running (at least this one) do all the work
        }
    }
    work();
    for (auto& thread : pool) {
        thread.join();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
    return !stopped;
}

} // namespace cloudtour::image
