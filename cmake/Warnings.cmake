# Per-target warnings and sanitizers: never global CMAKE_CXX_FLAGS, so third-party code and generated
# glad sources keep their own flags.
option(CLOUDTOUR_STRICT "Treat warnings as errors in project targets" OFF)
set(CLOUDTOUR_SANITIZER "" CACHE STRING "Sanitizers for project targets: address (with undefined and leak), thread or fuzzer")

function(cloudtour_target_defaults target)
    target_compile_features(${target} PUBLIC cxx_std_20)
    set_target_properties(${target} PROPERTIES CXX_EXTENSIONS OFF)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wnull-dereference
                                             -Wimplicit-fallthrough)
    if(CLOUDTOUR_STRICT)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(NOT CLOUDTOUR_SANITIZER STREQUAL "" AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        # GCC 12's -Wmaybe-uninitialized misfires on sanitizer-instrumented -O2 code (std::regex and
        # std::function internals); the dev build keeps the warning.
        target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
    endif()
endfunction()

# Sanitizers must cover every object that shares memory with our code, so they are applied to all
# targets through this directory-level call made once at the top.
function(cloudtour_apply_sanitizer)
    if(CLOUDTOUR_SANITIZER STREQUAL "address")
        add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        add_link_options(-fsanitize=address,undefined)
    elseif(CLOUDTOUR_SANITIZER STREQUAL "fuzzer")
        # libFuzzer builds (clang only, see fuzz/): coverage hooks everywhere, the fuzzer's main linked
        # into the fuzz targets alone (fuzz/CMakeLists.txt adds -fsanitize=fuzzer there).
        add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                            -fno-sanitize-recover=undefined)
        add_link_options(-fsanitize=address,undefined)
    elseif(CLOUDTOUR_SANITIZER STREQUAL "thread")
        add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
        add_link_options(-fsanitize=thread)
    elseif(NOT CLOUDTOUR_SANITIZER STREQUAL "")
        message(FATAL_ERROR "CLOUDTOUR_SANITIZER must be empty, address, thread or fuzzer (got '${CLOUDTOUR_SANITIZER}')")
    endif()
endfunction()
