"""Chart pens that follow the device pixel ratio.

pyqtgraph's pens are cosmetic: their width is in *device* pixels, whatever the painter's scale.
On a screen with a device pixel ratio of 2 (a HiDPI laptop, ``QT_SCALE_FACTOR=2``) a 1-px pen
is therefore a hairline half as wide as everything else. :func:`mk_pen` is the one place chart
pens are made: a cosmetic pen whose width is ``width`` logical pixels times :func:`device_ratio`.

Exports paint off screen onto targets of their own resolution and scale pens themselves
(:mod:`colossus_desktop.drawing.paint`); they build their charts inside :func:`for_device`
``(1.0)`` so that no screen's ratio leaks into a PNG, SVG or PDF.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPen

_override: list[float] = []  # the innermost for_device() ratio, if any


def device_ratio() -> float:
    """Device pixels per logical pixel for chart pens: the :func:`for_device` ratio inside one,
    else the application's (the highest of its screens), else 1.0 without an application."""
    if _override:
        return _override[-1]
    app = QGuiApplication.instance()
    ratio = float(app.devicePixelRatio()) if app is not None else 1.0
    return ratio if ratio > 0 else 1.0


@contextmanager
def for_device(ratio: float) -> Iterator[None]:
    """Make pens for a device of ``ratio`` (exports: 1.0) while the block runs."""
    _override.append(float(ratio))
    try:
        yield
    finally:
        _override.pop()


def mk_pen(color, width: float = 1.0, style: Qt.PenStyle | None = None) -> QPen:
    """A cosmetic pen of ``color`` (a name such as ``"#d8d8d8"``, a QColor, or None for no pen)
    ``width`` logical pixels wide on the current device (see :func:`device_ratio`)."""
    if color is None:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(QBrush(QColor(color)), float(width) * device_ratio())
    pen.setCosmetic(True)
    if style is not None:
        pen.setStyle(style)
    return pen
