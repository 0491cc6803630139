"""Monkey test: about 1,000 random actions of a user on a real main window (issue 12).

Each action goes through the widgets a user touches: text typed into the form's spin boxes and
line edits (huge, negative, empty, not a number), the pools table's editors, the pool buttons,
Undo/Redo (menu and keys), the builder's pages, the chart theme, File → New from a preset,
Save As and Open in a temporary folder. Every question is answered by a recording prompter with
seeded answers. After every action:

- no Python exception, raised or inside a Qt slot (pytest-qt's ``capture_exceptions``);
- no Qt warning (a message handler; only the offscreen platform's own notes are let through);
- the document is valid, the pools table shows its rows, and any refused value is listed
  (``document.errors``, shown in the status bar).

Deterministic: the actions come from ``random.Random(seed)`` and the undo history's merge
window reads a clock that the test advances, so a failure replays with the same seed. A failure
names the seed and the last actions. ``COLOSSUS_MONKEY_SEED`` and ``COLOSSUS_MONKEY_ACTIONS``
override the defaults (to explore further seeds locally).
"""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from colossus_desktop.scenario.model import Scenario
from colossus_desktop.scenario.presets import load_preset, preset_ids
from colossus_desktop.ui.builder.pools.model import COLUMNS

from .helpers import FakePrompter
from .qt_messages import qt_messages, warnings_in

SEED = int(os.environ.get("COLOSSUS_MONKEY_SEED", "20261129"))
ACTIONS = int(os.environ.get("COLOSSUS_MONKEY_ACTIONS", "1000"))
PAINT_EVERY = 10

