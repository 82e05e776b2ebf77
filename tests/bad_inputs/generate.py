#!/usr/bin/env python3
"""Builds the catalogue of bad inputs (tests/bad_inputs/cases.json) as files, one folder per case.

    python3 tests/bad_inputs/generate.py OUT        # e.g. build/dev/bad_inputs
    python3 tests/bad_inputs/generate.py --table    # the catalogue as the Markdown table in docs/LIMITS.md
    python3 tests/bad_inputs/generate.py --check-table docs/LIMITS.md   # exit 1 if the doc's table differs

Every fixture is crafted here byte by byte with the standard library only (zlib, struct, json), so
nothing binary is committed and the same bytes come out on every machine. The layout:

    OUT/<case id>/          what the viewer opens (usually tour.json, with its images)
    OUT/_outside/           files outside every case folder, for '..' and symbolic-link cases
    OUT/seeds/tour/<id>     each case's tour file, and OUT/seeds/image/<id> its first odd image,
                            flat, for fuzzers to start from
    OUT/manifest.json       cases.json as used, with the folder each case lives in

OUT is emptied first, but only if it was made by this script (it holds .cloudtour-bad-inputs).
"""

import json
import os
import shutil
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
MARKER = ".cloudtour-bad-inputs"

# Flat colours the catalogue test looks for in the centre of the rendered frame.
GOOD = (40, 140, 200)  # the scene that is always fine
BAD = (200, 120, 40)  # the case's own image, when it is one the viewer should show
OUTSIDE = (120, 200, 60)  # an image outside the case folder


# --------------------------------------------------------------------------------------------
# PNG, written chunk by chunk


def png_chunk(kind, data, bad_crc=False):
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    if bad_crc:
        crc ^= 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def ihdr(width, height, depth=8, color=2, interlace=0):
    return png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, depth, color, 0, 0, interlace))


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ADAM7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]


def png_rows(width, height, pixel, interlace):
    """Filter-type-0 rows of a flat image; Adam7 passes one after another when interlaced."""
    if not interlace:
        return (b"\x00" + pixel * width) * height
    raw = b""
    for x0, y0, dx, dy in ADAM7:
        pass_width = (width - x0 + dx - 1) // dx if width > x0 else 0
        pass_height = (height - y0 + dy - 1) // dy if height > y0 else 0
        if pass_width and pass_height:
            raw += (b"\x00" + pixel * pass_width) * pass_height
    return raw


def png(width, height, rgb=BAD, depth=8, color=2, interlace=0, bad_crc=False):
    """A flat-coloured PNG: RGB (color 2), grey+alpha (4), RGBA (6) or palette (3), 8 or 16 bits."""
    chunks = [ihdr(width, height, depth, color, interlace)]
    if color == 3:
        palette = bytes([0, 0, 0]) * 3 + bytes(rgb) + bytes([255, 255, 255])
        chunks.append(png_chunk(b"PLTE", palette))
        pixel = bytes([3])
    else:
        grey = (rgb[0] * 299 + rgb[1] * 587 + rgb[2] * 114) // 1000
        samples = {2: list(rgb), 4: [grey, 255], 6: list(rgb) + [255], 0: [grey]}[color]
        pixel = b"".join(struct.pack(">H", v * 257) if depth == 16 else bytes([v]) for v in samples)
    idat = zlib.compress(png_rows(width, height, pixel, interlace), 9)
    chunks.append(png_chunk(b"IDAT", idat, bad_crc))
    chunks.append(png_chunk(b"IEND", b""))
    return PNG_SIGNATURE + b"".join(chunks)


def png_header_only(width, height):
    """A signature and an IHDR claiming any size, then one tiny IDAT: nothing to back the claim."""
    return PNG_SIGNATURE + ihdr(width, height) + png_chunk(b"IDAT", zlib.compress(b"\x00" * 16)) + png_chunk(
        b"IEND", b"")


