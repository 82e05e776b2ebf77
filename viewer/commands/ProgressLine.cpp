#include "viewer/commands/ProgressLine.h"

#include <algorithm>
#include <cmath>

namespace cloudtour::viewer {
namespace {

std::string seconds(double value) {
    char text[32];
    std::snprintf(text, sizeof text, value < 10.0 ? "%.1f s" : "%.0f s", value);
    return text;
}

} // namespace

ProgressLine::ProgressLine(std::FILE* stream, bool interactive, std::string prefix)
    : mStream(stream), mInteractive(interactive), mPrefix(std::move(prefix)) {}

double ProgressLine::elapsedSeconds() const {
    return std::chrono::duration<double>(Clock::now() - mStart).count();
}

std::string ProgressLine::barText(const std::string& stage, double fraction, double elapsed, int width) {
    fraction = std::clamp(fraction, 0.0, 1.0);
    const int filled = static_cast<int>(std::lround(fraction * width));
    std::string text = "[" + std::string(static_cast<std::size_t>(filled), '#') +
                       std::string(static_cast<std::size_t>(width - filled), '-') + "] ";
    char percent[8];
    std::snprintf(percent, sizeof percent, "%3d%%", static_cast<int>(fraction * 100.0));
    text += percent;
    text += "  " + stage + "  " + seconds(elapsed);
    // An estimate from the first few percent swings too much to be worth showing.
    if (fraction >= 0.05 && fraction < 1.0) {
        text += ", about " + seconds(elapsed * (1.0 - fraction) / fraction) + " left";
    }
    return text;
}

void ProgressLine::update(const std::string& stage, double fraction) {
    const bool newStage = stage != mLastStage;
    mLastStage = stage;
    if (!mInteractive) {
        if (newStage) {
            std::fprintf(mStream, "%s%3d%%  %s  (%s)\n", mPrefix.c_str(), static_cast<int>(fraction * 100.0),
                         stage.c_str(), seconds(elapsedSeconds()).c_str());
            std::fflush(mStream);
        }
        return;
    }
    const auto now = Clock::now();
    if (!newStage && now - mLastDraw < std::chrono::milliseconds(100)) {
        return;
    }
    mLastDraw = now;
    // \r and "erase to end of line": the line shrinks cleanly when the stage name gets shorter.
    std::fprintf(mStream, "\r%s%s\x1b[K", mPrefix.c_str(), barText(stage, fraction, elapsedSeconds()).c_str());
    std::fflush(mStream);
    mBarShown = true;
}

void ProgressLine::message(const std::string& text) {
    if (mBarShown) {
        std::fprintf(mStream, "\r\x1b[K");
        mBarShown = false;
    }
    std::fprintf(mStream, "%s%s\n", mPrefix.c_str(), text.c_str());
    std::fflush(mStream);
}

void ProgressLine::finish() {
    if (mBarShown) {
        std::fprintf(mStream, "\n");
        std::fflush(mStream);
        mBarShown = false;
    }
}

} // namespace cloudtour::viewer
