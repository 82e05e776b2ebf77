#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace cloudtour::tour {

/// A 1-based line and column in a text file.
struct TextPosition {
    int line = 0;
    int column = 0;
};

/// Maps byte offsets of a file to lines and columns the way editors count them. A line ends at
/// "\n", "\r\n" or a lone "\r" (JsonCpp counts the same way, so its positions agree with ours);
/// columns count characters (UTF-8 code points), not bytes, so a position after Chinese text still
/// lands on the right character; a UTF-8 byte-order mark before the first line takes no column.
class LineIndex {
public:
    LineIndex() = default;
    /// `bodyOffset` is the length of a byte-order mark at the start of `text` (0 or 3). The index
    /// keeps a view of `text`, which must outlive it.
    LineIndex(std::string_view text, std::size_t bodyOffset);

    /// Offsets past the end are placed at the end of the text.
    [[nodiscard]] TextPosition position(std::size_t offset) const;

    /// The byte offset of a 1-based line and 1-based byte column (JsonCpp's "Line N, Column M").
    [[nodiscard]] std::size_t offsetOf(int line, int byteColumn) const;

private:
    /// Characters (UTF-8 code points) in bytes [from, to).
    [[nodiscard]] std::size_t charactersBetween(std::size_t from, std::size_t to) const;
    /// Characters in the first `offset` bytes, from the checkpoints.
    [[nodiscard]] std::size_t charactersBefore(std::size_t offset) const;
    void findLineStarts(std::size_t bodyOffset);
    void makeCheckpoints();

    std::string_view mText;
    std::vector<std::size_t> mLineStarts;
    /// Characters before every kStride-th byte, so a column costs at most 2 x kStride bytes of
    /// counting rather than the whole line: a minified 12 MB tour has one line, and counting from
    /// its start for each of 100,000 messages took minutes (found while profiling the fuzz targets).
    /// Made only when a line is longer than kLongLine: on shorter lines counting from the line's
    /// start costs no more, and a byte-by-byte pass over every file was 16% of fuzz_tour's time.
    std::vector<std::size_t> mCharactersAt;
    static constexpr std::size_t kStride = 256;
    static constexpr std::size_t kLongLine = 2 * kStride;
};

} // namespace cloudtour::tour
