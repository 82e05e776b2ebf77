#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cloudtour::tour {

/// One error as JsonCpp words it: "* Line N, Column M\n  MESSAGE\n" (its column counts bytes).
struct JsonCppError {
    int line = 1;
    int column = 1;
    std::string message;
};

/// Splits CharReader's formatted error text into its errors ("See Line ..." details are dropped).
std::vector<JsonCppError> parseJsonCppErrors(std::string_view formatted);

/// A JsonCpp syntax error in our words, plus a hint at the usual cause when the text around
/// `offset` shows one (a trailing comma, single quotes, a file cut short). `text` is the JSON as
/// JsonCpp saw it.
std::string describeSyntaxError(std::string_view jsoncppMessage, std::string_view text, std::size_t offset);

} // namespace cloudtour::tour
