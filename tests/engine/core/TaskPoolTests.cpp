#include "engine/core/CancelToken.h"
#include "engine/core/Mailbox.h"
#include "engine/core/TaskPool.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <future>
#include <set>
#include <thread>

using namespace cloudtour::core;

TEST_CASE("TaskPool runs every task on its workers", "[threads]") {
    TaskPool pool(2);
    Mailbox<std::thread::id> ran;
    for (int i = 0; i < 200; ++i) {
        pool.submit([&] { ran.post(std::this_thread::get_id()); });
    }
    pool.waitIdle();
    const auto ids = ran.takeAll();
    CHECK(ids.size() == 200);
    CHECK(std::set(ids.begin(), ids.end()).count(std::this_thread::get_id()) == 0);
}

TEST_CASE("TaskPool starts higher priority tasks first", "[threads]") {
    TaskPool pool(1);
    std::promise<void> release;
    auto gate = release.get_future().share();
    std::promise<void> holding;
    pool.submit([gate, &holding] {
        holding.set_value();
        gate.wait(); // holds the only worker while the queue fills
    });
    holding.get_future().wait();
    std::vector<int> order;
    std::mutex orderMutex;
    auto record = [&](int value) {
        return [&, value] {
            std::lock_guard lock(orderMutex);
            order.push_back(value);
        };
    };
    pool.submit(record(1), 0);
    pool.submit(record(2), 5);
    pool.submit(record(3), 0);
    pool.submit(record(4), 5);
    CHECK(pool.queued() == 4);
    release.set_value();
    pool.waitIdle();
    CHECK(order == std::vector<int>{2, 4, 1, 3});
}

TEST_CASE("TaskPool destruction drops queued tasks and waits for running ones", "[threads]") {
    std::atomic<int> started{0};
    std::atomic<bool> finished{false};
    {
        TaskPool pool(1);
        std::promise<void> running;
        pool.submit([&] {
            running.set_value();
            ++started;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            finished = true;
        });
        for (int i = 0; i < 10; ++i) {
            pool.submit([&] { ++started; });
        }
        running.get_future().wait();
    }
    CHECK(finished);
    CHECK(started == 1);
}

TEST_CASE("CancelToken copies share one flag across threads", "[threads]") {
    CancelToken token;
    CancelToken copy = token;
    TaskPool pool(1);
    std::atomic<int> steps{0};
    std::promise<void> firstStep;
    pool.submit([copy, &steps, &firstStep] {
        for (int i = 0; i < 1000000 && !copy.cancelled(); ++i) {
            if (++steps == 1) {
                firstStep.set_value();
            }
            std::this_thread::sleep_for(std::chrono::microseconds(100));
        }
    });
    firstStep.get_future().wait();
    token.cancel();
    pool.waitIdle();
    CHECK(copy.cancelled());
    CHECK(steps < 1000000);
}
