#!/usr/bin/env python3
"""Markdown summary of one bench/run.sh run, with the peers' figures from
../shared/bench/peers/README.md (RESULTS, measured 2026-11-22 on the same machine) beside ours.
Usage: summary.py RESULTS.jsonl [RUN_ID] [--peers PEERS.jsonl]   (default: the last run in the file)
--peers takes the peers' figures from a run of ../shared/bench/peers/bench.mjs (its `median` lines),
so both sides come from the same session; without it, the README's figures below are used."""
import json
import sys

# Fastest peer per image (first frame ms, fps while panning) and the lowest renderer + GPU MB.
PEERS = {
    "4096x2048": {"first": (793, "pannellum"), "fps": (13.4, "marzipano"), "mem": (216 + 304, "pannellum")},
    "8192x4096": {"first": (1506, "pannellum"), "fps": (13.9, "marzipano"), "mem": (474 + 550, "pannellum")},
    "16384x8192": {"first": (3300, "photo-sphere-viewer, at half resolution"), "fps": (10.7, "photo-sphere-viewer"),
                   "mem": (484 + 754, "photo-sphere-viewer")},
}
TARGET_FIRST = 1506 / 5
TARGET_FULL = 1506 / 3
TARGET_FPS = 13.9 * 3
TARGET_QUAD = 1.3
TARGET_MEM = (474 + 550) / 2


def load_peers(path):
    """Fastest first frame and fps, lowest renderer + GPU MB, per image, from bench.mjs medians."""
    global PEERS, TARGET_FIRST, TARGET_FULL, TARGET_FPS, TARGET_MEM
    medians = [json.loads(line) for line in open(path) if '"kind":"median"' in line]
    PEERS = {}
    for m in medians:
        if not m.get("okRuns"):
            continue
        label = f"{m['width']}x{m['height']}"
        entry = PEERS.setdefault(label, {})
        name = m["viewerLabel"] + (" (downscaled)" if m.get("notes") else "")
        if "first" not in entry or m["firstFrameMs"] < entry["first"][0]:
            entry["first"] = (m["firstFrameMs"], name)
        if "fps" not in entry or m["fps"] > entry["fps"][0]:
            entry["fps"] = (m["fps"], name)
        mem = m["rendererPeakMB"] + m["gpuPeakMB"]
        if "mem" not in entry or mem < entry["mem"][0]:
            entry["mem"] = (mem, name)
    eight = PEERS["8192x4096"]
    TARGET_FIRST = eight["first"][0] / 5
    TARGET_FULL = eight["first"][0] / 3
    TARGET_FPS = eight["fps"][0] * 3
    TARGET_MEM = eight["mem"][0] / 2


def fmt(value, digits=0):
    return "–" if value is None else f"{value:.{digits}f}"


def verdict(ok, ours, target, unit, lower_is_better=True):
    if ours is None:
        return "not measured"
    if ok:
        return f"**met** ({ours:.1f} {unit} vs {target:.1f})"
    miss = ours / target if lower_is_better else target / ours
    return f"**missed** by {miss:.2f}x ({ours:.1f} {unit} vs {target:.1f})"


