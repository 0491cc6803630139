"""Help → Model vs published…: the dialog, its table, the parity chart and its export."""

from __future__ import annotations

import math

import numpy as np

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from colossus_desktop.drawing.charts.parity import ParityChart, parity_positions
from colossus_desktop.drawing.export import export_chart
from colossus_desktop.drawing.paint import footer_text
from colossus_desktop.ui.views.validation import SORT_ROLE, ValidationDialog
from colossus_desktop.validation import evaluate_figures, load_figures



@pytest.fixture(scope="module")
def rows():
    return evaluate_figures()


@pytest.fixture
def window(make_window):
    return make_window("colossus-2")


def chart_points(chart: ParityChart) -> int:
    data = [item.getData()[0] for item in chart.points.values()]
    return sum(0 if x is None else len(x) for x in data)


def test_help_menu_opens_the_view_once(qtbot, window):
    action = window.actions_by_key["validation"]
    help_menu = [m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Help"][0]
    assert action in help_menu.actions()
    action.trigger()
    dialog = window.validation_dialog
    assert isinstance(dialog, ValidationDialog) and dialog.isVisible()
    figures = load_figures()
    assert dialog.model.rowCount() == len(figures) == len(dialog.rows)
    assert chart_points(dialog.chart) == len(figures)
    assert not dialog.error
    action.trigger()  # evaluated once: the same dialog comes back
    assert window.validation_dialog is dialog
    # the right-click menu is the window's export menu
    menu = dialog.chart_menu()
    assert {"export-png-1920x1080", "export-svg", "export-pdf"} <= {a.objectName() for a in menu.actions()}


def test_table_sorts_by_value_not_text(qtbot, rows):
    dialog = ValidationDialog(rows=rows)
    qtbot.addWidget(dialog)
    proxy = dialog.proxy
    dialog.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    published = [proxy.index(i, 1).data(SORT_ROLE) for i in range(proxy.rowCount())]
    assert published == sorted(r.published for r in rows)
    dialog.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    worst = max(rows, key=lambda r: abs(r.error))
    assert proxy.index(0, 0).data() == worst.description
    assert proxy.index(0, 3).data() == f"{worst.error:+.1%}"


def test_chart_has_one_point_per_figure_and_names_it_on_hover(qtbot, rows):
    chart = ParityChart()
    qtbot.addWidget(chart)
    chart.resize(900, 500)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_rows(rows)
    assert chart_points(chart) == len(rows)
    (x_lo, x_hi), (y_lo, y_hi) = chart.plot_item.vb.viewRange()
    assert x_lo <= float(np.nanmin(chart.xs)) - 0.4 and float(np.nanmax(chart.xs)) + 0.4 <= x_hi  # every point in view
    finite = chart.ys[np.isfinite(chart.ys)]
    assert y_lo < math.log10(finite.min()) and math.log10(finite.max()) < y_hi
    assert "median error" in chart.plot_item.titleLabel.text
    i = max(range(len(rows)), key=lambda k: abs(rows[k].error))
    text = chart.hover(float(chart.xs[i]), math.log10(rows[i].ratio))
    assert text.splitlines()[0] == rows[i].description and rows[i].publisher in text
    assert chart.hover(float(chart.xs[i]) + 0.5, 5.0) is None  # nothing near: no read-out
    names = chart.legend_names()
    assert {"Within tolerance", "Outside tolerance", "±10%", "±30%"} <= set(names)


def test_positions_group_by_category_in_order_of_value(rows):
    xs, labels, bounds = parity_positions(rows)
    assert len(set(xs)) == len(rows) and all(b - a >= 1 for a, b in zip(sorted(xs), sorted(xs)[1:]))  # one slot each
    assert [key for _x, key in labels][:3] == ["training", "throughput", "reliability"]
    centres = [x for x, _key in labels]
    assert all(b - a >= 3 for a, b in zip(centres, centres[1:]))  # labels of small groups do not collide
    edges = [0.0, *bounds, max(xs) + 0.5]
    for (x, key), lo, hi in zip(labels, edges, edges[1:]):  # each group's points inside its bounds
        members = [xs[i] for i, r in enumerate(rows) if r.category == key]
        assert lo < min(members) and max(members) < hi + 1.5 and lo < x < hi + 1.5
    assert len(bounds) == len(labels) - 1
    training = sorted((xs[i], rows[i].published) for i, r in enumerate(rows) if r.category == "training")
    assert [p for _x, p in training] == sorted(p for _x, p in training)


def test_parity_chart_exports_to_png_with_its_own_footer(qapp, rows, tmp_path):
    chart = ParityChart()
    chart.set_rows(rows)
    path = export_chart(chart, tmp_path / "parity.png", size=(1280, 720))
    with Image.open(path) as image:
        assert image.size == (1280, 720)
        assert len(image.convert("RGB").getcolors(maxcolors=1 << 20)) > 50  # drawn, not blank
    lines = footer_text(chart, None)
    assert "Help → Model vs published" in " ".join(lines)  # where a reader finds each figure's source
    chart.close()
    QApplication.processEvents()


def test_a_broken_set_is_shown_not_raised(qtbot, monkeypatch, tmp_path):
    bad = tmp_path / "published.json"
    bad.write_text("{", encoding="utf-8")
    monkeypatch.setattr("colossus_desktop.validation.validation_set_path", lambda: bad)
    dialog = ValidationDialog()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and "published.json: not valid JSON" in dialog.summary.text()


def test_conflicts_are_labelled_with_their_decision_and_plotted_apart(qtbot, rows):
    conflicts = [r for r in rows if r.kind == "conflict"]
    assert conflicts and all(r.decision for r in conflicts), "the shipped set has conflicting figures"
    dialog = ValidationDialog(rows=rows)
    qtbot.addWidget(dialog)
    model = dialog.model
    by_name = {model.index(i, 0).data(): i for i in range(model.rowCount())}
    for r in conflicts:
        check = model.index(by_name[r.description], 5)
        assert check.data() == "conflict"
        assert r.decision in check.data(Qt.ItemDataRole.ToolTipRole)
    others = [r for r in rows if r.kind != "conflict"]
    assert all(model.index(by_name[r.description], 5).data() in ("model", "identity", "calibration") for r in others)
    assert {model.index(by_name[r.description], 5).data() for r in others if r.kind == "calibration"} == {"calibration"}
    # the parity chart: conflicts in their own items (their own symbol), with a legend entry
    chart = dialog.chart
    conflict_xs = [x for (kind, _w), item in chart.points.items() if kind == "conflict"
                   for x in (item.getData()[0] if item.getData()[0] is not None else [])]
    assert len(conflict_xs) == len(conflicts)
    symbols = {kind: item.opts["symbol"] for (kind, _w), item in chart.points.items()}
    assert len(set(symbols.values())) == 4  # model, identity, conflict, calibration
    assert any("Conflict" in name for name in chart.legend_names())
    i = rows.index(conflicts[0])
    text = chart.hover(float(chart.xs[i]), math.log10(rows[i].ratio))
    assert text.splitlines()[0] == rows[i].description and "Decision:" in text
    assert "conflicting figures" in dialog.summary.text()


def test_a_published_range_shows_low_to_high(qtbot, rows):
    from colossus_desktop.validation import published_text

    ranged = [r for r in rows if math.isfinite(r.published_low)]
    assert ranged, "the shipped set keeps a range where sources disagree"
    dialog = ValidationDialog(rows=rows)
    qtbot.addWidget(dialog)
    model = dialog.model
    by_name = {model.index(i, 0).data(): i for i in range(model.rowCount())}
    for r in ranged:
        cell = model.index(by_name[r.description], 1)
        assert cell.data() == published_text(r) and " – " in cell.data()
        assert cell.data(SORT_ROLE) == r.published  # still sorts by the published value
