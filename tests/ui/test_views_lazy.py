"""The view tabs are built when first needed, not when the window opens (start-up)."""

from __future__ import annotations


def test_tabs_are_built_on_first_use(make_window):
    w = make_window(autosave=False, restore_geometry=False)
    assert w.views.built() == {}  # the window opened without building them
    assert [w.tabs.tabText(i) for i in range(w.tabs.count())] == ["Charts", "Compare", "Sweep", "Uncertainty", "Failures"]
    assert "open_comparison" in w.actions_by_key  # the File menu has it from the start
    w.tabs.setCurrentIndex(3)  # the user picks "Uncertainty"
    view = w.views.built()["uncertainty"]
    assert w.tabs.currentWidget() is view and w.tabs.tabText(3) == "Uncertainty"
    assert set(w.views.built()) == {"uncertainty"}
    compare = w.views["compare"]  # code asking builds it too, without changing the tab shown
    assert w.tabs.indexOf(compare) == 1 and w.tabs.currentWidget() is view


def test_a_view_built_late_takes_the_chart_theme(make_window):
    w = make_window(autosave=False, restore_geometry=False)
    w.set_theme("projector")
    view = w.views["compare"]
    assert all(chart.theme.name == "projector" for chart in view.charts)