def main():
    args = sys.argv[1:]
    if "--peers" in args:
        at = args.index("--peers")
        load_peers(args[at + 1])
        print(f"Peers: {args[at + 1]}\n")
        del args[at : at + 2]
    rows = [json.loads(line) for line in open(args[0]) if line.startswith("{")]
    run = args[1] if len(args) > 1 else [r["run"] for r in rows if "run" in r][-1]
    rows = [r for r in rows if r.get("run") == run]
    by = lambda kind: [r for r in rows if r["bench"] == kind]

    print(f"## Run {run}\n")
    print("| part | load before (1/5/15 min) | load after |\n|---|---|---|")
    loads = by("load")
    for part in dict.fromkeys(r["part"] for r in loads):
        get = lambda when: next((r["loadavg"] for r in loads if r["part"] == part and r["when"] == when), None)
        print(f"| {part} | {get('before')} | {get('after')} |")

    print("\n### 1. Process start to first frame and to full resolution (1920x1080, median)\n")
    print("| panorama | first frame ms | full resolution ms | peak RSS MB | fastest peer first frame ms |")
    print("|---|---|---|---|---|")
    startup = {r["label"]: r for r in by("startup")}
    for label, r in startup.items():
        peer = PEERS.get(label, {}).get("first")
        print(f"| {label} | {fmt(r['first_frame_ms'])} | {fmt(r['full_resolution_ms'])} | {fmt(r['peak_rss_mb'])} | "
              f"{f'{peer[0]} ({peer[1]})' if peer else '–'} |")

    print("\n### 2. Decode throughput (one file in memory, median)\n")
    print("| image | ours ms | ours Mpx/s | stb_image ms | stb_image Mpx/s | ours 1/8 preview ms |")
    print("|---|---|---|---|---|---|")
    for r in by("decode"):
        print(f"| {r['width']}x{r['height']} | {fmt(r['ours_ms'])} | {fmt(r['ours_mpx_s'])} | {fmt(r['stb_ms'])} | "
              f"{fmt(r['stb_mpx_s'])} | {fmt(r['preview_1_8_ms'])} |")

    print("\n### 3. Frame time at 1920x1080 (glFinish per frame)\n")
    print("| case | frames | median ms | p99 ms | fps (1000/median) | vs plain quad |")
    print("|---|---|---|---|---|---|")
    frames = {r["case"]: r for r in by("frame")}
    for case, r in frames.items():
        print(f"| {case} | {r['frames']} | {fmt(r['median_ms'], 2)} | {fmt(r['p99_ms'], 2)} | {fmt(r['fps_median'], 1)} | "
              f"{fmt(r.get('vs_quad'), 2)} |")

    print("\n### 4. Scene switch (sample tour, entrance -> chamber, median)\n")
    print("| neighbour prepared | to new scene shown ms | frames before shown | to full resolution ms |")
    print("|---|---|---|---|")
    for r in by("switch"):
        print(f"| {'yes' if r['preloading'] else 'no'} | {fmt(r['to_shown_ms'], 1)} | {fmt(r['frames_before_shown'])} | "
              f"{fmt(r['to_full_resolution_ms'], 1)} |")

    print("\n### 5. Memory (scene opened at 1920x1080 and loaded to full resolution)\n")
    print("| panorama | GPU MB (Renderer::gpuBytes) | peak RSS MB (bench process) |\n|---|---|---|")
    for r in by("memory"):
        print(f"| {r['file'].split('/')[-2] if r['file'].endswith('config.json') else r['file'].split('/')[-1]} | "
              f"{r['gpu_bytes'] / 2**20:.1f} | {r['peak_rss_kb'] / 1024:.0f} |")

    print("\n### 6. Pan at 1920x1080 as the viewer draws it (update + draw + glFinish, tiles loading included)\n")
    print("| panorama | frames | median ms | p99 ms | fps (1000/median) | texels around | GPU MB | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|")
    for r in by("pan"):
        name = r['file'].split('/')[-2] if r['file'].endswith('config.json') else r['file'].split('/')[-1]
        print(f"| {name} | {r['frames']} | {fmt(r['median_ms'], 2)} | {fmt(r['p99_ms'], 2)} | {fmt(r['fps_median'], 1)} | "
              f"{r['pixels_around']} | {r['gpu_bytes'] / 2**20:.1f} | {r['peak_rss_kb'] / 1024:.0f} |")

    print("\n### Targets (8192x4096)\n")
    eight = startup.get("8192x4096", {})
    first, full, rss = eight.get("first_frame_ms"), eight.get("full_resolution_ms"), eight.get("peak_rss_mb")
    idle = frames.get("equirect-idle", {})
    fps, ratio = idle.get("fps_median"), idle.get("vs_quad")
    print(f"- first frame <= {TARGET_FIRST:.0f} ms: {verdict(first is not None and first <= TARGET_FIRST, first, TARGET_FIRST, 'ms')}")
    print(f"- full resolution <= {TARGET_FULL:.0f} ms: {verdict(full is not None and full <= TARGET_FULL, full, TARGET_FULL, 'ms')}")
    print(f"- fps >= {TARGET_FPS:.1f}: {verdict(fps is not None and fps >= TARGET_FPS, fps, TARGET_FPS, 'fps', False)}")
    print(f"- frame time <= {TARGET_QUAD} x plain quad: {verdict(ratio is not None and ratio <= TARGET_QUAD, ratio, TARGET_QUAD, 'x')}")
    print(f"- peak memory <= {TARGET_MEM:.0f} MB: {verdict(rss is not None and rss <= TARGET_MEM, rss, TARGET_MEM, 'MB')}")


if __name__ == "__main__":
    main()
