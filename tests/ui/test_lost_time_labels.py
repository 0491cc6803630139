"""The causes on the lost-time chart leave the bars room: a narrow chart takes the short names
(the French full names once took the whole chart and hid the bars)."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF

from colossus_desktop.drawing.charts.failure_timeline import LABEL_SHARE, LostData, LostTimeChart

CAUSES = ("restart", "rework", "checkpoint", "wait", "degraded")


def _labels(chart):
    return [text for _y, text in chart.plot_item.getAxis("left")._tickLevels[0]]


def test_narrow_chart_takes_short_names_and_wide_one_full_names(qtbot):
    chart = LostTimeChart()
    qtbot.addWidget(chart)
    chart.resize(420, 260)
    chart.show()
    chart.set_lost(LostData(CAUSES, (0.52, 0.25, 0.24, 0.0, 1.14)))
    qtbot.wait(10)
    metrics = QFontMetricsF(chart.tick_font())
    narrow = _labels(chart)
    assert max(metrics.horizontalAdvance(t) for t in narrow) <= LABEL_SHARE * chart.width() + 1
    assert any(t.startswith("Rework  ") for t in narrow)  # the short name
    assert narrow[0].endswith("0.52")
    chart.resize(1400, 400)
    qtbot.wait(10)
    assert any(t.startswith("Rework since the last checkpoint") for t in _labels(chart))
