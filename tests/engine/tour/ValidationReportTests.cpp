// `cloudtour validate`: the printed report and the exit code (viewer/commands/ValidateCommand).

#include "tests/engine/tour/TourTestSupport.h"
#include "viewer/commands/ValidateCommand.h"

#include <catch2/catch.hpp>

using namespace cloudtour::tour;
using namespace cloudtour::tour::test;
using cloudtour::viewer::validationReport;

TEST_CASE("the report lists errors then warnings then notes then counts them", "[tour]") {
    TourLoadResult result;
    result.diagnostics.items = {
        {Severity::Warning, "tour.json", 2, 3, "/title", "no text in zh (declared in 'languages')"},
        {Severity::Error, "tour.json", 5, 7, "/scenes/0/view/pitch", "'pitch' must be a number"},
        {Severity::Note, "tour.json", 6, 1, "/scenes/0/panorama/image", "the path leads outside the tour folder"},
        {Severity::Error, "tour.json", 0, 0, "", "the file is 20 bytes"},
    };
    CHECK(validationReport(result) == "tour.json:5:7: error: 'pitch' must be a number (at /scenes/0/view/pitch)\n"
                                      "tour.json: error: the file is 20 bytes\n"
                                      "tour.json:2:3: warning: no text in zh (declared in 'languages') (at /title)\n"
                                      "tour.json:6:1: note: the path leads outside the tour folder (at "
                                      "/scenes/0/panorama/image)\n"
                                      "2 errors, 1 warning, 1 note\n");
}

TEST_CASE("a clean report is only the count with plural forms", "[tour]") {
    CHECK(validationReport(TourLoadResult{}) == "0 errors, 0 warnings\n");
    TourLoadResult one;
    one.diagnostics.items = {{Severity::Error, "t.json", 1, 1, "", "x"}, {Severity::Warning, "t.json", 1, 2, "", "y"}};
    CHECK(validationReport(one).ends_with("\n1 error, 1 warning\n"));
}

TEST_CASE("validate exits 1 on errors and 0 otherwise", "[tour]") {
    CHECK(cloudtour::viewer::runValidateCommand(toursDir() + "/valid") == 0);
    CHECK(cloudtour::viewer::runValidateCommand(toursDir() + "/errors/many-errors.json") == 1);
    const auto broken = loadTour(toursDir() + "/errors/many-errors.json");
    const std::string report = validationReport(broken);
    // Every error line comes before the first warning line.
    CHECK(report.rfind(": error: ") < report.find(": warning: "));
    CHECK(report.ends_with(std::to_string(broken.diagnostics.count(Severity::Error)) + " errors, 3 warnings\n"));
}