def png_bomb(inflated_bytes):
    """A 1x1 RGB PNG whose IDAT inflates to `inflated_bytes` of zeros (about 1000:1)."""
    squeeze = zlib.compressobj(9)
    parts = [squeeze.compress(b"\x00" + bytes(BAD))]
    block = b"\x00" * (1 << 20)
    for _ in range(inflated_bytes // len(block)):
        parts.append(squeeze.compress(block))
    parts.append(squeeze.flush())
    return PNG_SIGNATURE + ihdr(1, 1) + png_chunk(b"IDAT", b"".join(parts)) + png_chunk(b"IEND", b"")


# --------------------------------------------------------------------------------------------
# JPEG: flat 8x8 blocks (DC only), baseline or progressive, with hand-made Huffman tables


class BitWriter:
    def __init__(self):
        self.bits = []

    def put(self, value, length):
        self.bits.extend((value >> (length - 1 - i)) & 1 for i in range(length))

    def bytes(self):
        bits = self.bits + [1] * (-len(self.bits) % 8)  # pad with ones, as the standard says
        out = bytearray()
        for i in range(0, len(bits), 8):
            byte = int("".join(map(str, bits[i:i + 8])), 2)
            out.append(byte)
            if byte == 0xFF:
                out.append(0x00)  # byte stuffing
        return bytes(out)


def segment(marker, payload):
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


# DC table 0: categories 0..15, each a 5-bit code equal to the category. AC table 0: one symbol,
# 0x00 (end of block), coded as the single bit 0.
DHT = segment(0xC4, b"\x00" + bytes([0, 0, 0, 0, 16] + [0] * 11) + bytes(range(16)) +
              b"\x10" + bytes([1] + [0] * 15) + b"\x00")


def dc_code(writer, diff):
    magnitude = abs(diff)
    category = magnitude.bit_length()
    writer.put(category, 5)
    if category:
        writer.put(diff if diff > 0 else diff + (1 << category) - 1, category)


def ycc(rgb):
    r, g, b = rgb
    return (0.299 * r + 0.587 * g + 0.114 * b, -0.1687 * r - 0.3313 * g + 0.5 * b + 128,
            0.5 * r - 0.4187 * g - 0.0813 * b + 128)


def block_values(width, height, rgb, components, gradient):
    """The DC coefficient of each 8x8 block, per component (quantisation table of ones)."""
    columns, rows = (width + 7) // 8, (height + 7) // 8
    values = []
    for row in range(rows):
        for column in range(columns):
            if gradient:
                shade = ((row * 37 + column * 11) % 200) + 28
                colour = (shade, 255 - shade, (shade * 3) % 256)
            else:
                colour = rgb
            levels = {1: [ycc(colour)[0]], 3: list(ycc(colour)), 4: [255 - c for c in colour] + [0]}[components]
            values.append([round(8 * (v - 128)) for v in levels])
    return values


def jpeg(width, height, rgb=BAD, components=3, precision=8, progressive_scans=None, adobe=False, gradient=False,
         sof_size=None, header_only=False):
    """A JPEG of flat 8x8 blocks. `progressive_scans` lists (component or None, Ss, Se, Ah, Al) for an
    SOF2 file; `sof_size` writes another size into the frame header than the one encoded."""
    soi = b"\xFF\xD8"
    app = segment(0xEE, b"Adobe" + bytes([0, 100, 0, 0, 0, 0, 0])) if adobe else segment(
        0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    if precision == 8:
        dqt = segment(0xDB, b"\x00" + bytes([1] * 64))
    else:
        dqt = segment(0xDB, b"\x10" + struct.pack(">64H", *([1] * 64)))
    frame_width, frame_height = sof_size or (width, height)
    sof_marker = 0xC2 if progressive_scans else (0xC1 if precision != 8 else 0xC0)
    sof = segment(sof_marker, struct.pack(">BHHB", precision, frame_height, frame_width, components) +
                  b"".join(bytes([c + 1, 0x11, 0]) for c in range(components)))
    values = block_values(width, height, rgb, components, gradient)
    out = soi + app + dqt + sof + DHT
    if header_only:
        return out + sos_header(list(range(components)), 0, 63, 0, 0)
    if not progressive_scans:
        return out + sos_header(list(range(components)), 0, 63, 0, 0) + baseline_data(values, components) + b"\xFF\xD9"
    for component, ss, se, ah, al in progressive_scans:
        chosen = list(range(components)) if component is None else [component]
        out += sos_header(chosen, ss, se, ah, al) + progressive_data(values, chosen, ss, ah, al)
    return out + b"\xFF\xD9"


def sos_header(components, ss, se, ah, al):
    return segment(0xDA, bytes([len(components)]) + b"".join(bytes([c + 1, 0x00]) for c in components) +
                   bytes([ss, se, (ah << 4) | al]))


def baseline_data(values, components):
    writer = BitWriter()
    previous = [0] * components
    for block in values:
        for c in range(components):
            dc_code(writer, block[c] - previous[c])
            previous[c] = block[c]
            writer.put(0, 1)  # end of block: every AC coefficient is zero
    return writer.bytes()


def progressive_data(values, components, ss, ah, al):
    writer = BitWriter()
    previous = {c: 0 for c in components}
    for block in values:
        for c in components:
            if ss > 0:
                writer.put(0, 1)  # EOB: no AC coefficient in this band is ever non-zero
            elif ah == 0:
                value = block[c] >> al
                dc_code(writer, value - previous[c])
                previous[c] = value
            else:
                writer.put((block[c] >> al) & 1, 1)  # DC refinement: the next bit down
    return writer.bytes()


def many_scans(components):
    """A valid progression with 1 + 14 * 63 * components scans: every AC band of every component
    on its own, then refined one bit at a time from bit 13 down (LJT-01-003's shape)."""
    scans = [(None, 0, 0, 0, 0)]
    scans += [(c, k, k, 0, 13) for k in range(1, 64) for c in range(components)]
    scans += [(c, k, k, a, a - 1) for a in range(13, 0, -1) for k in range(1, 64) for c in range(components)]
    return scans


# --------------------------------------------------------------------------------------------
# Other formats: enough of each for the viewer to recognise and name it


def gif():
    return (b"GIF89a" + struct.pack("<HHBBB", 1, 1, 0x80, 0, 0) + bytes(BAD) + b"\x00\x00\x00" +
            b"\x2C" + struct.pack("<HHHHB", 0, 0, 1, 1, 0) + b"\x02\x02\x44\x01\x00\x3B")


def bmp():
    pixels = bytes(reversed(BAD)) + b"\x00"  # one BGR pixel, rows padded to 4 bytes
    return (b"BM" + struct.pack("<IHHI", 14 + 40 + len(pixels), 0, 0, 54) +
            struct.pack("<IiiHHIIiiII", 40, 1, 1, 1, 24, 0, len(pixels), 2835, 2835, 0, 0) + pixels)


def webp():
    return b"RIFF" + struct.pack("<I", 26) + b"WEBPVP8L" + struct.pack("<I", 13) + b"\x2F" + b"\x00" * 12 + b"\x00"


def tiff():
    return b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 0) + b"\x00" * 4


def iso_media(brand):
    return struct.pack(">I", 24) + b"ftyp" + brand + b"\x00\x00\x00\x00" + b"mif1" + brand


# --------------------------------------------------------------------------------------------
# Tours


def scene(scene_id, image, hotspots=None, **extra):
    value = {"id": scene_id, "panorama": {"type": "equirect", "image": image}}
    if hotspots is not None:
        value["hotspots"] = hotspots
    value.update(extra)
    return value


def tour_json(scenes, **top):
    return json.dumps(dict(top, scenes=scenes), indent=2, ensure_ascii=False).encode("utf-8") + b"\n"


def two_scenes(bad_image):
    """The shape of every path and image case: the case's scene first, linked to a fine one."""
    link = {"id": "to-good", "type": "scene", "yaw": -60, "pitch": -20, "target": "good"}
    return tour_json([scene("bad", bad_image, [link]), scene("good", "good.png")])


def good_tour():
    return tour_json([scene("good", "good.png", [
        {"id": "info", "type": "info", "yaw": 10, "pitch": 0, "title": "A note", "text": "Fine."}])])


def write(folder, name, data):
    path = os.path.join(folder, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as out:
        out.write(data)


# Each builder fills its case folder. Every folder also gets good.png, the fine scene's image.

def with_tour(text):
    return lambda folder: write(folder, "tour.json", text)


def with_image(name, data, tour_image=None):
    def build(folder):
        write(folder, name, data)
        write(folder, "tour.json", two_scenes(tour_image or name))
    return build


def with_path(written, extra=None):
    def build(folder):
        write(folder, "tour.json", two_scenes(written))
        for name, data in (extra or {}).items():
            write(folder, name, data)
    return build


def nested(depth):
    return b'{"scenes": [{"id": "good", "panorama": {"type": "equirect", "image": "good.png"}, "x": ' + \
        b"[" * depth + b"]" * depth + b"}]}\n"


def truncated_tour():
    text = two_scenes("bad.png")
    return text[:text.index(b'"good"') + 4]


def scene_count(count):
    return tour_json([scene("good" if i == 0 else "s%d" % i, "good.png") for i in range(count)])


def hotspot_count(count):
    spots = [{"id": "h%d" % i, "type": "info", "yaw": i % 360 - 180, "pitch": 0, "title": "t"} for i in range(count)]
    return tour_json([scene("good", "good.png", spots)])


def symlink(name, target):
    def build(folder):
        write(folder, "tour.json", two_scenes(name))
        os.symlink(target, os.path.join(folder, name))
    return build


def symlink_loop(folder):
    write(folder, "tour.json", two_scenes("a.png"))
    os.symlink("b.png", os.path.join(folder, "a.png"))
    os.symlink("a.png", os.path.join(folder, "b.png"))


def multires_missing_tiles(folder):
    """A pyramid of 1-pixel tiles: 16 million per face at its finest level, none of them there."""
    pyramid = {"type": "multires", "basePath": "tiles", "path": "/%l/%s%y_%x", "extension": "png",
               "tileResolution": 1, "maxLevel": 13, "cubeResolution": 4096}
    os.makedirs(os.path.join(folder, "tiles"))
    link = {"id": "to-good", "type": "scene", "yaw": -60, "pitch": -20, "target": "good"}
    write(folder, "tour.json", tour_json([{"id": "bad", "panorama": pyramid, "hotspots": [link]},
                                          scene("good", "good.png")]))


def folder_as_image(folder):
    os.makedirs(os.path.join(folder, "pano.png"))
    write(folder, "tour.json", two_scenes("pano.png"))


def cube_with_bad_face(folder):
    for face in ["front", "right", "back", "left", "up"]:
        write(folder, face + ".png", png(16, 16))
    write(folder, "down.png", b"")
    faces = [f + ".png" for f in ["front", "right", "back", "left", "up", "down"]]
    link = {"id": "to-good", "type": "scene", "yaw": -60, "pitch": -20, "target": "good"}
    write(folder, "tour.json", tour_json([{"id": "bad", "panorama": {"type": "cube", "faces": faces},
                                           "hotspots": [link]}, scene("good", "good.png")]))


def url_hotspots(folder):
    spots = [{"id": "js", "type": "url", "yaw": 0, "pitch": 0, "url": "javascript:alert(1)"},
             {"id": "file", "type": "url", "yaw": 20, "pitch": 0, "url": "file:///etc/passwd"},
             {"id": "web", "type": "url", "yaw": 40, "pitch": 0, "url": "https://example.org/"}]
    write(folder, "tour.json", tour_json([scene("good", "good.png", spots)]))


def shell_case(name):
    def build(folder):
        write(folder, "tour.json", two_scenes(name))
        write(folder, "x", b"if the path went through a shell, this file would be gone\n")
    return build


def utf16(encoding, bom):
    return lambda folder: write(folder, "tour.json", bom + good_tour().decode("utf-8").encode(encoding))


TOUR_BUILDERS = {
    "tour-empty": with_tour(b""),
    "tour-whitespace": with_tour(b" \n\t\r\n  "),
    "tour-truncated": with_tour(truncated_tour()),
    "tour-trailing-comma-array": with_tour(b'{"scenes": [\n  {"id": "good", "panorama": {"type": "equirect", '
                                           b'"image": "good.png"}},\n]}\n'),
    "tour-trailing-comma-object": with_tour(b'{"scenes": [\n  {"id": "good", "panorama": {"type": "equirect", '
                                            b'"image": "good.png"},}\n]}\n'),
    "tour-line-comment": with_tour(b'// the tour\n' + good_tour()),
    "tour-block-comment": with_tour(b'{"scenes": /* the only one */ [{"id": "good", "panorama": {"type": '
                                    b'"equirect", "image": "good.png"}}]}\n'),
    "tour-utf16le-bom": utf16("utf-16-le", b"\xFF\xFE"),
    "tour-utf16le-no-bom": utf16("utf-16-le", b""),
    "tour-utf16be-bom": utf16("utf-16-be", b"\xFE\xFF"),
    "tour-utf8-bom": with_tour(b"\xEF\xBB\xBF" + good_tour()),
    "tour-invalid-utf8": with_tour(good_tour().replace(b'"A note"', b'"A \xC3\x28 note"')),
    "tour-lone-surrogate": with_tour(good_tour().replace(b'"A note"', b'"A \\uD800 note"')),
    "tour-nul-byte": with_tour(good_tour().replace(b'"A note"', b'"A \x00 note"')),
    "tour-nul-escape": with_tour(good_tour().replace(b'"A note"', b'"A \\u0000 note"')),
    "tour-control-character": with_tour(good_tour().replace(b'"A note"', b'"A\tnote"')),
    "tour-deep-nesting": with_tour(nested(100000)),
    "tour-depth-65": with_tour(nested(62)),
    "tour-duplicate-key": with_tour(b'{"scenes": [{"id": "good", "id": "also-good", "panorama": {"type": '
                                    b'"equirect", "image": "good.png"}}]}\n'),
    "tour-duplicate-scene-id": with_tour(tour_json([scene("good", "good.png"), scene("good", "good.png")])),
    "tour-duplicate-hotspot-id": with_tour(tour_json([scene("good", "good.png", [
        {"id": "h", "type": "info", "yaw": 0, "pitch": 0, "title": "one"},
        {"id": "h", "type": "info", "yaw": 30, "pitch": 0, "title": "two"}])])),
    "tour-root-array": with_tour(b'[{"id": "good", "panorama": {"type": "equirect", "image": "good.png"}}]\n'),
    "tour-root-number": with_tour(b"42\n"),
    "tour-missing-scenes": with_tour(b'{"title": "No scenes"}\n'),
    "tour-empty-scenes": with_tour(b'{"scenes": []}\n'),
    "tour-yaw-string": with_tour(good_tour().replace(b'"yaw": 10', b'"yaw": "10"')),
    "tour-yaw-1e999": with_tour(good_tour().replace(b'"yaw": 10', b'"yaw": 1e999')),
    "tour-nan-literal": with_tour(good_tour().replace(b'"yaw": 10', b'"yaw": NaN')),
    "tour-pitch-out-of-range": with_tour(good_tour().replace(b'"pitch": 0', b'"pitch": 120')),
    "tour-scene-id-number": with_tour(b'{"scenes": [{"id": 5, "panorama": {"type": "equirect", "image": '
                                      b'"good.png"}}, {"id": "good", "panorama": {"type": "equirect", '
                                      b'"image": "good.png"}}]}\n'),
    "tour-unknown-target": with_tour(tour_json([scene("good", "good.png", [
        {"id": "go", "type": "scene", "yaw": 0, "pitch": 0, "target": "nowhere"}])])),
    "tour-unknown-first-scene": with_tour(tour_json([scene("good", "good.png")], firstScene="lobby")),
    "tour-too-many-scenes": with_tour(scene_count(5)),
    "tour-too-many-hotspots": with_tour(hotspot_count(2001)),
    "tour-huge-array": with_tour(good_tour()[:-3] + b',\n  "x": [' + b",".join([b"0"] * 1000000) + b"]\n}\n"),
    "tour-string-too-long": with_tour(good_tour().replace(b'"Fine."', b'"' + b"a" * 65537 + b'"')),
    "tour-over-size-limit": with_tour(good_tour()),
    "tour-over-depth-setting": with_tour(good_tour()),
    "tour-folder-without-tour": lambda folder: write(folder, "readme.txt", b"no tour here\n"),
    "tour-binary-garbage": with_tour(bytes((i * 73 + 41) % 256 for i in range(512))),
}

PATH_BUILDERS = {
    "path-parent-escape": with_path("../../../../../../../../../../etc/passwd"),
    "path-parent-to-sibling": with_path("../_outside/outside.png"),
    "path-absolute": with_path("/etc/hosts"),
    "path-network-slashes": with_path("//host/share/pano.jpg"),
    "path-network-backslashes": with_path("\\\\host\\share\\pano.jpg"),
    "path-http": with_path("http://example.com/pano.jpg"),
    "path-file-url": with_path("file:///etc/hosts"),
    "path-file-url-host": with_path("file://host/share/pano.jpg"),
    "path-drive-letter": with_path("C:\\Windows\\win.ini"),
    "path-nul-escape": with_path("bad.png\u0000.jpg", {"bad.png": png(64, 32)}),
    "path-shell-substitution": shell_case("$(rm -rf x).png"),
    "path-shell-semicolon": shell_case("bad.png; rm -rf x"),
    "path-shell-backticks": shell_case("`rm -rf x`.png"),
    "path-home": with_path("~/bad.png"),
    "path-environment-variable": with_path("$HOME/bad.png"),
    "path-percent-encoded": with_path("%2e%2e/%2e%2e/etc/passwd"),
    "path-symlink-out": symlink("link.png", "../_outside/outside.png"),
    "path-symlink-absolute": symlink("link.png", "/etc/passwd"),
    "path-symlink-loop": symlink_loop,
    "path-folder-as-image": folder_as_image,
    "path-url-hotspots": url_hotspots,
}

IMAGE_BUILDERS = {
    "image-missing": lambda folder: write(folder, "tour.json", two_scenes("pano.jpg")),
    "image-empty": with_image("pano.jpg", b""),
    "image-png-named-jpg": with_image("pano.jpg", png(64, 32)),
    "image-jpeg-named-png": with_image("pano.png", jpeg(64, 32)),
    "image-text-named-jpg": with_image("pano.jpg", b"This is not a picture.\n"),
    "image-gif": with_image("pano.jpg", gif()),
    "image-bmp": with_image("pano.jpg", bmp()),
    "image-webp": with_image("pano.jpg", webp()),
    "image-tiff": with_image("pano.jpg", tiff()),
    "image-heic": with_image("pano.jpg", iso_media(b"heic")),
    "image-avif": with_image("pano.jpg", iso_media(b"avif")),
    "image-jpeg-truncated": with_image("pano.jpg", jpeg(256, 128, gradient=True)[:-400]),
    "image-jpeg-corrupt-data": with_image("pano.jpg", (lambda d: d[:-300] + b"\xFF\xD0" * 20 + d[-260:])(
        jpeg(256, 128, gradient=True))),
    "image-png-truncated": with_image("pano.png", png(64, 32)[:60]),
    "image-png-no-idat": with_image("pano.png", PNG_SIGNATURE + ihdr(64, 32) + png_chunk(b"IEND", b"")),
    "image-jpeg-header-giant": with_image("pano.jpg", jpeg(8, 8, sof_size=(65500, 65500), header_only=True)),
    "image-png-header-giant": with_image("pano.png", png_header_only(100000, 100000)),
    "image-png-over-pixels": with_image("pano.png", png_header_only(40000, 20000)),
    "image-png-zero-width": with_image("pano.png", png_header_only(0, 32)),
    "image-jpeg-zero-height": with_image("pano.jpg", jpeg(8, 8, sof_size=(64, 0))),
    "image-png-bomb": with_image("pano.png", png_bomb(1 << 30)),
    "image-jpeg-many-scans": with_image("pano.jpg", jpeg(16, 8, progressive_scans=many_scans(3))),
    "image-jpeg-progressive": with_image("pano.jpg", jpeg(64, 32, progressive_scans=[
        (None, 0, 0, 0, 1), (None, 0, 0, 1, 0), (0, 1, 63, 0, 0), (1, 1, 63, 0, 0), (2, 1, 63, 0, 0)])),
    "image-jpeg-cmyk": with_image("pano.jpg", jpeg(64, 32, components=4, adobe=True)),
    "image-jpeg-12-bit": with_image("pano.jpg", jpeg(64, 32, precision=12)),
    "image-png-16-bit": with_image("pano.png", png(64, 32, depth=16)),
    "image-png-palette": with_image("pano.png", png(64, 32, color=3)),
    "image-png-grey-alpha": with_image("pano.png", png(64, 32, color=4)),
    "image-png-rgba": with_image("pano.png", png(64, 32, color=6)),
    "image-png-interlaced": with_image("pano.png", png(64, 32, interlace=1)),
    "image-png-bad-crc": with_image("pano.png", png(64, 32, bad_crc=True)),
    "image-not-2-to-1": with_image("pano.png", png(96, 64)),
    "image-cube-bad-face": cube_with_bad_face,
    "image-multires-missing-tiles": multires_missing_tiles,
}

BUILDERS = {**TOUR_BUILDERS, **PATH_BUILDERS, **IMAGE_BUILDERS}


# --------------------------------------------------------------------------------------------


def prepare(out):
    if os.path.lexists(out):
        if not os.path.exists(os.path.join(out, MARKER)):
            sys.exit("generate.py: %s exists and was not made by this script; not touching it" % out)
        shutil.rmtree(out)
    os.makedirs(out)
    write(out, MARKER, b"made by tests/bad_inputs/generate.py; deleted and remade on every run\n")
    write(out, "_outside/outside.png", png(64, 32, rgb=OUTSIDE))


def first_image(folder):
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name not in ("tour.json", "good.png") and os.path.isfile(path) and not os.path.islink(path):
            return path
    return None


def copy_seeds(out, case_id, folder):
    tour = os.path.join(folder, "tour.json")
    if os.path.isfile(tour):
        shutil.copyfile(tour, os.path.join(out, "seeds", "tour", case_id))
    image = first_image(folder)
    if image and os.path.getsize(image) <= (4 << 20):
        shutil.copyfile(image, os.path.join(out, "seeds", "image", case_id))


TABLE_START = "<!-- catalogue table: made by tests/bad_inputs/generate.py --table from cases.json -->"
TABLE_END = "<!-- end of catalogue table -->"


def markdown_table(cases):
    def cell(text):
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("`", "\\`").replace("<", "&lt;")
    rows = ["| Case | Input | Severity | Shows | Messages (then, on coming back to the scene) |",
            "|---|---|---|---|---|"]
    for case in cases:
        messages = [cell(m) for m in case["messages"]]
        if "again" in case:
            messages.append("then: " + cell(case["again"]))
        if "limits" in case:
            messages.insert(0, "with " + ", ".join("`--limit %s=%s`" % item for item in case["limits"].items()))
        rows.append("| `%s` | %s | %s | %s | %s |" % (case["id"], cell(case["what"]), case["severity"], case["shows"],
                                                     "<br>".join(messages) or "none"))
    return "\n".join([TABLE_START] + rows + [TABLE_END])


def check_table(cases, doc):
    with open(doc, encoding="utf-8") as source:
        text = source.read()
    start, end = text.find(TABLE_START), text.find(TABLE_END)
    if start < 0 or end < 0 or text[start:end + len(TABLE_END)] != markdown_table(cases):
        sys.exit("generate.py: the catalogue table in %s differs from cases.json; regenerate it with --table" % doc)
    print("generate.py: the table in %s matches cases.json (%d cases)" % (doc, len(cases)))


def main(argv):
    with open(os.path.join(HERE, "cases.json"), encoding="utf-8") as source:
        cases = json.load(source)["cases"]
    if argv[1:] == ["--table"]:
        print(markdown_table(cases))
        return
    if len(argv) == 3 and argv[1] == "--check-table":
        check_table(cases, argv[2])
        return
    if len(argv) != 2:
        sys.exit(__doc__)
    out = os.path.abspath(argv[1])
    ids = [case["id"] for case in cases]
    missing = sorted(set(ids) - set(BUILDERS))
    unlisted = sorted(set(BUILDERS) - set(ids))
    if missing or unlisted or len(set(ids)) != len(ids):
        sys.exit("generate.py: cases.json and the builders disagree: no builder for %s; not in cases.json: %s"
                 % (missing, unlisted))
    prepare(out)
    os.makedirs(os.path.join(out, "seeds", "tour"))
    os.makedirs(os.path.join(out, "seeds", "image"))
    for case in cases:
        folder = os.path.join(out, case["id"])
        os.makedirs(folder)
        if case["id"] != "tour-folder-without-tour":
            write(folder, "good.png", png(64, 32, rgb=GOOD))
        BUILDERS[case["id"]](folder)
        copy_seeds(out, case["id"], folder)
        case["folder"] = folder
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as manifest:
        json.dump({"cases": cases}, manifest, indent=1, ensure_ascii=False)
    print("generate.py: %d cases in %s" % (len(cases), out))


if __name__ == "__main__":
    main(sys.argv)
