# Every dependency comes from a Debian 12 package (see tools/packages.txt); nothing is downloaded.
find_package(SDL2 REQUIRED)
find_package(glm REQUIRED)
find_package(CLI11 REQUIRED)
find_package(libjpeg-turbo REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)
pkg_check_modules(STB REQUIRED IMPORTED_TARGET stb)
pkg_check_modules(JSONCPP REQUIRED IMPORTED_TARGET jsoncpp)
find_program(GLAD_EXECUTABLE glad REQUIRED) # python3-glad
if(CLOUDTOUR_BUILD_TESTS)
    find_package(Catch2 2 REQUIRED)
endif()
