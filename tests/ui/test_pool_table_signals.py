"""The pools table keeps its views in step with the document: no Qt warning after a refused
edit, whatever comes next (issue 12, item 6).

The document used to tell the views its errors were gone *before* telling them the scenario had
changed; the table, still showing the old rows, then signalled rows that no longer existed and
Qt printed "dataChanged() called with an invalid index range".
"""

from __future__ import annotations

import pytest

from colossus_desktop.scenario.presets import load_preset
from colossus_desktop.ui.builder.pools.page import PoolsPage
from colossus_desktop.ui.document import Document

from .qt_messages import qt_messages, warnings_in


@pytest.fixture
def page(qtbot):
    page = PoolsPage(Document(load_preset("colossus-2")))
    qtbot.addWidget(page)
    page.show()
    return page


def _refuse_an_edit(page, row):
    model = page.model
    assert not model.setData(model.index(row, 2), -5)  # a negative count is refused
    assert f"pools[{row}].count" in page.document.errors


@pytest.mark.parametrize("follow_up", ["remove", "undo", "add", "duplicate", "move", "valid edit"])
def test_a_refused_edit_then_a_change_of_rows_gives_no_qt_warning(page, qtbot, follow_up):
    doc, model = page.document, page.model
    last = len(doc.scenario.pools) - 1
    with qt_messages() as seen:
        _refuse_an_edit(page, last)
        if follow_up == "undo":
            doc.add_pool()
            _refuse_an_edit(page, last + 1)
            doc.undo()
        elif follow_up == "remove":
            doc.remove_pool(last)
        elif follow_up == "add":
            doc.add_pool()
        elif follow_up == "duplicate":
            doc.duplicate_pool(0)
        elif follow_up == "move":
            doc.move_pool(last, 0)
        else:
            assert model.setData(model.index(0, 2), doc.scenario.pools[0].count + 1)
        qtbot.wait(1)
    assert warnings_in(seen) == []
    assert not doc.errors  # the new scenario cleared the refused value
    assert model.rowCount() == len(doc.scenario.pools)


def test_the_table_sees_the_new_rows_before_the_errors_go(page):
    """The order itself: ``changed`` reaches the views before ``errorsChanged``."""
    doc = page.document
    _refuse_an_edit(page, len(doc.scenario.pools) - 1)
    order = []
    doc.changed.connect(lambda: order.append(("changed", len(doc.scenario.pools), page.model.rowCount())))
    doc.errorsChanged.connect(lambda: order.append(("errors", len(doc.scenario.pools), page.model.rowCount())))
    doc.remove_pool(len(doc.scenario.pools) - 1)
    n = len(doc.scenario.pools)
    assert [o[0] for o in order] == ["changed", "errors"]
    assert order[1][1:] == (n, n)  # when the errors go, the table already has the new rows


def test_a_table_without_rows_signals_nothing(qtbot):
    """Defence in depth: a change with no rows to repaint emits no (invalid) range."""
    page = PoolsPage(Document(load_preset("colossus-2")))
    qtbot.addWidget(page)
    model = page.model
    with qt_messages() as seen:
        model._rows = 0
        model._all_changed()
    assert warnings_in(seen) == []
