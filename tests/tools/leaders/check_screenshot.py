#!/usr/bin/env python3
"""Checks that a PNG screenshot of the leadership report is not blank.

usage: check_screenshot.py SHOT.png [--colour '#1f5fa8' ...]

Decodes the PNG with zlib and struct only (8-bit greyscale, RGB or RGBA, not
interlaced: what headless Chromium writes) and requires
  - at least 2% of the pixels to be non-white (text, bars, table rules),
  - at least 6 distinct colours that each cover 100 or more pixels,
  - each --colour given (a bar colour, the conflict red) on 200 or more pixels (more than its legend swatch).
Prints the figures; exits 1 with a message when a check fails.
"""
import argparse
import struct
import sys
import zlib
from collections import Counter


def read_png(path):
    """Returns (width, height, rows) with rows a list of bytes objects of RGB triples."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path}: not a PNG")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    width, height, depth, colour_type, _, _, interlace = header
    channels = {0: 1, 2: 3, 6: 4}.get(colour_type)
    if depth != 8 or channels is None or interlace:
        raise ValueError(f"{path}: unsupported PNG (depth {depth}, colour type {colour_type})")
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                estimate = left + up - corner
                pa, pb, pc = abs(estimate - left), abs(estimate - up), abs(estimate - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        previous = line
        if channels == 1:
            rows.append(bytes(v for v in line for _ in range(3)))
        elif channels == 4:
            rows.append(bytes(v for i, v in enumerate(line) if i % 4 != 3))
        else:
            rows.append(bytes(line))
    return width, height, rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("png")
    parser.add_argument("--colour", action="append", default=[])
    args = parser.parse_args()
    width, height, rows = read_png(args.png)
    colours = Counter()
    for row in rows:
        for i in range(0, len(row), 3):
            colours[row[i:i + 3]] += 1
    total = width * height
    non_white = sum(n for c, n in colours.items() if min(c) < 235)
    common = [c for c, n in colours.items() if n >= 100]
    print(f"{args.png}: {width}x{height}, {100 * non_white / total:.1f}% non-white, "
          f"{len(common)} colours on 100+ pixels")
    problems = []
    if non_white < 0.02 * total:
        problems.append(f"only {100 * non_white / total:.2f}% of the pixels are not white")
    if len(common) < 6:
        problems.append(f"only {len(common)} distinct colours cover 100+ pixels")
    for wanted in args.colour:
        rgb = bytes.fromhex(wanted.lstrip("#"))
        count = sum(n for c, n in colours.items() if all(abs(a - b) <= 6 for a, b in zip(c, rgb)))
        print(f"  {wanted}: {count} pixels")
        if count < 200:
            problems.append(f"colour {wanted} on {count} pixels (a bar or outline is missing)")
    if problems:
        sys.exit("FAIL: " + "; ".join(problems))


if __name__ == "__main__":
    main()
