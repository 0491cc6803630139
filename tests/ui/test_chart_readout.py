"""The hover read-out never shows stale values: it hides when the mouse leaves the chart or the
chart is hidden, and a data push (an edit's new results, a new P10–P90 band) recomputes it."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent

from colossus_desktop.drawing.charts import CHART_TYPES
from colossus_desktop.drawing.charts.cost_years import CostYearsChart

from .chart_fakes import fake_evaluated

A = fake_evaluated(gpus=1_000_000, scale=1.0, horizon=6, turbines=True)
B = fake_evaluated(gpus=200_000, scale=1.7, horizon=6, turbines=False, months=18)


def shown(cls, qapp, ev=A):
    chart = cls()
    chart.resize(640, 400)
    chart.show()
    qapp.processEvents()
    chart.set_evaluated(ev)
    qapp.processEvents()
    return chart


def hover_somewhere(chart) -> tuple[float, float]:
    """A point of the view where the chart has a read-out (scanning a grid of the view)."""
    (x0, x1), (y0, y1) = chart.plot_item.vb.viewRange()
    for fx in np.linspace(0.05, 0.95, 19):
        for fy in np.linspace(0.05, 0.95, 19):
            x, y = x0 + fx * (x1 - x0), y0 + fy * (y1 - y0)
            if chart.hover(x, y):
                return x, y
    raise AssertionError(f"{chart.chart_id}: no read-out anywhere")


@pytest.mark.parametrize("cls", CHART_TYPES, ids=lambda c: c.chart_id)
def test_leaving_the_chart_hides_the_readout(cls, qapp):
    chart = shown(cls, qapp)
    hover_somewhere(chart)
    assert chart.hover_text()
    qapp.sendEvent(chart.graphics.viewport(), QEvent(QEvent.Type.Leave))
    assert chart.hover_text() == ""
    assert not chart._hover_line.isVisible()


@pytest.mark.parametrize("cls", CHART_TYPES, ids=lambda c: c.chart_id)
def test_new_results_recompute_the_readout(cls, qapp):
    chart = shown(cls, qapp)
    x, y = hover_somewhere(chart)
    before = chart.hover_text()
    chart.set_evaluated(B)  # an edit: the mouse has not moved
    now = chart.hover_text()
    fresh = shown(cls, qapp, B)
    want = fresh.hover(x, y) or ""
    assert now == want, f"{cls.chart_id}: the read-out says {now!r}, the new data {want!r} (was {before!r})"


@pytest.mark.parametrize("cls", CHART_TYPES, ids=lambda c: c.chart_id)
def test_hiding_the_chart_hides_the_readout(cls, qapp):
    chart = shown(cls, qapp)
    hover_somewhere(chart)
    chart.hide()
    chart.show()
    assert chart.hover_text() == ""


def test_a_new_band_recomputes_the_readout(qapp):
    chart = shown(CostYearsChart, qapp)
    totals = chart.totals.copy()
    chart.set_band(np.vstack([totals * 0.9, totals, totals * 1.1]))
    old = chart.hover(1, 0)
    assert "P10–P90" in old
    chart.set_band(np.vstack([totals * 0.5, totals, totals * 2.0]))  # the Monte Carlo re-ran
    assert chart.hover_text() != old and chart.hover_text() == chart.hover(1, 0)
    chart.set_band(None)
    assert "P10–P90" not in chart.hover_text()
