#pragma once

#include <cstddef>
#include <string>

namespace cloudtour::tour {

/// Where a value came from in its file: byte offsets [start, limit) (JsonCpp's getOffsetStart /
/// getOffsetLimit, so author mode can patch only the edited bytes), 1-based line and column of the
/// start (for messages), and the RFC 6901 JSON pointer ("/scenes/2/hotspots/0/yaw").
/// Values not read from a file (imported, or made in code) have start == limit == 0 and line 0.
struct SourceSpan {
    std::size_t start = 0;
    std::size_t limit = 0;
    int line = 0;
    int column = 0;
    std::string pointer;
};

} // namespace cloudtour::tour
