#!/usr/bin/env bash
# Builds and runs the libFuzzer targets of fuzz/ (docs/RELIABILITY.md).
#
#   tools/fuzz.sh short                      CI: build, seed, run every target for FUZZ_SHORT_SECONDS
#                                            (default 25) each; fails on any crash, leak or timeout
#   tools/fuzz.sh long [SECONDS|-runs=N] [TARGET...]
#                                            one target after the other, each for SECONDS (default 3600)
#                                            or N executions (in sessions of FUZZ_SESSION_RUNS, default
#                                            1000000, on the same corpus); logs in build/fuzz/logs/
#   tools/fuzz.sh build                      only build the fuzz preset and the seed corpora
#
# Targets: tour pannellum marzipano image paths. Corpora grow in build/fuzz/corpus/<target>/,
# crashing inputs land in build/fuzz/artifacts/<target>/; nothing is written in the source tree.
# Fuzzers run under `nice -n ${FUZZ_NICE:-10}` on one core. Set CLOUDTOUR_BUILD_LOCK to a lock file
# to build under flock (when several people share one build tree).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build/fuzz
all_targets=(tour pannellum marzipano image paths)

# Largest input per target: whole small tours, images up to ~100 KB, one path.
max_len() {
    case $1 in
    image) echo 102400 ;;
    paths) echo 1024 ;;
    *) echo 8192 ;;
    esac
}

dict() {
    case $1 in
    image) echo "$root/fuzz/image.dict" ;;
    paths) echo "$root/fuzz/paths.dict" ;;
    *) echo "$root/fuzz/json.dict" ;;
    esac
}

build_fuzzers() {
    local lock=()
    [[ -n "${CLOUDTOUR_BUILD_LOCK:-}" ]] && lock=(flock "$CLOUDTOUR_BUILD_LOCK")
    if [[ ! -f "$build/build.ninja" ]]; then
        "${lock[@]}" cmake --preset fuzz -S "$root" >/dev/null
    fi
    "${lock[@]}" cmake --build "$build" --target cloudtour_fuzzers -j "$(nproc)"
    # What is fuzzed: the commit, and the files that differed from it when the targets were built.
    {
        echo "commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
        git -C "$root" status --short engine fuzz 2>/dev/null
    } >"$build/source.txt"
    python3 "$root/fuzz/make-seeds.py" --out "$build/corpus"
}

# run_target TARGET LOG LIBFUZZER-OPTIONS...: one fuzzing session; libFuzzer's status is returned.
run_target() {
    local target=$1 log=$2
    shift 2
    mkdir -p "$build/artifacts/$target" "$build/corpus/$target" "$(dirname "$log")"
    echo "== fuzz $target: $* (log: ${log#"$root"/})"
    cp "$build/source.txt" "$log.source"
    local status=0
    nice -n "${FUZZ_NICE:-10}" "$build/fuzz/fuzz_$target" \
        -max_len="$(max_len "$target")" -rss_limit_mb=2048 -malloc_limit_mb=1024 -timeout=20 \
        -dict="$(dict "$target")" -artifact_prefix="$build/artifacts/$target/" -print_final_stats=1 \
        "$@" "$build/corpus/$target" >"$log" 2>&1 || status=$?
    summarise "$target" "$log"
    if [[ $status -ne 0 ]]; then
        echo "!! fuzz $target FAILED (exit $status): the input is in ${build#"$root"/}/artifacts/$target/" >&2
        grep -m 5 -E "ERROR|SUMMARY|cloudtour fuzz:|Test unit written" "$log" >&2 || true
    fi
    return $status
}

# One line per session from libFuzzer's own output: executions, speed, coverage, corpus.
summarise() {
    local target=$1 log=$2 runs speed last
    runs=$(grep -oP 'stat::number_of_executed_units:\s+\K[0-9]+' "$log" | tail -1)
    speed=$(grep -oP 'stat::average_exec_per_sec:\s+\K[0-9]+' "$log" | tail -1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9]+[a-zA-Z]*' || true)
    echo "   $target: ${runs:-?} executions, ${speed:-?} exec/s, ${last:-no coverage line}"
}

mode=${1:-}
case $mode in
build)
    build_fuzzers
    ;;
short)
    build_fuzzers
    failed=()
    for target in "${all_targets[@]}"; do
        run_target "$target" "$build/logs/short-$target.log" -max_total_time="${FUZZ_SHORT_SECONDS:-25}" ||
            failed+=("$target")
    done
    if [[ ${#failed[@]} -gt 0 ]]; then
        echo "fuzz: failed: ${failed[*]}" >&2
        exit 1
    fi
    echo "fuzz: every target ran clean"
    ;;
long)
    shift
    seconds=3600 runs=0
    if [[ "${1:-}" =~ ^[0-9]+$ ]]; then
        seconds=$1
        shift
    elif [[ "${1:-}" =~ ^-runs=([0-9]+)$ ]]; then
        runs=${BASH_REMATCH[1]}
        shift
    fi
    targets=("$@")
    [[ ${#targets[@]} -eq 0 ]] && targets=("${all_targets[@]}")
    build_fuzzers
    stamp=$(date +%Y%m%d-%H%M%S)
    status=0
    for target in "${targets[@]}"; do
        if [[ $runs -eq 0 ]]; then
            run_target "$target" "$build/logs/long-$target-$stamp.log" -max_total_time="$seconds" || status=1
            continue
        fi
        # A number of executions runs in sessions of FUZZ_SESSION_RUNS (default a million) on the
        # same corpus: one long process grows (fuzz_pannellum reached 1 GB resident after a million
        # executions, +0.5 GB per million) until the RSS limit would stop it with a false out-of-memory.
        left=$runs session=1 executed=0
        while [[ $left -gt 0 ]]; do
            step=$((left < ${FUZZ_SESSION_RUNS:-1000000} ? left : ${FUZZ_SESSION_RUNS:-1000000}))
            log=$build/logs/long-$target-$stamp-$(printf %02d $session).log
            run_target "$target" "$log" -runs="$step" || {
                status=1
                break
            }
            executed=$((executed + $(grep -oP 'stat::number_of_executed_units:\s+\K[0-9]+' "$log" | tail -1)))
            left=$((left - step)) session=$((session + 1))
        done
        echo "   $target: $executed executions in $((session - 1)) sessions"
    done
    exit $status
    ;;
*)
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
