"""Chart axes are drawn again only when what they show changed (edit-to-repaint, issue 14):
an axis whose range changed shows the new ticks; an unchanged one keeps its picture."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsItem

from colossus_desktop.drawing.charts.capex import CapexChart
from colossus_desktop.drawing.charts.power import PowerChart

from .chart_fakes import fake_evaluated

A = fake_evaluated(gpus=1_000_000, scale=1.0, horizon=6, turbines=True)
B = fake_evaluated(gpus=200_000, scale=1.7, horizon=4, turbines=False, months=18)


def _shown(cls, qapp):
    chart = cls()
    chart.resize(640, 400)
    chart.show()
    qapp.processEvents()
    return chart


def _spy(axis) -> list[list[str]]:
    """Every drawing of ``axis`` from now on, as the tick texts it drew."""
    drawn = []
    original = axis.generateDrawSpecs

    def generate(painter):
        specs = original(painter)
        drawn.append([text for _rect, _flags, text in specs[2]] if specs else [])
        return specs

    axis.generateDrawSpecs = generate
    return drawn


def _render(chart, qapp):
    qapp.processEvents()
    chart.graphics.grab()  # paints every item, through its cache when it has one


def _expected(axis) -> set[str]:
    """The tick texts pyqtgraph gives ``axis`` for its current range and length."""
    lo, hi = sorted(axis.range)
    out = set()
    for spacing, values in axis.tickValues(lo, hi, axis.geometry().width()):
        out |= {t for t in axis.tickStrings(values, axis.scale, spacing) if t}
    return out


def test_an_axis_whose_range_changed_is_drawn_again_with_the_new_ticks(qapp):
    chart = _shown(CapexChart, qapp)
    axis = chart.plot_item.getAxis("bottom")  # capex in US$: its range follows the totals
    drawn = _spy(axis)
    chart.set_evaluated(A)
    _render(chart, qapp)
    before, before_range = drawn[-1], list(axis.range)
    chart.set_evaluated(B)
    _render(chart, qapp)
    assert axis.range != before_range
    after = drawn[-1]
    assert after != before, "the axis kept its old ticks after its range changed"
    assert after and set(after) <= _expected(axis)


def test_an_unchanged_axis_is_not_drawn_again(qapp):
    chart = _shown(PowerChart, qapp)
    chart.set_evaluated(A)
    _render(chart, qapp)
    axis = chart.plot_item.getAxis("bottom")  # the bar names: the same ticks on every evaluation
    assert axis.cacheMode() == QGraphicsItem.CacheMode.DeviceCoordinateCache
    picture = axis.picture
    drawn = _spy(axis)
    chart.set_evaluated(A)
    _render(chart, qapp)
    assert drawn == [] and axis.picture is picture


def test_a_resized_chart_draws_its_axes_again(qapp):
    chart = _shown(CapexChart, qapp)
    chart.set_evaluated(A)
    _render(chart, qapp)
    drawn = _spy(chart.plot_item.getAxis("left"))
    chart.resize(500, 300)
    _render(chart, qapp)
    assert drawn