NUMBER_TEXTS = [
    "0", "1", "-1", "-5", "", " ", "abc", "1e400", "-1e400", "9" * 25, "2147483648",
    "9223372036854775808", "1.5", "0.0001", "12,345", "nan", "inf", "-inf", "1e-320", "--3", "+7",
    "0x10", "½", "٣",
]
LINE_TEXTS = ["", "x", "A run", "é漢字🙂", "x" * 5000, "\t", "  padded  ", "<b>html</b>", "1e400", "\u202e"]
CELL_TEXTS = {
    "name": ["", "Pool", "x" * 2000, "漢字", "<i>"],
    "arrival": ["2025-07", "2025-13", "", "abcd", "1999-01", "9999-12", "2026-00", "-2025-01", "2025-7", "2025/07"],
}


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` as key events carrying it, the way an input method or a
    keyboard sends text (``QTest.keyClicks`` only knows Latin-1 and aborts on the rest). A long
    text comes as one event, like a paste."""
    chunks = [text] if len(text) > 40 else list(text)
    for chunk in chunks:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, chunk))


class MonkeyPrompter(FakePrompter):
    """A FakePrompter whose answers are drawn from the monkey's random generator."""

    def __init__(self, rng: random.Random, folder: Path):
        super().__init__()
        self.rng = rng
        self.folder = folder

    def ask_save_changes(self, name):
        self.save_answer = self.rng.choice(["discard", "discard", "cancel", "save"])
        return super().ask_save_changes(name)

    def save_path(self, suggested=""):
        self.save_as_answer = self.rng.choice([None, str(self.folder / f"s{self.rng.randrange(5)}.json")])
        return super().save_path(suggested)

    def choose_new(self):
        self.new_answer = self.rng.choice([None, *(load_preset(p) for p in self.rng.sample(preset_ids(), 1))])
        return super().choose_new()

    def open_path(self, directory=""):
        saved = sorted(self.folder.glob("*.json"))
        self.open_answer = self.rng.choice([None, str(self.folder / "missing.json"), str(self.folder / "bad.json"),
                                            *map(str, saved)])
        return super().open_path(directory)


class Monkey:
    def __init__(self, window, qtbot, rng: random.Random, folder: Path):
        self.w = window
        self.qtbot = qtbot
        self.rng = rng
        self.folder = folder
        self.log: list[str] = []
        self.seconds: dict[str, float] = {}  # time spent per kind of action (to keep the test fast)
        self.now = 0.0
        window.document.history.clock = lambda: self.now  # merges depend on the action count only
        fields = window.builder.binder.fields
        self.spins = sorted(p for p, b in fields.items() if isinstance(b.widget, QAbstractSpinBox))
        self.lines = sorted(p for p, b in fields.items() if isinstance(b.widget, (QLineEdit, QPlainTextEdit)))
        self.combos = sorted(p for p, b in fields.items() if type(b.widget) is QComboBox)
        self.checks = sorted(p for p, b in fields.items() if isinstance(b.widget, QCheckBox))
        (folder / "bad.json").write_text('{"format": "colossus-desktop-scenario", "schema_version": 1, "pools": [')
        self.actions = [
            (self.type_number, 30), (self.step_number, 8), (self.type_line, 8), (self.pick_choice, 5),
            (self.toggle, 3), (self.edit_cell, 16), (self.pool_button, 12), (self.undo_redo, 12),
            (self.undo_key, 5), (self.switch_page, 4), (self.theme, 2), (self.new_document, 1),
            (self.save_as, 2), (self.open_file, 2), (self.revert, 1), (self.evaluate, 4),
        ]

    # ---------------------------------------------------------------- actions
    def _focus(self, widget: QWidget) -> None:
        widget.setFocus()  # immediate in the active window; events are processed after the action

    def type_number(self):
        path = self.rng.choice(self.spins)
        box = self.w.builder.show_field(path)
        text = self.rng.choice(NUMBER_TEXTS + [str(self.rng.randint(-10**6, 10**12)), f"{self.rng.uniform(0, 10):.3f}"])
        end = self.rng.choice(["", "return", "tab"])
        self.log.append(f"type {text[:40]!r} into {path} then {end or 'nothing'}")
        self._focus(box)
        box.selectAll()
        type_text(box, text)
        if end == "return":
            QTest.keyClick(box, Qt.Key.Key_Return)
        elif end == "tab":
            QTest.keyClick(box, Qt.Key.Key_Tab)

    def step_number(self):
        path = self.rng.choice(self.spins)
        box = self.w.builder.show_field(path)
        key = self.rng.choice([Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown])
        where = self.rng.choice(["", "maximum", "minimum"])
        self.log.append(f"step {path} {key.name} from {where or 'its value'}")
        self._focus(box)
        if where:
            box.setValue(box.maximum() if where == "maximum" else box.minimum())
        QTest.keyClick(box, key)

    def type_line(self):
        path = self.rng.choice(self.lines)
        edit = self.w.builder.show_field(path)
        text = self.rng.choice(LINE_TEXTS)
        self.log.append(f"type {text[:40]!r} into {path}")
        self._focus(edit)
        edit.selectAll()
        type_text(edit, text)

    def pick_choice(self):
        path = self.rng.choice(self.combos)
        combo = self.w.builder.show_field(path)
        if combo.count():
            i = self.rng.randrange(combo.count())
            self.log.append(f"pick item {i} of {path}")
            combo.setCurrentIndex(i)

    def toggle(self):
        path = self.rng.choice(self.checks)
        self.log.append(f"toggle {path}")
        self.w.builder.show_field(path).click()

    def _pools_page(self):
        self.w.builder.toolbox.setCurrentWidget(self.w.builder.pages[self.w.builder.pools.objectName()])
        return self.w.builder.pools

    def edit_cell(self):
        page = self._pools_page()
        table, model = page.table, page.model
        row = self.rng.randrange(model.rowCount())
        # The arrival month is the cell a user most often gets wrong: half the edits go there.
        col = COLUMNS.index("arrival") if self.rng.random() < 0.5 else self.rng.randrange(len(COLUMNS))
        key = COLUMNS[col]
        index = model.index(row, col)
        table.setCurrentIndex(index)
        table.setFocus()
        QTest.keyClick(table, Qt.Key.Key_F2)  # the edit key: opens the cell's editor
        editor = QApplication.focusWidget()
        if key == "accelerator":
            combo = table.indexWidget(index) or editor
            if isinstance(combo, QComboBox) and combo.count():
                i = self.rng.randrange(combo.count())
                if combo.itemData(i) and not str(combo.itemData(i)).startswith("\x00"):  # not "Custom…"
                    self.log.append(f"pick chip {combo.itemData(i)} for pool {row + 1}")
                    combo.setCurrentIndex(i)
                    combo.activated.emit(i)
                    return
            self.log.append(f"open and close the chip picker of pool {row + 1}")
            QTest.keyClick(QApplication.focusWidget() or table, Qt.Key.Key_Escape)
            return
        if isinstance(editor, QAbstractSpinBox):
            text = self.rng.choice(NUMBER_TEXTS + [str(self.rng.randint(0, 10**7))])
        else:
            text = self.rng.choice(CELL_TEXTS.get(key, ["x"]))
        end = self.rng.choice(["return", "return", "escape", "tab"])
        self.log.append(f"type {text[:40]!r} into pool {row + 1} {key} then {end}")
        if editor is None or editor is table:
            return
        if isinstance(editor, (QLineEdit, QAbstractSpinBox)):
            editor.selectAll()
        type_text(editor, text)
        QTest.keyClick(editor, {"return": Qt.Key.Key_Return, "escape": Qt.Key.Key_Escape, "tab": Qt.Key.Key_Tab}[end])

    def pool_button(self):
        page = self._pools_page()
        rows = page.model.rowCount()
        if rows:
            page.table.selectRow(self.rng.randrange(rows))
        key = self.rng.choice(["add", "duplicate", "remove", "up", "down"])
        self.log.append(f"click pool {key} (row {page.table.currentIndex().row() + 1} of {rows})")
        page.buttons[key].click()

    def undo_redo(self):
        which = self.rng.choice(["undo", "undo", "redo"])
        action = self.w.actions_by_key[which]
        self.log.append(f"Edit → {which} ({'enabled' if action.isEnabled() else 'disabled'})")
        if action.isEnabled():
            action.trigger()

    def undo_key(self):
        path = self.rng.choice(self.spins + self.lines)
        widget = self.w.builder.show_field(path)
        shift = self.rng.random() < 0.3
        self.log.append(f"press Ctrl+{'Shift+' if shift else ''}Z in {path}")
        self._focus(widget)
        mods = Qt.KeyboardModifier.ControlModifier | (Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier)
        QTest.keyClick(QApplication.focusWidget() or widget, Qt.Key.Key_Z, mods)

    def switch_page(self):
        i = self.rng.randrange(self.w.builder.toolbox.count())
        self.log.append(f"open builder page {i}")
        self.w.builder.toolbox.setCurrentIndex(i)

    def theme(self):
        name = self.rng.choice(["dark", "projector"])
        self.log.append(f"theme {name}")
        self.w.theme_actions[name].trigger()

    def new_document(self):
        self.log.append("File → New…")
        self.w.actions_by_key["new"].trigger()

    def save_as(self):
        self.log.append("File → Save As…")
        self.w.actions_by_key["save_as"].trigger()

    def open_file(self):
        self.log.append("File → Open…")
        self.w.actions_by_key["open"].trigger()

    def revert(self):
        self.log.append("File → Revert")
        self.w.actions_by_key["revert"].trigger()

    def evaluate(self):
        self.log.append("wait for the charts")
        self.qtbot.wait(self.rng.choice([0, 5, 50]))

    # ---------------------------------------------------------------- checks
    def check(self, exceptions, seen) -> None:
        QApplication.processEvents()
        problems = []
        if exceptions:
            problems += [f"exception: {e[0].__name__}: {e[1]}" for e in exceptions]
        problems += [f"Qt warning: {m}" for m in warnings_in(seen)]
        doc = self.w.document
        try:
            Scenario.model_validate(doc.scenario.model_dump())
        except Exception as exc:  # noqa: BLE001
            problems.append(f"invalid document: {exc}")
        if self.w.builder.pools.model.rowCount() != len(doc.scenario.pools):
            problems.append("the pools table does not show the document's pools")
        label = self.w.stale_label
        # (a temporary status message, e.g. "Saved …", hides the status bar's widgets a while)
        if doc.errors and not (label.text() and (not label.isHidden() or self.w.statusBar().currentMessage())):
            problems.append(f"refused values not listed: {doc.errors}")
        if problems:
            recent = "\n  ".join(self.log[-15:])
            pytest.fail(f"seed {SEED}, action {len(self.log)}:\n  " + "\n  ".join(problems)
                        + f"\nlast actions:\n  {recent}", pytrace=False)
        exceptions.clear()
        seen.clear()

    def run(self, count: int) -> None:
        choices, weights = zip(*self.actions)
        with self.qtbot.capture_exceptions() as exceptions, qt_messages() as seen:
            for _ in range(count):
                self.now += self.rng.choice([0.2, 0.5, 2.0])
                # The charts take every result (set_evaluated runs each time) but paint after one
                # action in PAINT_EVERY: painting is most of the cost, and one in ten still
                # paints each chart in many states.
                self.w.chart_panel.setUpdatesEnabled(self.rng.randrange(PAINT_EVERY) == 0)
                action = self.rng.choices(choices, weights)[0]
                t0 = time.perf_counter()
                try:
                    action()
                except Exception as exc:  # noqa: BLE001 - reported with the seed and the log
                    exceptions.append((type(exc), exc, exc.__traceback__))
                self.check(exceptions, seen)
                self.seconds[action.__name__] = self.seconds.get(action.__name__, 0.0) + time.perf_counter() - t0


# a chart handed a NaN point makes pyqtgraph warn while it paints: no chart may
@pytest.mark.filterwarnings("error:All-NaN slice:RuntimeWarning")
def test_a_thousand_random_actions(make_window, qtbot, tmp_path):
    rng = random.Random(SEED)
    folder = tmp_path / "files"
    folder.mkdir()
    window = make_window(prompter=MonkeyPrompter(rng, folder), restore_geometry=False)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    monkey = Monkey(window, qtbot, rng, folder)
    monkey.run(ACTIONS)
    print("seconds per kind of action:", {k: round(v, 2) for k, v in sorted(monkey.seconds.items(), key=lambda kv: -kv[1])})
    assert len(monkey.log) >= ACTIONS
    assert monkey.w.prompter.asked, "the prompter was never asked anything: File actions did not run"
