"""The analysis tabs keep their charts readable in a small window: each chart has a floor of
READABLE_SHARE of the chart grid's smallest cell (scaled with the theme's type) and the tab
scrolls instead (the projector theme at 960×600 squeezed the Failures tab's lower charts to
~130 px and the sweep's to ~150 px, with overlapping labels); at 1280×800 nothing changes."""

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
    for chart in charts:
        assert (chart.minimumWidth(), chart.minimumHeight()) == (width, height)
        if chart.isVisible():
            assert chart.height() >= height and chart.width() >= width, (type(chart).__name__, chart.size())
    area = view.findChild(QScrollArea, f"view:{name}:scroll")
    assert area is not None
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)  # the tab scrolls instead


def test_sweep_charts_made_after_the_tab_get_the_floor_and_a_theme_change_moves_it(small_projector_window, qtbot):
    w = small_projector_window
    view = w.views["sweep"]
    w.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: bool(view.charts), timeout=60_000)
    width, height = _floor()
    assert all((c.minimumWidth(), c.minimumHeight()) == (width, height) for c in view.charts)
    w.set_theme("dark")
    dark = tuple(round(READABLE_SHARE * x) for x in min_cell(current_theme()))
    assert dark < (width, height)
    assert all((c.minimumWidth(), c.minimumHeight()) == dark for c in view.charts)
