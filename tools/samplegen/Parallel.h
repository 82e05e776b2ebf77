// Runs a loop body over [0, count) on a fixed number of threads. Work is handed out through an atomic counter,
// so the split adapts to uneven rows; results stay deterministic because each index writes only its own output.
#pragma once

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace cloudtour::samplegen {

inline int workerCount() {
    return static_cast<int>(std::max(2u, std::thread::hardware_concurrency()));
}

template <typename Body>
void parallelFor(int count, Body body) {
    std::atomic<int> next{0};
    auto worker = [&] {
        for (int i = next.fetch_add(1); i < count; i = next.fetch_add(1)) {
            body(i);
        }
    };
    std::vector<std::thread> pool;
    const int n = std::min(workerCount(), std::max(count, 1));
    for (int t = 1; t < n; ++t) {
        pool.emplace_back(worker);
    }
    worker();
    for (std::thread& t : pool) {
        t.join();
    }
}

} // namespace cloudtour::samplegen
