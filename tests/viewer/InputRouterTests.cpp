#include "viewer/input/InputRouter.h"

#include <catch2/catch.hpp>

using namespace cloudtour::viewer;

TEST_CASE("pointer input goes to the scene only when the UI does not want the mouse", "[viewer][input]") {
    CHECK(routePointer({false, false}, false) == InputTarget::Scene);
    CHECK(routePointer({true, false}, false) == InputTarget::UiOnly);
    CHECK(routePointer({false, true}, false) == InputTarget::Scene);
}

TEST_CASE("keyboard input goes to the scene only when the UI does not want the keyboard", "[viewer][input]") {
    CHECK(routeKeyboard({false, false}, false) == InputTarget::Scene);
    CHECK(routeKeyboard({false, true}, false) == InputTarget::UiOnly);
    CHECK(routeKeyboard({true, false}, false) == InputTarget::Scene);
}

TEST_CASE("releases always reach the scene so no drag or key is left stuck", "[viewer][input]") {
    CHECK(routePointer({true, true}, true) == InputTarget::Scene);
    CHECK(routeKeyboard({true, true}, true) == InputTarget::Scene);
}
