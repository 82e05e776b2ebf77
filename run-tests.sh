#!/usr/bin/env bash
# Sets everything up on a fresh Debian 12 machine and runs the whole test suite: the dev build
# (Debug, warnings as errors), then the same tests under AddressSanitizer + UBSan + LeakSanitizer.
# GL tests render offscreen on Mesa llvmpipe (SDL's offscreen EGL driver): no display needed.
# Then the [threads] tests (loader, task pool) under ThreadSanitizer. --quick runs the dev build only.
set -euo pipefail
source "$(dirname "$0")/tools/setup.sh"
install_missing_packages
presets=(dev asan)
[[ "${1:-}" == "--quick" ]] && presets=(dev)
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
for preset in "${presets[@]}"; do
    echo "== $preset: build"
    build_preset "$preset"
    echo "== $preset: test"
    ctest --preset "$preset"
done
if [[ "${1:-}" != "--quick" ]]; then
    echo "== tsan: build (unit tests only)"
    build_preset tsan cloudtour_tests
    echo "== tsan: test [threads]"
    # -w NoTests: fail when the tag matches nothing, so a renamed tag cannot pass silently.
    TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1" "$root/build/tsan/tests/cloudtour_tests" "[threads]" -w NoTests
fi
