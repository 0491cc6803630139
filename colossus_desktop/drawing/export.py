"""Slide-ready exports of a live chart: PNG at any size, SVG and PDF (vector), the clipboard.

``export_chart(chart, path)`` never touches the chart on screen: it builds an off-screen copy
of the same chart class in the export theme (light by default), lays it out at a *reference*
size of 960×540 logical pixels (scaled to the target's aspect), feeds it the chart's current
results, and paints it onto the target with a uniform scale. Text, line widths and marker
sizes therefore all grow together, so a 1920×1080 PNG looks like the 1280×720 one with more
pixels, and a PDF or SVG has the same proportions.

The painting itself (the clone, the scaled pens, the footer) is in
:mod:`colossus_desktop.drawing.paint`. The SVG is written by Qt's own ``QSvgGenerator`` and the
PDF by ``QPdfWriter`` (both vector: text stays text).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtWidgets import QApplication

from colossus_desktop.drawing.paint import ensure_app, footer_text, paint_chart, resolve_theme, screen_dpi
from colossus_desktop.drawing.theme import Theme
from colossus_desktop.file_formats import CHART_FORMATS as FORMATS

DEFAULT_SIZE = (1920, 1080)
SLIDE_SIZES = ((1920, 1080), (1280, 720))
PDF_WIDTH_IN = 13.333  # a widescreen slide (PowerPoint's 16:9), so PDF pages match the deck


def check_size(size: Sequence[int]) -> tuple[int, int]:
    try:
        w, h = (int(size[0]), int(size[1]))
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"size must be (width, height), got {size!r}") from None
    if not (16 <= w <= 16384 and 16 <= h <= 16384):
        raise ValueError(f"size {w}x{h} is out of range (16 to 16384 pixels a side)")
    return w, h


# ------------------------------------------------------------------------------- targets
def chart_image(chart, size: Sequence[int] = DEFAULT_SIZE, theme: Theme | str | None = None, footer=None,
                title: bool = True) -> QImage:
    """The chart as a ``size`` QImage (the pixels of the PNG export)."""
    w, h = check_size(size)
    theme = resolve_theme(theme)
    dpi = screen_dpi()
    image = QImage(w, h, QImage.Format.Format_RGB32)
    dpm = int(round(dpi / 0.0254))
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    image.fill(QColor(theme.background))
    painter = QPainter(image)
    try:
        paint_chart(painter, chart, QRectF(0, 0, w, h), theme, footer, title=title, dpi=dpi)
    finally:
        painter.end()
    return image


def _write_png(chart, path: Path, size, theme, footer) -> None:
    image = chart_image(chart, size, theme, footer)
    if not image.save(str(path), "PNG"):
        raise OSError(f"{path}: could not write the PNG")


def _write_svg(chart, path: Path, size, theme, footer) -> None:
    from PySide6.QtSvg import QSvgGenerator

    w, h = check_size(size)
    dpi = screen_dpi()
    gen = QSvgGenerator()
    gen.setFileName(str(path))
    gen.setSize(QSize(w, h))
    gen.setViewBox(QRect(0, 0, w, h))
    gen.setResolution(int(round(dpi)))
    gen.setTitle(getattr(chart, "display_title", "Chart"))
    gen.setDescription(" ".join(footer_text(chart, footer)))
    painter = QPainter()
    if not painter.begin(gen):
        raise OSError(f"{path}: could not write the SVG")
    try:
        paint_chart(painter, chart, QRectF(0, 0, w, h), theme, footer, dpi=dpi)
    finally:
        painter.end()


def pdf_writer(path: Path | str, size: Sequence[int], title: str = "") -> QPdfWriter:
    """A vector PDF writer whose page has ``size``'s aspect at slide width and whose device
    pixels are the screen's logical pixels (so fonts measure as laid out)."""
    from colossus_desktop import __version__

    w, h = check_size(size)
    dpi = screen_dpi()
    writer = QPdfWriter(str(path))
    writer.setResolution(int(round(dpi)))
    page = QPageSize(QSizeF(PDF_WIDTH_IN, PDF_WIDTH_IN * h / w), QPageSize.Unit.Inch, "Slide")
    writer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(title)
    writer.setCreator(f"Colossus Desktop {__version__}")
    return writer


def _write_pdf(chart, path: Path, size, theme, footer) -> None:
    writer = pdf_writer(path, size, getattr(chart, "display_title", "Chart"))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"{path}: could not write the PDF")
    try:
        rect = QRectF(0, 0, writer.width(), writer.height())
        paint_chart(painter, chart, rect, theme, footer, dpi=writer.resolution())
    finally:
        painter.end()


_WRITERS = {"png": _write_png, "svg": _write_svg, "pdf": _write_pdf}


def export_chart(chart, path, fmt: str | None = None, size: Sequence[int] = DEFAULT_SIZE,
                 theme: Theme | str | None = None, footer=None) -> Path:
    """Write ``chart`` to ``path`` as PNG, SVG or PDF and return the path written.

    ``fmt`` defaults to the suffix of ``path`` (a path without one gets ``.fmt``). ``size`` is
    the PNG's pixels, the SVG's canvas, and the PDF page's aspect (13.33 in wide). ``theme``:
    light (default), dark, or a Theme. ``footer``: ``None`` for the scenario, the chart's
    assumptions and the sources; a string (or lines) of your own; ``""`` or ``False`` for none.
    The file is written next to its destination and moved into place, so a failed export
    never leaves a partial file.
    """
    ensure_app()
    path = Path(os.fspath(path))
    suffix = path.suffix.lower().lstrip(".")
    fmt = (fmt or suffix or "png").lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (use {', '.join(FORMATS)})")
    if not suffix:
        path = path.with_suffix("." + fmt)
    size = check_size(size)
    theme = resolve_theme(theme)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part")
    try:
        _WRITERS[fmt](chart, tmp, size, theme, footer)
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise OSError(f"{path}: nothing was written")
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def copy_chart_to_clipboard(chart, size: Sequence[int] = DEFAULT_SIZE, theme: Theme | str | None = None,
                            footer=None) -> QImage:
    """Put the chart on the clipboard as an image (``size`` pixels); returns the image."""
    ensure_app()
    image = chart_image(chart, size, theme, footer)
    QApplication.clipboard().setImage(image)
    return image


__all__ = [
    "DEFAULT_SIZE",
    "FORMATS",
    "SLIDE_SIZES",
    "chart_image",
    "check_size",
    "copy_chart_to_clipboard",
    "export_chart",
    "paint_chart",
    "resolve_theme",
]
