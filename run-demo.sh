#!/usr/bin/env bash
# Sets everything up on a fresh Debian 12 machine (packages, configure, build) and opens the viewer
# on the bundled sample tour. Extra arguments go to `cloudtour view`.
set -euo pipefail
source "$(dirname "$0")/tools/setup.sh"
install_missing_packages
build_preset release
exec "$root/build/release/viewer/cloudtour" view "$root/assets/sample/tour.json" "$@"
