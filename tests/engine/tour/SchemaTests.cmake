# Checks docs/tour.schema.json against the fixtures the parser is tested on (check_schema.py, with
# python3-jsonschema; skipped when it is missing). Included from tests/CMakeLists.txt.
# Debian's python3 is the one python3-jsonschema installs into; a pyenv or venv python on PATH
# would not have it and the test would be skipped.
find_program(CLOUDTOUR_SYSTEM_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(CLOUDTOUR_SYSTEM_PYTHON)
    add_test(NAME "schema: tour.schema.json agrees with the parser on the fixtures"
             COMMAND ${CLOUDTOUR_SYSTEM_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/check_schema.py ${PROJECT_SOURCE_DIR})
    set_tests_properties("schema: tour.schema.json agrees with the parser on the fixtures" PROPERTIES
        LABELS unit SKIP_RETURN_CODE 77)
endif()
