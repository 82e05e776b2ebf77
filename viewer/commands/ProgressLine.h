#pragma once

#include <chrono>
#include <cstdio>
#include <string>

namespace cloudtour::viewer {

/// Progress of a long command on a terminal: one line redrawn in place (a bar, the percentage,
/// what is being done, elapsed time and an estimate of what remains) at most ten times a second.
/// When the stream is not a terminal (a log, a CI job) it writes plain lines instead, one each time
/// the stage changes, so the log stays readable.
class ProgressLine {
public:
    ProgressLine(std::FILE* stream, bool interactive, std::string prefix);

    /// `stage` says what is being done; `fraction` of the whole, 0 to 1.
    void update(const std::string& stage, double fraction);
    /// A message of its own line (the bar, if shown, is cleared first and redrawn by the next update).
    void message(const std::string& text);
    /// Ends the bar's line.
    void finish();

    [[nodiscard]] double elapsedSeconds() const;

    /// "[#######-------------]  35%  face 2/6 (r): level 5  12 s, about 22 s left" (no newline).
    static std::string barText(const std::string& stage, double fraction, double elapsed, int width = 24);

private:
    using Clock = std::chrono::steady_clock;

    std::FILE* mStream;
    bool mInteractive;
    std::string mPrefix;
    std::string mLastStage;
    bool mBarShown = false;
    Clock::time_point mStart = Clock::now();
    Clock::time_point mLastDraw{};
};

} // namespace cloudtour::viewer
