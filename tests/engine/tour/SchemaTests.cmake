# Checks docs/tour.schema.json against the fixtures the parser is tested on (check_schema.py, with
# python3-jsonschema; skipped when it is missing). Included from tests/CMakeLists.txt.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
    add_test(NAME "schema: tour.schema.json agrees with the parser on the fixtures"
             COMMAND Python3::Interpreter ${CMAKE_CURRENT_LIST_DIR}/check_schema.py ${PROJECT_SOURCE_DIR})
    set_tests_properties("schema: tour.schema.json agrees with the parser on the fixtures" PROPERTIES
        LABELS unit SKIP_RETURN_CODE 77)
endif()
