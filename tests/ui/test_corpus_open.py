"""The crash corpus (``tests/corpus``) through the window's File ▸ Open: a refused file is one
message naming it and leaves the open document alone; an accepted one opens, evaluates and
draws without an exception or a Qt warning, and every number in the form shows the file's value
(issue 12: a count of 2**63 crashed the pools table, a GPU count of 2**31 a spin box)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication

from colossus_desktop.scenario.files import load_scenario
from colossus_desktop.ui.edits import get_value

from tests.scenario.oracle import ACCEPTED, CORPUS


@pytest.fixture
def window(make_window):
    return make_window("colossus-1", autosave=False, restore_geometry=False)


def _settle(qtbot, window):
    qtbot.waitUntil(lambda: not window.evaluator.timer.isActive(), timeout=5000)
    QApplication.processEvents()


def _form_shows_the_document(window) -> int:
    """Assert every spin box and pool row shows the document's value; return how many were checked."""
    scenario = window.document.scenario
    checked = 0
    for path, bound in window.builder.binder.fields.items():
        w = bound.widget
        if not isinstance(w, QAbstractSpinBox):
            continue
        stored = get_value(scenario, path)
        if stored is None or stored == "auto":
            assert w.value() == w.minimum(), path
            continue
        shown = stored * bound.spec.scale
        tolerance = 0.5 * 10 ** -(w.decimals() if hasattr(w, "decimals") else 0)
        assert math.isclose(w.value(), shown, rel_tol=1e-9, abs_tol=tolerance), (path, w.value(), shown)
        checked += 1
    model = window.builder.pools.model
    for row, pool in enumerate(scenario.pools):
        cells = [str(model.data(model.index(row, c))) for c in range(model.columnCount())]
        assert any(c.replace(",", "").replace("\u202f", "").replace(" ", "") == str(pool.count) for c in cells), cells
        checked += 1
    return checked


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_open_refuses_in_one_message_or_shows_every_value(qtbot, qtlog, window, path: Path):
    _settle(qtbot, window)
    before = window.document.scenario
    opened = window.file_controller.open_path(path)
    _settle(qtbot, window)
    errors = window.prompter.errors
    if path.stem not in ACCEPTED:
        assert not opened and len(errors) == 1
        message = errors[0][1]
        assert "\n" not in message and message.startswith(f"{path}: ") and len(message) < 1000
        assert window.document.scenario is before
    else:
        assert opened and errors == [], errors
        assert window.document.scenario == load_scenario(path)
        assert window.evaluator.last is not None and window.evaluator.last.scenario == window.document.scenario
        assert _form_shows_the_document(window) > 40
    warnings = [r.message for r in qtlog.records if "QFont" not in r.message]
    assert warnings == [], warnings
