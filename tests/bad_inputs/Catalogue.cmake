# The catalogue of bad inputs (docs/LIMITS.md). generate.py writes the fixtures into
# build/<preset>/bad_inputs as a ctest fixture, so they are made fresh before any case runs; then
# each case of cases.json is one test, running the hidden "bad input catalogue" test of the [gl]
# binary with CLOUDTOUR_CATALOGUE_CASE naming the case. Included from tests/CMakeLists.txt.
find_program(CLOUDTOUR_PYTHON3 python3 PATHS /usr/bin REQUIRED)
set(CLOUDTOUR_BAD_INPUTS "${CMAKE_BINARY_DIR}/bad_inputs")
set(CLOUDTOUR_CATALOGUE "${CMAKE_CURRENT_LIST_DIR}/cases.json")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${CLOUDTOUR_CATALOGUE}")

target_compile_definitions(cloudtour_gl_tests PRIVATE CLOUDTOUR_BAD_INPUTS="${CLOUDTOUR_BAD_INPUTS}")
target_link_libraries(cloudtour_gl_tests PRIVATE PkgConfig::JSONCPP)

add_test(NAME "catalogue: generate the bad inputs"
         COMMAND ${CLOUDTOUR_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/generate.py ${CLOUDTOUR_BAD_INPUTS})
set_tests_properties("catalogue: generate the bad inputs" PROPERTIES FIXTURES_SETUP bad_inputs LABELS catalogue)

add_test(NAME "catalogue: docs/LIMITS.md shows cases.json"
         COMMAND ${CLOUDTOUR_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/generate.py --check-table ${PROJECT_SOURCE_DIR}/docs/LIMITS.md)
set_tests_properties("catalogue: docs/LIMITS.md shows cases.json" PROPERTIES LABELS catalogue)

file(READ "${CLOUDTOUR_CATALOGUE}" catalogue)
string(JSON case_count LENGTH "${catalogue}" cases)
math(EXPR last_case "${case_count} - 1")
foreach(index RANGE ${last_case})
    string(JSON case_id GET "${catalogue}" cases ${index} id)
    add_test(NAME "catalogue: ${case_id}" COMMAND cloudtour_gl_tests "bad input catalogue")
    set_tests_properties("catalogue: ${case_id}" PROPERTIES
        ENVIRONMENT "CLOUDTOUR_CATALOGUE_CASE=${case_id}" FIXTURES_REQUIRED bad_inputs LABELS catalogue)
endforeach()
