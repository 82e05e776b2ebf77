#!/usr/bin/env bash
# Installs the Debian packages that are missing, then configures and builds one CMake preset
# (incrementally when it is already built). Sourced by run-demo.sh and run-tests.sh.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

install_missing_packages() {
    local missing=()
    while read -r package; do
        [[ -z "$package" || "$package" == \#* ]] && continue
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done <"$root/tools/packages.txt"
    [[ ${#missing[@]} -eq 0 ]] && return 0
    echo "setup: installing ${missing[*]}"
    local sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}

# build_preset PRESET [TARGET...]: every target, or only the ones named.
build_preset() {
    local preset=$1
    shift
    if [[ ! -f "$root/build/$preset/build.ninja" ]]; then
        cmake --preset "$preset" -S "$root" >/dev/null
    fi
    cmake --build "$root/build/$preset" -j "$(nproc)" ${1:+--target "$@"}
}
