"""Draw the Colossus Desktop app icon and write it for every platform.

``python packaging/make_icons.py`` writes into ``resources/icons/``:

* ``colossus-desktop.svg``: the source drawing (a 3×3 grid of accelerator dies on a dark
  rounded square, struck by an amber spark);
* ``colossus-desktop-{16,24,32,48,64,128,256,512}.png`` and ``colossus-desktop.png`` (256 px):
  Linux desktop entries, the window icon where SVG is unavailable;
* ``colossus-desktop.ico``: Windows (16–48 px as 32-bit DIBs, 64–256 px as PNG);
* ``colossus-desktop.icns``: macOS (PNG entries 16 px to 1024 px).

Only Qt (PySide6, already a runtime dependency) is used to render; the ICO and ICNS containers
are written by hand, so the build needs no Pillow. The outputs are committed; run this again
only when the drawing changes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
NAME = "colossus-desktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_DIB_MAX = 48  # up to this size, ICO entries are classic DIBs; larger ones PNG
# ICNS entry type -> pixel size (all PNG payloads; macOS 10.7+).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def svg_text() -> str:
    """The drawing, on a 512×512 canvas (SVG Tiny 1.2 features only, for QtSvg)."""
    cell, gap, start = 100, 22, 84  # 3 cells + 2 gaps = 344, centred on 512
    chips = []
    for row in range(3):
        for col in range(3):
            x = start + col * (cell + gap)
            y = start + row * (cell + gap)
            chips.append(
                f'  <rect x="{x}" y="{y}" width="{cell}" height="{cell}" rx="14" fill="url(#chip)"/>\n'
                f'  <rect x="{x + 26}" y="{y + 26}" width="{cell - 52}" height="{cell - 52}" rx="6" fill="#56B4E9" fill-opacity="0.55"/>'
            )
    bolt = "M 300 34 L 150 282 L 246 282 L 206 478 L 372 206 L 274 206 L 342 34 Z"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" width="512" height="512" viewBox="0 0 512 512">
  <title>Colossus Desktop</title>
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#22335C"/>
      <stop offset="1" stop-color="#0B1226"/>
    </linearGradient>
    <linearGradient id="chip" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#1A86D0"/>
      <stop offset="1" stop-color="#0060A0"/>
    </linearGradient>
    <linearGradient id="spark" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#FFD34D"/>
      <stop offset="1" stop-color="#E69F00"/>
    </linearGradient>
  </defs>
  <rect x="16" y="16" width="480" height="480" rx="104" fill="url(#bg)"/>
{chr(10).join(chips)}
  <path d="{bolt}" fill="none" stroke="#0B1226" stroke-width="30" stroke-linejoin="round"/>
  <path d="{bolt}" fill="url(#spark)" stroke="#FFE9A8" stroke-width="4" stroke-linejoin="round"/>
</svg>
"""


def _app():
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def render(svg: bytes, size: int):
    """The drawing as a premultiplied-alpha QImage of ``size``×``size``."""
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ValueError("the icon SVG does not parse")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        raise OSError("could not encode PNG")
    buf.close()
    return bytes(data.data())


def dib_bytes(image) -> bytes:
    """A 32-bit BGRA DIB for an ICO entry: header, bottom-up pixels, all-zero AND mask."""
    from PySide6.QtGui import QImage

    img = image.convertToFormat(QImage.Format.Format_ARGB32)  # BGRA in memory on little-endian
    w, h = img.width(), img.height()
    rows = []
    for y in range(h - 1, -1, -1):
        line = img.constScanLine(y)
        rows.append(bytes(line)[: w * 4])
    pixels = b"".join(rows)
    if sys.byteorder != "little":
        pixels = b"".join(pixels[i : i + 4][::-1] for i in range(0, len(pixels), 4))
    mask_row = ((w + 31) // 32) * 4
    mask = b"\x00" * (mask_row * h)
    header = struct.pack("<IiiHHIIiiII", 40, w, h * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0)
    return header + pixels + mask


def ico_bytes(images: dict[int, object]) -> bytes:
    entries, payloads = [], []
    offset = 6 + 16 * len(ICO_SIZES)
    for size in ICO_SIZES:
        data = dib_bytes(images[size]) if size <= ICO_DIB_MAX else png_bytes(images[size])
        dim = 0 if size >= 256 else size
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset))
        payloads.append(data)
        offset += len(data)
    return struct.pack("<HHH", 0, 1, len(ICO_SIZES)) + b"".join(entries) + b"".join(payloads)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    _app()
    OUT.mkdir(parents=True, exist_ok=True)
    svg = svg_text()
    (OUT / f"{NAME}.svg").write_text(svg, encoding="utf-8")
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES})
    images = {s: render(svg.encode("utf-8"), s) for s in sizes}
    pngs = {s: png_bytes(images[s]) for s in sizes}
    written = [f"{NAME}.svg"]
    for size in PNG_SIZES:
        (OUT / f"{NAME}-{size}.png").write_bytes(pngs[size])
        written.append(f"{NAME}-{size}.png")
    (OUT / f"{NAME}.png").write_bytes(pngs[256])
    (OUT / f"{NAME}.ico").write_bytes(ico_bytes(images))
    (OUT / f"{NAME}.icns").write_bytes(icns_bytes(pngs))
    written += [f"{NAME}.png", f"{NAME}.ico", f"{NAME}.icns"]
    print(f"wrote {len(written)} files to {OUT.relative_to(ROOT)}: {', '.join(written)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
