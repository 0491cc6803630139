"""The chart's parts on their own: text fitting, the axes' labels, the legend's entries."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF

from colossus_desktop.drawing.charts.axis import ChartAxes, LabelFit, SIAxis
from colossus_desktop.drawing.charts.legend import LayoutLegend
from colossus_desktop.drawing.charts.text_fit import (
    chart_font,
    chart_pt,
    fit_label,
    fit_title,
    label_room,
    wants_compact,
)
from colossus_desktop.drawing.theme import DARK, PROJECTOR


def test_title_keeps_its_summary_only_when_both_fit(qapp):
    m = QFontMetricsF(chart_font(11, bold=True))
    title, suffix = "Capex by category", "total $109 B"
    both = f"{title}  ·  {suffix}"
    assert fit_title(m, title, suffix, m.horizontalAdvance(both) + 1) == both
    assert fit_title(m, title, suffix, m.horizontalAdvance(both) - 1) == title  # never cut for it
    assert fit_title(m, title, "", 1000) == title
    short = fit_title(m, title, suffix, m.horizontalAdvance(title) - 1)
    assert short.endswith("…") and m.horizontalAdvance(short) <= m.horizontalAdvance(title) - 1


def test_axis_label_falls_back_to_short_then_elides(qapp):
    m = QFontMetricsF(chart_font(9))
    full, short = "Cluster size (accelerators)", "Accelerators"
    assert fit_label(m, full, short, m.horizontalAdvance(full)) == full
    assert fit_label(m, full, short, m.horizontalAdvance(full) - 1) == short
    elided = fit_label(m, full, short, m.horizontalAdvance(short) - 1)
    assert elided.endswith("…") and elided.startswith("Acc")
    assert fit_label(m, full, "", m.horizontalAdvance(full) - 1).startswith("Cluster")  # no short form
    assert label_room(30) == float("inf") and label_room(100) == 92


def test_compact_threshold_and_point_sizes_scale_with_the_type():
    assert not wants_compact(420, 380, 9) and wants_compact(419, 380, 9) and wants_compact(420, 379, 9)
    assert wants_compact(640, 500, 14) and not wants_compact(654, 592, 14)  # 420 × 14/9 = 653.3
    assert [chart_pt(DARK, k, False) for k in ("tick", "legend", "label", "title")] == [9, 9, 9, 11]
    assert chart_pt(DARK, "title", True) == 10
    assert chart_pt(PROJECTOR, "tick", True) == 12  # two points on large type


def test_axis_labels_are_set_only_when_what_they_show_changes(qapp):
    plot = pg.PlotItem(axisItems={"left": SIAxis("left"), "bottom": SIAxis("bottom")})
    axes = ChartAxes(plot)
    extra = SIAxis("right", "money")
    axes.add(extra, "right3")
    assert [name for _a, name in axes.all()] == ["left", "bottom", "right", "top", "right3"]
    calls = []
    bottom = plot.getAxis("bottom")
    bottom.setLabel = lambda text, **style: calls.append((text, style["font-size"]))
    fit = LabelFit(pt=9, color="#ffffff", narrow=False, min_length=1000.0)
    axes.set_label("bottom", "Month (UTC)", None, None, fit)
    axes.relabel(fit)
    assert calls == [("Month (UTC)", "9pt")]  # unchanged: not set again
    axes.relabel(fit._replace(pt=8))
    assert calls[-1] == ("Month (UTC)", "8pt")
    axes.set_label("right3", "Cumulative capex (US$)", "", extra, fit)
    assert extra.label.isVisible() and "Cumulative capex" in extra.labelText  # labelled while roomy
    axes.relabel(fit._replace(narrow=True))
    assert not extra.label.isVisible()  # no short form: no label when narrow


def test_legend_rebuilds_only_when_its_entries_change(qapp):
    legend = LayoutLegend(colCount=3)
    a, b = pg.PlotDataItem([0, 1]), pg.PlotDataItem([1, 0])
    assert legend.set_entries([(a, "Accelerators", "Accel."), (b, "Hosts")])
    labels = [label for _s, label in legend.items]
    assert not legend.set_entries([(a, "Accelerators", "Accel."), (b, "Hosts", "")])  # same list
    assert [label for _s, label in legend.items] == labels
    assert legend.names() == ["Accelerators", "Hosts"] and legend.isVisible()
    assert legend.set_entries([]) and not legend.isVisible()
