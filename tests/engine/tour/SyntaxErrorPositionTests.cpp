// Syntax errors are placed with the file's own line index: JsonCpp counts from after a byte-order
// mark, so a marked file must report the same line and column as the same file without the mark.

#include "tests/engine/tour/TourTestSupport.h"

#include <catch2/catch.hpp>

#include <string>

using namespace cloudtour::tour;
using namespace cloudtour::tour::test;

TEST_CASE("a syntax error after a byte-order mark is placed as in the file without it", "[tour]") {
    for (const std::string& body :
         {std::string("{\"scenes\": [}"), std::string("{\n  \"scenes\": [],\n  'title': 1\n}"),
          std::string("{\r\n  \"title\": \"\xE6\xB1\x89\" \"x\"\r\n}")}) {
        const auto plain = parseText(body);
        const auto marked = parseText("\xEF\xBB\xBF" + body);
        INFO(listed(plain.diagnostics) << listed(marked.diagnostics));
        REQUIRE(plain.diagnostics.items.size() == 1);
        REQUIRE(marked.diagnostics.items.size() == 1);
        const Diagnostic& a = plain.diagnostics.items[0];
        const Diagnostic& b = marked.diagnostics.items[0];
        CHECK(a.line == b.line);
        CHECK(a.column == b.column);
        CHECK(a.message == b.message);
        CHECK(a.line > 0);
    }
}
