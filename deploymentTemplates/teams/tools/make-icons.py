#!/usr/bin/env python3
"""Draws the Teams app icons (no image library needed): color.png 192x192 and outline.png 32x32.

The symbol is a globe (ring, meridian, equator) with an arrow leaving it: selling across borders.
color.png: white symbol on the accent colour, symbol inside the central safe area.
outline.png: white symbol on a transparent background, as Teams requires for the outline icon.
Run from anywhere: python3 deploymentTemplates/teams/tools/make-icons.py
"""
import math
import os
import struct
import zlib

ACCENT = (0x1B, 0x6E, 0x7A)  # keep in sync with accentColor in manifest.json
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def coverage(x, y, size, scale):
    """1 where the symbol is, 0 elsewhere, for a point in pixel units of an icon of `size`."""
    c = size / 2.0
    r = size * 0.5 * scale
    t = max(size * 0.045 * scale / 0.5 * 0.5, 1.2)  # stroke width
    dx, dy = x - c, y - c
    d = math.hypot(dx, dy)
    if abs(d - r) <= t / 2:  # outer ring
        return 1
    if d < r:
        # meridian: an ellipse ring half as wide as the globe
        rx = r * 0.45
        e = math.hypot(dx / rx, dy / r)
        if abs(e - 1) * rx <= t / 2:
            return 1
        if abs(dy) <= t / 2:  # equator
            return 1
        if abs(dx) <= t / 2:  # axis
            return 1
    # arrow from the globe's lower left to beyond its upper right
    ax, ay = c + r * 0.35, c - r * 0.35
    bx, by = c + r * 1.0, c - r * 1.0
    ux, uy = (bx - ax), (by - ay)
    length = math.hypot(ux, uy)
    ux, uy = ux / length, uy / length
    px, py = x - ax, y - ay
    along = px * ux + py * uy
    across = abs(-px * uy + py * ux)
    if 0 <= along <= length and across <= t / 2:
        return 1
    # arrow head: two short strokes back from the tip
    for angle in (math.radians(150), math.radians(-150)):
        hx = ux * math.cos(angle) - uy * math.sin(angle)
        hy = ux * math.sin(angle) + uy * math.cos(angle)
        qx, qy = x - bx, y - by
        a2 = qx * hx + qy * hy
        c2 = abs(-qx * hy + qy * hx)
        if 0 <= a2 <= r * 0.45 and c2 <= t / 2:
            return 1
    return 0


def render(size, scale, background):
    samples = 4
    rows = []
    for y in range(size):
        row = bytearray([0])  # filter type 0
        for x in range(size):
            hit = 0
            for sy in range(samples):
                for sx in range(samples):
                    hit += coverage(x + (sx + 0.5) / samples, y + (sy + 0.5) / samples, size, scale)
            a = hit / (samples * samples)
            if background is None:
                row += bytes((255, 255, 255, round(a * 255)))
            else:
                row += bytes(round(bg * (1 - a) + 255 * a) for bg in background) + b"\xff"
        rows.append(bytes(row))
    return b"".join(rows)


def write_png(path, size, raw):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# The colour icon keeps its symbol inside the central 96x96 safe area; the outline icon uses most of its 32x32.
write_png(os.path.join(OUT, "color.png"), 192, render(192, 0.36, ACCENT))
write_png(os.path.join(OUT, "outline.png"), 32, render(32, 0.62, None))
print("wrote color.png and outline.png in", OUT)
