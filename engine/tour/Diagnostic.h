#pragma once

#include <string>
#include <vector>

namespace cloudtour::tour {

enum class Severity { Error, Warning, Note };

/// One problem found in a tour file, with everything a person needs to find it.
struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;    ///< path as given (the tour file, or the image it is about)
    int line = 0;        ///< 1-based; 0 when the problem is not at one place in the file
    int column = 0;      ///< 1-based
    std::string pointer; ///< JSON pointer of the value ("" for the whole document)
    std::string message; ///< what is wrong and what was expected ("did you mean ...")
};

/// "FILE:LINE:COLUMN: error: MESSAGE (at POINTER)": the format compilers use, so editors and
/// terminals can jump to the place. Without a line: "FILE: error: MESSAGE (at POINTER)".
std::string formatDiagnostic(const Diagnostic& diagnostic);

/// All problems of one load, in file order; errors and warnings can be told apart.
struct Diagnostics {
    std::vector<Diagnostic> items;

    [[nodiscard]] bool hasErrors() const;
    [[nodiscard]] std::size_t count(Severity severity) const;
    /// Puts the problems in file order, keeping the order of those at one place; problems of the
    /// whole file (line 0) come first.
    void sortByPosition();
};

} // namespace cloudtour::tour
