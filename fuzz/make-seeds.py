#!/usr/bin/env python3
"""Builds the seed corpora of the fuzz targets: build/fuzz/corpus/<target>/ (tools/fuzz.sh calls it).

Seeds come from ../shared/data (real Pannellum configs, Marzipano data.js, small JPEG/PNG tiles; see
its MANIFEST.md), the repository's own tours (tests/data/tours, assets/sample), the catalogue of bad
inputs (tests/bad_inputs, when it exists), the inputs that once crashed a target
(tests/data/fuzz-regressions/<target>/) and a few images made here with ImageMagick from one small
photograph, so every decoder path (baseline, progressive, grey, CMYK, 16-bit, palette, interlaced)
has a starting point. Files are named by their SHA-1, as libFuzzer names what it adds, so running
this again adds nothing twice and keeps what the fuzzer found. Nothing is written outside the
output folder.

The image target reads two settings bytes before the file (fuzz/ImageLoaderFuzzer.cpp); its seeds
get a few different ones. The path target reads one policy byte before the path
(fuzz/PathResolverFuzzer.cpp).
"""

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_SEED_BYTES = 100 * 1024
IMAGE_MAGIC = (b"\xff\xd8", b"\x89PNG", b"GIF8", b"BM", b"RIFF", b"II*\0", b"MM\0*")
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff", ".avif", ".heic"}
# (first, second) settings bytes: scale 1/1 at 4 Mpx and 65536 px, 1/8 at 4 Mpx, 1/2 at 1 Mpx,
# and 1/1 at the smallest limits (64 px, 4096 px) so the refusals have seeds too.
IMAGE_SETTINGS = ((0, 0x0F), (3, 0x0F), (1, 0x0A), (0, 0x00))
POLICY_BYTES = (0x00, 0x01, 0x02, 0x05, 0x08, 0x10, 0x1B)
PATHS = [
    "scene.jpg", "sub/inner.png", "./sub/../scene.jpg", "../outside/secret.jpg", "out-link/secret.jpg",
    "out-link/../scene.jpg", "sub/../../outside/secret.jpg", "/etc/passwd", "//server/share/pano.jpg",
    "\\\\server\\share\\pano.jpg", "file:///etc/passwd", "http://example.com/pano.jpg",
    "https://example.com/", "HTTP://EXAMPLE.COM/a b", "javascript:alert(1)", "data:image/png;base64,AA==",
    "C:\\tours\\pano.jpg", "c:/pano.jpg", "sub\\inner.png", "~/pano.jpg", "$HOME/pano.jpg", "%2e%2e/x.jpg",
    "a\0b.jpg", "pano.jpg;rm -rf ~", "`id`.jpg", "$(id).jpg", "scene.jpg/", "////", ".", "..", "",
    "sub/./././inner.png", "loop/pano.jpg", "loop", "a" * 300, "../" * 40 + "etc/passwd", "\u00e9t\u00e9/\u6f22.jpg",
]


class Corpus:
    def __init__(self, out: Path, name: str):
        self.dir = out / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.added = 0

    def add(self, data: bytes):
        if len(data) > MAX_SEED_BYTES:
            return
        target = self.dir / hashlib.sha1(data).hexdigest()
        if not target.exists():
            target.write_bytes(data)
            self.added += 1


def files(folder: Path, patterns):
    if not folder.is_dir():
        return []
    found = set()
    for pattern in patterns:
        found.update(p for p in folder.rglob(pattern) if p.is_file())
    return sorted(found)


def is_image(path: Path, data: bytes) -> bool:
    return path.suffix.lower() in IMAGE_SUFFIXES or data.startswith(IMAGE_MAGIC)


def add_image(corpus: Corpus, data: bytes):
    for first, second in IMAGE_SETTINGS:
        corpus.add(bytes((first, second)) + data)


def path_strings(value, found):
    """Every string in a JSON value that looks like a file path (for the path target)."""
    if isinstance(value, dict):
        for item in value.values():
            path_strings(item, found)
    elif isinstance(value, list):
        for item in value:
            path_strings(item, found)
    elif isinstance(value, str) and re.search(r"[./\\]", value) and len(value) < 512:
        found.add(value)


def add_path(corpus: Corpus, path: str):
    for policy in POLICY_BYTES:
        corpus.add(bytes((policy,)) + path.encode("utf-8", "surrogateescape"))


def small_marzipanos(data_js: Path):
    """Cuts of a real export that fit the fuzzer's input size: the first two scenes, and each scene alone."""
    text = data_js.read_text(encoding="utf-8")
    match = re.search(r"var\s+(\w+)\s*=\s*(\{.*\})\s*;?\s*$", text, re.S)
    if not match:
        return []
    data = json.loads(match.group(2))
    scenes = data.get("scenes", [])
    cuts = [scenes[:2]] + [[scene] for scene in scenes[:4]]
    return [f"var {match.group(1)} = {json.dumps(dict(data, scenes=cut), indent=2)};\n".encode() for cut in cuts]


