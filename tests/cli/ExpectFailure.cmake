# Runs COMMAND with ARGS and checks its exit code and that stderr contains EXPECT_TEXT.
execute_process(COMMAND ${COMMAND} ${ARGS} RESULT_VARIABLE code ERROR_VARIABLE err OUTPUT_VARIABLE out)
if(NOT code EQUAL EXPECT_CODE)
    message(FATAL_ERROR "exit code ${code}, expected ${EXPECT_CODE}\nstderr: ${err}")
endif()
string(FIND "${err}" "${EXPECT_TEXT}" found)
if(found EQUAL -1)
    message(FATAL_ERROR "stderr does not contain '${EXPECT_TEXT}':\n${err}")
endif()
