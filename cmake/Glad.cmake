# The OpenGL loader is generated at build time from the gl.xml that python3-glad ships (--reproducible
# keeps the output byte-identical between runs, so builds are repeatable). Only the extensions we use.
set(GLAD_OUT_DIR ${CMAKE_BINARY_DIR}/glad)
set(GLAD_EXTENSIONS "GL_ARB_texture_storage,GL_KHR_debug,GL_ARB_texture_filter_anisotropic,GL_EXT_texture_filter_anisotropic")
add_custom_command(
    OUTPUT ${GLAD_OUT_DIR}/src/gl.c ${GLAD_OUT_DIR}/include/glad/gl.h ${GLAD_OUT_DIR}/include/KHR/khrplatform.h
    COMMAND ${GLAD_EXECUTABLE} --quiet --reproducible --api gl:core=3.3 --extensions ${GLAD_EXTENSIONS}
            --out-path ${GLAD_OUT_DIR} c
    DEPENDS ${CMAKE_CURRENT_LIST_FILE}
    COMMENT "glad: generating the OpenGL 3.3 core loader"
    VERBATIM)
add_library(glad STATIC ${GLAD_OUT_DIR}/src/gl.c)
target_include_directories(glad SYSTEM PUBLIC ${GLAD_OUT_DIR}/include)
set_target_properties(glad PROPERTIES POSITION_INDEPENDENT_CODE ON)
