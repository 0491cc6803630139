"""The analysis tabs keep their charts readable in a small window: each chart has a floor of
READABLE_SHARE of the chart grid's smallest cell (scaled with the theme's type), its data area a
floor of its own (plot_floor.py), and the tab scrolls instead (the projector theme at 960×600
left the failure timeline 52 px of plot and the tornado's bars 43 px); at 1280×800 and
1920×1080 nothing changes (checked on screenshots, pixel for pixel)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea

from colossus_desktop.drawing.charts.view import ChartView
from colossus_desktop.drawing.theme import current_theme
from colossus_desktop.ui.chart_grid import min_cell
from colossus_desktop.ui.views import READABLE_SHARE


@pytest.fixture
def small_projector_window(make_window):
    from colossus_desktop.scenario.presets import load_preset

    w = make_window(load_preset("colossus-2"), autosave=False, restore_geometry=False)
    w.set_theme("projector")
    w.resize_for_screenshot(960, 600)
    w.show()
    return w


def _floor():
    return tuple(round(READABLE_SHARE * x) for x in min_cell(current_theme()))


@pytest.mark.parametrize("name", ["failures", "uncertainty"])
def test_the_tabs_charts_keep_their_floor_and_the_tab_scrolls(small_projector_window, qtbot, name):
    w = small_projector_window
    view = w.views[name]
    w.tabs.setCurrentWidget(view)
    qtbot.waitUntil(view.isVisible)
    width, height = _floor()
    charts = view.findChildren(ChartView)
    assert charts
    area = view.findChild(QScrollArea, f"view:{name}:scroll")
    assert area is not None
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)  # the tab scrolls instead
    shown = [c for c in charts if c.isVisible()]
    assert shown

    def data_areas_at_floor():
        return all(c.plot_item.vb.width() >= c._plot_floor.floor()[0] - 1
                   and c.plot_item.vb.height() >= c._plot_floor.floor()[1] - 1 for c in shown)

    qtbot.waitUntil(data_areas_at_floor)  # the data areas, not only the charts (title, legend aside)
    for chart in charts:
        assert chart.minimumWidth() >= width and chart.minimumHeight() >= height
    for chart in shown:
        assert chart.height() >= height and chart.width() >= width, (type(chart).__name__, chart.size())


def test_sweep_charts_made_after_the_tab_get_the_floor_and_a_theme_change_moves_it(small_projector_window, qtbot):
    w = small_projector_window
    view = w.views["sweep"]
    w.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: bool(view.charts), timeout=60_000)
    width, height = _floor()
    assert all(c.minimumWidth() >= width and c.minimumHeight() >= height for c in view.charts)
    grown = [c.minimumHeight() for c in view.charts]
    w.set_theme("dark")  # smaller type: the floors start again from the dark theme's
    dark = tuple(round(READABLE_SHARE * x) for x in min_cell(current_theme()))
    assert dark < (width, height)
    assert all(c.minimumWidth() >= dark[0] and c.minimumHeight() >= dark[1] for c in view.charts)
    assert [c.minimumHeight() for c in view.charts] < grown


def test_a_plot_floor_raises_the_minimum_only_by_what_the_data_area_lacks(qtbot):
    from PySide6.QtGui import QFontMetricsF

    from colossus_desktop.drawing.charts.plot_floor import LINES_HIGH, keep_plot_readable
    from colossus_desktop.drawing.charts.sweep_line import SweepLineChart
    from colossus_desktop.drawing.charts.tornado import TornadoChart

    roomy = SweepLineChart()
    qtbot.addWidget(roomy)
    roomy.resize(600, 400)
    roomy.show()
    keep_plot_readable(roomy, (50, 50))
    qtbot.waitUntil(lambda: roomy.plot_item.vb.height() > 100)
    roomy._plot_floor.grow()
    assert (roomy.minimumWidth(), roomy.minimumHeight()) == (50, 50)  # room enough: untouched

    area = QScrollArea()
    qtbot.addWidget(area)
    area.setWidgetResizable(True)
    small = SweepLineChart()
    small.PLOT_FLOOR_LINES = (9, 14)  # taller than a 160 px chart's data area can be
    area.setWidget(small)
    area.resize(400, 160)
    area.show()
    floor = keep_plot_readable(small, (50, 50))
    line = QFontMetricsF(small.tick_font()).height()
    assert floor.floor() == pytest.approx((9 * line, 14 * line))
    qtbot.waitUntil(lambda: small.plot_item.vb.height() >= floor.floor()[1] - 1)
    assert small.minimumHeight() > 160 and area.verticalScrollBar().maximum() > 0  # the area scrolls

    tornado = TornadoChart()
    qtbot.addWidget(tornado)
    assert keep_plot_readable(tornado, (50, 50)).floor()[1] == pytest.approx(
        3 * 2.4 * QFontMetricsF(tornado.tick_font()).height())  # its fewest rows, taller than LINES_HIGH
    assert 3 * 2.4 > LINES_HIGH
