#!/usr/bin/env python3
"""Time from process start to the first frame showing the panorama and to the full-resolution frame.

Spawns `cloudtour view FILE --timing --frames 3 --size 1920x1080` on SDL's offscreen driver. The
viewer prints `cloudtour-timing EVENT SECONDS` on the monotonic clock, the same clock as
time.monotonic(), which is read just before the spawn. Peak RSS comes from os.wait4's rusage.
Usage: startup.py --cloudtour BIN --runs N LABEL=FILE...   (one JSON line per target on stdout)
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time


def run_with_rss(binary, target):
    """One run; os.wait4 on the child's pid gives its own peak RSS (the subprocess module would
    otherwise reap it without keeping the rusage)."""
    env = dict(os.environ, SDL_VIDEODRIVER="offscreen")
    args = [binary, "view", target, "--timing", "--frames", "3", "--size", "1920x1080"]
    start = time.monotonic()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    watchdog = threading.Timer(300, proc.kill)  # a hung viewer fails its run instead of the bench
    watchdog.start()
    out = proc.stdout.read()  # until the viewer exits and closes its stdout
    watchdog.cancel()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)  # tell Popen the child is reaped
    end = time.monotonic()
    events = {}
    for line in out.decode(errors="replace").splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "cloudtour-timing":
            events[parts[1]] = float(parts[2]) - start
    return {"status": proc.returncode, "events": events, "wall": end - start, "maxrss_kb": usage.ru_maxrss}


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cloudtour", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("targets", nargs="+", help="LABEL=FILE")
    args = parser.parse_args()
    for spec in args.targets:
        label, target = spec.split("=", 1)
        runs = []
        for _ in range(args.runs):
            runs.append(run_with_rss(args.cloudtour, target))
        first = [r["events"].get("first-panorama") for r in runs]
        full = [r["events"].get("full-resolution") for r in runs]
        ok = all(r["status"] == 0 and "first-panorama" in r["events"] for r in runs)
        record = {
            "bench": "startup", "label": label, "file": target, "runs": args.runs, "ok": ok,
            "first_frame_ms": round(median(first) * 1000, 1) if median(first) is not None else None,
            "full_resolution_ms": round(median(full) * 1000, 1) if median(full) is not None else None,
            "peak_rss_mb": round(median([r["maxrss_kb"] for r in runs]) / 1024, 1),
            "first_frame_ms_all": [round(v * 1000, 1) if v is not None else None for v in first],
            "full_resolution_ms_all": [round(v * 1000, 1) if v is not None else None for v in full],
            "peak_rss_mb_all": [round(r["maxrss_kb"] / 1024, 1) for r in runs],
            "exit_codes": [r["status"] for r in runs],
        }
        print(json.dumps(record), flush=True)
        print(f"startup {label}: first {record['first_frame_ms']} ms, full {record['full_resolution_ms']} ms, "
              f"rss {record['peak_rss_mb']} MB", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
