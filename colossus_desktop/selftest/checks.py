"""The self-test's checks on the files it wrote: PNG, SVG, PDF, PPTX and XLSX.

Each check reads a file back with an independent reader (QImage, an XML parser, the PDF's
page objects, the zip archive's parts) and returns a short description of what it found, or
raises :class:`SelfTestError` naming the step and the reason.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path


class SelfTestError(Exception):
    """A failed check; ``str()`` is ``"<step>: <reason>"``."""

    def __init__(self, step: str, reason: str):
        super().__init__(f"{step}: {reason}")
        self.step = step
        self.reason = reason



# checks on written files -----------------------------------------------------------------
def distinct_colours(image, samples: int = 4096) -> int:
    from PySide6.QtGui import QImage

    img = image.convertToFormat(QImage.Format.Format_RGB32)
    w, h = img.width(), img.height()
    if w == 0 or h == 0:
        return 0
    step = max(1, int(((w * h) / samples) ** 0.5))
    colours = {img.pixel(x, y) for y in range(0, h, step) for x in range(0, w, step)}
    return len(colours)


def check_png(path: Path, size: tuple[int, int]) -> str:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.isNull():
        raise SelfTestError("export", f"{path.name}: not a readable PNG")
    if (image.width(), image.height()) != tuple(size):
        raise SelfTestError("export", f"{path.name}: {image.width()}x{image.height()}, expected {size[0]}x{size[1]}")
    if distinct_colours(image) < 4:
        raise SelfTestError("export", f"{path.name}: the image is blank")
    return f"{image.width()}x{image.height()}"


def check_svg(path: Path) -> str:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise SelfTestError("export", f"{path.name}: not well-formed XML ({exc})") from exc
    if not root.tag.endswith("svg"):
        raise SelfTestError("export", f"{path.name}: the root element is {root.tag!r}, not svg")
    drawn = sum(1 for el in root.iter() if el.tag.rsplit("}", 1)[-1] in ("path", "text", "polyline", "rect", "line", "image"))
    if drawn == 0:
        raise SelfTestError("export", f"{path.name}: the SVG draws nothing")
    return f"{drawn} elements"


_PDF_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def check_pdf(path: Path) -> str:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise SelfTestError("export", f"{path.name}: does not start with %PDF-")
    if b"%%EOF" not in data[-1024:]:
        raise SelfTestError("export", f"{path.name}: truncated (no %%EOF)")
    pages = len(_PDF_PAGE.findall(data))
    if pages < 1:
        raise SelfTestError("export", f"{path.name}: no page")
    return f"{pages} page{'s' if pages != 1 else ''}"


def check_file(path: Path, fmt: str, size: tuple[int, int]) -> str:
    if not path.is_file() or path.stat().st_size == 0:
        raise SelfTestError("export", f"{path.name}: missing or empty")
    return {"png": lambda: check_png(path, size), "svg": lambda: check_svg(path), "pdf": lambda: check_pdf(path)}[fmt]()


def check_zip_document(path: Path, required: str, parts_prefix: str, label: str) -> str:
    """An Office Open XML file (PPTX, XLSX): a sound zip with ``required`` and some ``parts_prefix*``."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            bad = archive.testzip()
            names = archive.namelist()
    except zipfile.BadZipFile as exc:
        raise SelfTestError("report", f"{path.name}: not a zip archive ({exc})") from exc
    if bad is not None:
        raise SelfTestError("report", f"{path.name}: {bad} is corrupt")
    if required not in names:
        raise SelfTestError("report", f"{path.name}: no {required}")
    parts = [n for n in names if n.startswith(parts_prefix)]
    if not parts:
        raise SelfTestError("report", f"{path.name}: no {parts_prefix}*")
    return f"{len(parts)} {label}"