def made_images(shared: Path):
    """A few small variants of one photograph, one per decoder path; empty without ImageMagick."""
    source = shared / "pannellum/examples/examplepano-preview.jpg"
    convert = shutil.which("convert", path="/usr/bin")
    if convert is None or not source.is_file():
        print("make-seeds: /usr/bin/convert or the preview photograph is missing: no made images", file=sys.stderr)
        return []
    variants = {
        "baseline-420.jpg": ["-resize", "96x48!", "-sampling-factor", "2x2", "-quality", "80"],
        "baseline-444.jpg": ["-resize", "64x32!", "-sampling-factor", "1x1", "-quality", "90"],
        "progressive.jpg": ["-resize", "96x48!", "-interlace", "JPEG", "-quality", "75"],
        "grey.jpg": ["-resize", "64x32!", "-colorspace", "Gray"],
        "cmyk.jpg": ["-resize", "32x16!", "-colorspace", "CMYK"],
        "restart.jpg": ["-resize", "64x32!", "-define", "jpeg:restart-interval=1"],
        "odd-size.jpg": ["-resize", "33x17!"],
        "one-pixel.jpg": ["-resize", "1x1!"],
        "rgb.png": ["-resize", "64x32!"],
        "rgba.png": ["-resize", "32x16!", "-alpha", "on", "-channel", "A", "-evaluate", "set", "50%"],
        "grey.png": ["-resize", "32x16!", "-colorspace", "Gray"],
        "grey-alpha.png": ["-resize", "16x8!", "-colorspace", "Gray", "-alpha", "on"],
        "deep.png": ["-resize", "16x8!", "-depth", "16"],
        "palette.png": ["-resize", "32x16!", "-colors", "16", "-type", "Palette"],
        "interlaced.png": ["-resize", "32x16!", "-interlace", "PNG"],
        "one-bit.png": ["-resize", "16x8!", "-monochrome"],
        "picture.gif": ["-resize", "16x8!"],
        "picture.bmp": ["-resize", "16x8!"],
    }
    images = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, options in variants.items():
            out = Path(tmp) / name
            formats = {".png": "PNG:", ".jpg": "JPEG:", ".gif": "GIF:", ".bmp": "BMP:"}
            prefix = "PNG48:" if name == "deep.png" else formats[out.suffix]
            result = subprocess.run([convert, str(source), *options, "-strip", prefix + str(out)],
                                    capture_output=True)
            if result.returncode == 0 and out.is_file():
                images.append(out.read_bytes())
            else:
                print(f"make-seeds: convert could not make {name}: {result.stderr.decode().strip()}",
                      file=sys.stderr)
    return images


def shared_images(shared: Path):
    """The smallest few real tiles and faces of each kind (JPEG and PNG, full and partial edge tiles)."""
    picks = []
    for folder in ["pannellum/examples/multires/1", "pannellum/examples/multires/fallback",
                   "pannellum.org/static/images/multires/gallery/5", "pannellum.org/static/images/multires/library/3",
                   "photo-sphere-viewer/example/test-cubemap", "Manastirea/app-files/tiles"]:
        found = sorted(files(shared / folder, ["*.jpg", "*.png"]), key=lambda p: p.stat().st_size)
        picks += found[:2] + found[len(found) // 2:len(found) // 2 + 1]
    picks.append(shared / "pannellum/examples/examplepano-preview.jpg")
    return [p.read_bytes() for p in picks if p.is_file()]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build/fuzz/corpus")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared/data")
    args = parser.parse_args()
    corpora = {name: Corpus(args.out, name) for name in ("tour", "pannellum", "marzipano", "image", "paths")}
    shared = args.shared
    paths = set(PATHS)

    own_tours = files(ROOT / "tests/data/tours", ["*.json"]) + files(ROOT / "assets/sample", ["tour.json"])
    pannellum = files(shared, ["*.json"])
    for path in own_tours + pannellum:
        data = path.read_bytes()
        corpora["tour"].add(data)
        corpora["pannellum"].add(data)
        try:
            path_strings(json.loads(data.decode("utf-8-sig")), paths)
        except ValueError:
            pass
    for path in files(shared, ["data.js"]):
        corpora["marzipano"].add(path.read_bytes())
        for small in small_marzipanos(path):
            corpora["marzipano"].add(small)

    # The catalogue of bad inputs: each file goes to the targets that read its kind.
    for path in files(ROOT / "tests/bad_inputs", ["*"]):
        data = path.read_bytes()
        if is_image(path, data):
            add_image(corpora["image"], data)
        elif path.suffix == ".js":
            corpora["marzipano"].add(data)
        else:
            corpora["tour"].add(data)
            corpora["pannellum"].add(data)

    # Inputs that once crashed a target (tests/data/fuzz-regressions/<target>/) stay in its corpus.
    for name, corpus in corpora.items():
        for path in files(ROOT / "tests/data/fuzz-regressions" / name, ["*"]):
            if name == "image":
                add_image(corpus, path.read_bytes())
            else:
                corpus.add(path.read_bytes())

    for data in shared_images(shared) + made_images(shared):
        add_image(corpora["image"], data)
    for path in sorted(paths):
        add_path(corpora["paths"], path)

    for name, corpus in corpora.items():
        total = sum(1 for _ in corpus.dir.iterdir())
        print(f"make-seeds: {name}: {corpus.added} seeds added, {total} files in {corpus.dir}")


if __name__ == "__main__":
    main()
