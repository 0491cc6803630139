"""Axis ranges hold still under small edits and follow large ones (drawing/charts/ranges.py)."""

from __future__ import annotations

import math

import pytest

from colossus_desktop.drawing.charts.buildout import BuildoutChart
from colossus_desktop.drawing.charts.capex import CapexChart
from colossus_desktop.drawing.charts.cost_years import CostYearsChart
from colossus_desktop.drawing.charts.power import PowerChart
from colossus_desktop.drawing.charts.ranges import log_bounds, nice_ceiling

from .chart_fakes import fake_evaluated


@pytest.mark.parametrize("value, want", [
    (1.0, 1.0), (1.05, 1.2), (1.2, 1.2), (1.21, 1.5), (2.4, 2.5), (7.1, 8.0), (8.01, 10.0),
    (862.0, 1000.0), (0.031, 0.04), (4.2e9, 5e9),
])
def test_nice_ceiling(value, want):
    assert nice_ceiling(value) == pytest.approx(want)
    assert nice_ceiling(value) >= value


def test_nice_ceiling_keeps_what_it_cannot_round():
    assert nice_ceiling(0.0) == 0.0 and nice_ceiling(-3.0) == -3.0
    assert math.isnan(nice_ceiling(math.nan)) and nice_ceiling(math.inf) == math.inf


@pytest.mark.parametrize("cls, which, data_top", [
    (PowerChart, lambda c: _y_range(c), lambda c: max(float(c.totals.max()), c.peak)),
    (CostYearsChart, lambda c: _y_range(c), lambda c: float(c.totals.max())),
    (CapexChart, lambda c: tuple(c.plot_item.vb.viewRange()[0]), lambda c: float(c.values.max())),
], ids=lambda v: getattr(v, "__name__", ""))
def test_a_round_top_is_inside_the_plot_not_on_its_edge(qapp, cls, which, data_top):
    """The margin comes after the rounding: the round number above the data, a tick's place,
    lies inside the plot with room for its label, not on the plot's edge."""
    chart = cls()
    chart.resize(640, 400)
    chart.show()
    qapp.processEvents()
    chart.set_evaluated(fake_evaluated(scale=1.0))
    rung = nice_ceiling(data_top(chart))
    chart.set_evaluated(fake_evaluated(scale=0.9 * rung / data_top(chart)))  # the data at 90 % of a rung
    assert data_top(chart) == pytest.approx(0.9 * rung, rel=0.02)
    _lo, hi = which(chart)
    assert rung * 1.04 < hi < rung * 2.1


def test_log_bounds_round_outward_to_quarter_decades():
    assert log_bounds(0.3, 2.01) == pytest.approx((0.25, 2.25))
    assert log_bounds(0.25, 2.0) == pytest.approx((0.25, 2.0))
    assert log_bounds(-1.1, -0.9) == pytest.approx((-1.25, -0.75))


def _y_range(chart, view=None):
    return tuple((view or chart.plot_item.vb).viewRange()[1])


@pytest.mark.parametrize("cls, which", [
    (PowerChart, lambda c: _y_range(c)),
    (CostYearsChart, lambda c: _y_range(c)),
    (BuildoutChart, lambda c: _y_range(c, c.mw_view)),
    (CapexChart, lambda c: tuple(c.plot_item.vb.viewRange()[0])),
], ids=lambda v: getattr(v, "__name__", ""))
def test_a_one_percent_edit_keeps_the_axis_and_a_doubling_moves_it(qapp, cls, which):
    chart = cls()
    chart.resize(640, 400)
    chart.show()
    qapp.processEvents()
    chart.set_evaluated(fake_evaluated(scale=1.05))  # off the rungs (the fake's figures are round)
    base = which(chart)
    chart.set_evaluated(fake_evaluated(scale=1.06))
    assert which(chart) == pytest.approx(base)  # the same rung of the ladder
    chart.set_evaluated(fake_evaluated(scale=2.1))
    assert which(chart)[1] > base[1] * 1.3  # the data left the range: it follows
