# Embeds GLSL files into a generated C++ source as raw string literals, so the program needs no file
# beside itself at run time. Regenerated whenever a shader changes.
function(cloudtour_embed_shaders target)
    set(out_cpp ${CMAKE_CURRENT_BINARY_DIR}/EmbeddedShaders.cpp)
    set(sources ${ARGN})
    add_custom_command(
        OUTPUT ${out_cpp}
        COMMAND ${CMAKE_COMMAND} -DOUT=${out_cpp} "-DSOURCES=${sources}" -P ${PROJECT_SOURCE_DIR}/cmake/EmbedShadersScript.cmake
        DEPENDS ${sources} ${PROJECT_SOURCE_DIR}/cmake/EmbedShadersScript.cmake
        COMMENT "Embedding shaders"
        VERBATIM)
    target_sources(${target} PRIVATE ${out_cpp})
endfunction()
