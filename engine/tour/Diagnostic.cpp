#include "engine/tour/Diagnostic.h"

#include <algorithm>
#include <utility>

namespace cloudtour::tour {
namespace {

const char* severityName(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Note:
        return "note";
    }
    return "error";
}

} // namespace

std::string formatDiagnostic(const Diagnostic& diagnostic) {
    // Built in place in one allocation, not from temporaries: a load's messages are formatted one
    // after the other (the command line prints them all, the fuzz targets check them all).
    std::string text;
    text.reserve(diagnostic.file.size() + diagnostic.message.size() + diagnostic.pointer.size() + 48);
    text += diagnostic.file;
    if (diagnostic.line > 0) {
        text += ':';
        text += std::to_string(diagnostic.line);
        text += ':';
        text += std::to_string(diagnostic.column);
    }
    text += ": ";
    text += severityName(diagnostic.severity);
    text += ": ";
    text += diagnostic.message;
    if (!diagnostic.pointer.empty()) {
        text += " (at ";
        text += diagnostic.pointer;
        text += ')';
    }
    return text;
}

bool Diagnostics::hasErrors() const {
    return count(Severity::Error) > 0;
}

std::size_t Diagnostics::count(Severity severity) const {
    return static_cast<std::size_t>(
        std::count_if(items.begin(), items.end(), [severity](const Diagnostic& d) { return d.severity == severity; }));
}

void Diagnostics::sortByPosition() {
    std::stable_sort(items.begin(), items.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
}

} // namespace cloudtour::tour
