#!/usr/bin/env bash
# Runs every benchmark of docs/PERFORMANCE.md: builds the release preset with the bench targets,
# runs them on SDL's offscreen driver (no X needed), appends JSON lines to
# build/release/bench/results-<date>.jsonl and prints a markdown summary.
#   bench/run.sh [--quick]      --quick: 3 runs instead of 5, fewer frames
# Environment: CLOUDTOUR_PEER_IMAGES (default ../shared/bench/peers/images),
#   CLOUDTOUR_GALLERY (the pannellum.org gallery pyramid), CLOUDTOUR_PYRAMID32 (a 32768x16384
#   pyramid from `cloudtour tile`, see docs/TILING.md; skipped when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

runs=5
frames=300
if [[ "${1:-}" == "--quick" ]]; then
    runs=3
    frames=120
elif [[ $# -gt 0 ]]; then
    echo "usage: bench/run.sh [--quick]" >&2
    exit 2
fi

images=${CLOUDTOUR_PEER_IMAGES:-$root/../shared/bench/peers/images}
gallery=${CLOUDTOUR_GALLERY:-$root/../shared/data/pannellum.org/static/images/multires/gallery}
pyramid32=${CLOUDTOUR_PYRAMID32:-/tmp/ct-tile/bench32/p}
build=$root/build/release
out_dir=$build/bench
mkdir -p "$out_dir"
results=$out_dir/results-$(date +%F).jsonl
export SDL_VIDEODRIVER=offscreen

# Shared machine: never two builds at once in one build dir (docs: /work/coord/RULES.md).
flock /tmp/ct-build.lock cmake --preset release >/dev/null
flock /tmp/ct-build.lock cmake --build "$build" --target cloudtour_bench

for size in 4096x2048 8192x4096 16384x8192; do
    [[ -f $images/pano-$size.jpg ]] || { echo "missing $images/pano-$size.jpg (run make-images.sh)" >&2; exit 1; }
done

# The gallery pyramid as a Pannellum config, written into the build tree (never into the data).
mkdir -p "$out_dir/gallery"
cat >"$out_dir/gallery/config.json" <<JSON
{"type": "multires", "multiRes": {"basePath": "$gallery", "path": "/%l/%s%y_%x", "fallbackPath": "/fallback/%s",
 "extension": "jpg", "tileResolution": 512, "maxLevel": 5, "cubeResolution": 4384}}
JSON
# A 512x256 panorama: process start, GL context and first frame with next to no image work.
[[ -f $out_dir/pano-512x256.jpg ]] ||
    djpeg -scale 1/8 "$images/pano-4096x2048.jpg" | cjpeg -quality 90 >"$out_dir/pano-512x256.jpg"

run_id=$(date -u +%Y-%m-%dT%H:%M:%SZ)
note() { # part, when: the load average around each part (the machine is shared)
    read -r one five fifteen _ </proc/loadavg
    printf '{"bench":"load","run":"%s","part":"%s","when":"%s","loadavg":[%s,%s,%s]}\n' \
        "$run_id" "$1" "$2" "$one" "$five" "$fifteen" | tee -a "$results"
}
emit() { { grep '^{' || true; } | sed "s/^{/{\"run\":\"$run_id\",/" | tee -a "$results"; }
bench() { nice -n 5 "$@" || echo "bench: $1 ${2:-} failed (exit $?)" >&2; } # keep going: report what ran
printf '{"bench":"meta","run":"%s","host":"%s","cpus":%s,"runs":%s,"frames":%s,"commit":"%s"}\n' "$run_id" \
    "$(hostname)" "$(nproc)" "$runs" "$frames" "$(git rev-parse --short HEAD)" | tee -a "$results"

note startup before
targets=("calibration-512x256=$out_dir/pano-512x256.jpg")
for size in 4096x2048 8192x4096 16384x8192; do targets+=("$size=$images/pano-$size.jpg"); done
targets+=("gallery-multires=$out_dir/gallery/config.json")
[[ ! -f $pyramid32/config.json ]] || targets+=("pyramid-32768x16384=$pyramid32/config.json")
bench python3 bench/startup.py --cloudtour "$build/viewer/cloudtour" --runs "$runs" "${targets[@]}" | emit
note startup after

note decode before
bench "$build/bench/cloudtour_decode_bench" --runs "$runs" "$images"/pano-{4096x2048,8192x4096,16384x8192}.jpg | emit
note decode after

note frame before
bench "$build/bench/cloudtour_frame_bench" --frames "$frames" "$images/pano-8192x4096.jpg" \
    "$images/pano-16384x8192.jpg" | emit
note frame after

note switch before
bench "$build/bench/cloudtour_switch_bench" switch --runs "$runs" | emit
note switch after

note memory before
for target in "$images"/pano-{4096x2048,8192x4096,16384x8192}.jpg "$out_dir/gallery/config.json" \
    "$pyramid32/config.json"; do
    if [[ -f $target ]]; then bench "$build/bench/cloudtour_switch_bench" memory "$target" | emit; fi
done
note memory after

note pan before
for target in "$images/pano-16384x8192.jpg" "$out_dir/gallery/config.json" "$pyramid32/config.json"; do
    if [[ -f $target ]]; then bench "$build/bench/cloudtour_switch_bench" pan "$target" --frames "$frames" | emit; fi
done
note pan after

echo
python3 bench/summary.py "$results" "$run_id"
echo
echo "results: $results (run $run_id)"
