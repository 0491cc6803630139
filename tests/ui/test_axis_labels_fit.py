"""Tick labels of a horizontal axis never run into each other (the tornado's money axis read
"4,98 M$5,00 M$5,02 M$" on a narrow chart)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetricsF

from colossus_desktop.drawing.charts.axis import SIAxis


@pytest.mark.parametrize("kind, lo, hi, size", [
    ("money", 4.975e6, 5.025e6, 200), ("money", 0, 8.5e10, 180), ("power", 0, 2500, 150),
    ("si", 0, 1.2e6, 120), ("money", 4.975e6, 5.025e6, 900),
])
def test_major_tick_labels_fit_side_by_side(qapp, kind, lo, hi, size):
    axis = SIAxis("bottom", kind)
    font = QFont()
    font.setPointSizeF(15)  # the projector theme's tick type
    axis.setStyle(tickFont=font)
    axis.setRange(lo, hi)
    levels = axis.tickValues(lo, hi, size)
    spacing, values = levels[0]
    assert values  # at least one labelled tick, even when only one fits
    if len(values) < 2:
        return
    texts = axis.tickStrings(values, 1.0, spacing)
    metrics = QFontMetricsF(axis.style.get("tickFont") or QFont())
    pixels_between = size * spacing / (hi - lo)
    assert max(metrics.horizontalAdvance(t) for t in texts) < pixels_between, (texts, pixels_between)
