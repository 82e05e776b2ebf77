#pragma once

#include <chrono>

namespace cloudtour::core {

/// Time in seconds from an arbitrary origin. Injected everywhere animation happens (inertia,
/// transitions, idle timers) so tests and kiosk soak runs can drive time by hand.
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual double now() const = 0;
};

/// The real monotonic clock.
class SteadyClock final : public Clock {
public:
    [[nodiscard]] double now() const override {
        using namespace std::chrono;
        return duration<double>(steady_clock::now().time_since_epoch()).count();
    }
};

/// A clock that moves only when told to: for tests and replays.
class ManualClock final : public Clock {
public:
    [[nodiscard]] double now() const override { return mNow; }
    void advance(double seconds) { mNow += seconds; }
    void set(double seconds) { mNow = seconds; }

private:
    double mNow = 0.0;
};

} // namespace cloudtour::core
