"""The undo history on its own: no Qt, no QApplication, a fake clock for the merge window."""

from __future__ import annotations

import gc
import subprocess
import sys
import weakref
from pathlib import Path

import pytest

from colossus_desktop.ui.history import MAX_STEPS, MERGE_WINDOW_S, History


class Clock:
    """A clock the test moves by hand (seconds)."""

    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class State:
    """A stand-in for a scenario that a weak reference can follow."""

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"State({self.value!r})"


@pytest.fixture
def clock():
    return Clock()


def chain(history: History, clock: Clock, n: int, key=None, first: State | None = None, gap_s: float = 10.0) -> list[State]:
    """Record ``n`` edits from ``first`` (or a new State(0)), ``gap_s`` apart: value v → v + 1,
    labelled "edit v+1"; return the n + 1 states."""
    states = [first or State(0)]
    for _ in range(n):
        states.append(State(states[-1].value + 1))
        clock.now += gap_s
        history.do(f"edit {states[-1].value}", states[-2], states[-1], key)
    return states


def test_history_and_its_tests_import_no_qt():
    code = (
        "import sys\n"
        "import colossus_desktop.ui.history, tests.ui.test_history\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.strip() == "", f"Qt modules imported by the history: {out.stdout.strip()}"


def test_do_undo_redo(clock):
    h = History(clock=clock)
    assert not h.can_undo and not h.can_redo and len(h) == 0
    with pytest.raises(IndexError):
        h.undo()
    with pytest.raises(IndexError):
        h.redo()
    s = chain(h, clock, 3)
    assert len(h) == 3 and h.index == 3 and h.can_undo and not h.can_redo
    assert h.undo() is s[2] and h.undo() is s[1]
    assert h.index == 1 and h.can_undo and h.can_redo
    assert h.redo() is s[2] and h.redo() is s[3]
    with pytest.raises(IndexError):
        h.redo()
    assert [h.undo() for _ in range(3)] == [s[2], s[1], s[0]]
    assert not h.can_undo


def test_labels_name_the_next_undo_and_redo_step(clock):
    h = History(clock=clock)
    assert h.undo_text == "" and h.redo_text == ""
    chain(h, clock, 2)
    assert h.undo_text == "edit 2" and h.redo_text == ""
    h.undo()
    assert h.undo_text == "edit 1" and h.redo_text == "edit 2"
    h.undo()
    assert h.undo_text == "" and h.redo_text == "edit 1"


def test_new_edit_discards_the_redo_branch(clock):
    h = History(clock=clock)
    s = chain(h, clock, 3)
    h.undo()
    h.undo()
    new = State("d")
    h.do("edit d", s[1], new)
    assert len(h) == 2 and not h.can_redo and h.redo_text == "" and h.undo_text == "edit d"
    assert h.undo() is s[1] and h.redo() is new


def test_clean_index_follows_undo_and_redo(clock):
    h = History(clock=clock)
    assert h.is_clean and h.clean_index == 0
    chain(h, clock, 2)
    assert not h.is_clean
    h.undo()
    h.undo()
    assert h.is_clean
    h.redo()
    h.set_clean()  # saved after one step
    assert h.is_clean and h.clean_index == 1
    h.redo()
    assert not h.is_clean
    h.undo()
    assert h.is_clean
    h.undo()
    assert not h.is_clean


def test_clean_state_dropped_with_the_redo_branch_never_comes_back(clock):
    h = History(clock=clock)
    s = chain(h, clock, 2)
    h.set_clean()
    h.undo()
    h.do("other", s[1], State("x"))  # the saved state was the step just discarded
    assert h.clean_index is None and not h.is_clean
    for _ in range(2):
        h.undo()
        assert not h.is_clean
    h.redo()
    h.set_clean()
    assert h.is_clean and h.clean_index == 1


def test_clear_forgets_every_step_and_is_clean(clock):
    h = History(clock=clock)
    chain(h, clock, 3)
    h.undo()
    h.clear()
    assert len(h) == 0 and h.is_clean and not h.can_undo and not h.can_redo


def test_edits_of_one_field_merge_within_the_window(clock):
    h = History(clock=clock)
    s = [State(i) for i in range(5)]
    assert h.do("Change costs.staff_count", s[0], s[1], ("costs.staff_count",)) is False
    for i in (2, 3, 4):  # each within the window of the previous one: the window slides
        clock.now += MERGE_WINDOW_S * 0.9
        assert h.do(f"label {i}", s[i - 1], s[i], ("costs.staff_count",)) is True
    assert len(h) == 1 and h.undo_text == "Change costs.staff_count"  # the first label stays
    assert h.undo() is s[0] and h.redo() is s[4]


def test_merge_window_ends_and_other_fields_or_unkeyed_steps_never_merge(clock):
    h = History(clock=clock)
    s = [State(i) for i in range(6)]
    h.do("a", s[0], s[1], ("a",))
    clock.now += MERGE_WINDOW_S + 0.01
    assert h.do("a", s[1], s[2], ("a",)) is False  # too late
    clock.now += 0.1
    assert h.do("b", s[2], s[3], ("b",)) is False  # another field
    clock.now += 0.1
    assert h.do("pool", s[3], s[4]) is False  # no key: a pool operation
    clock.now += 0.1
    assert h.do("pool", s[4], s[5]) is False
    assert len(h) == 5
    h.merge_window_s = -1.0  # how a test turns merging off
    h.do("b", s[5], State(6), ("b",))
    h.do("b", s[5], State(7), ("b",))
    assert len(h) == 7


def test_no_merge_into_the_saved_state_or_with_something_to_redo(clock):
    h = History(clock=clock)
    s = [State(i) for i in range(5)]
    key = ("costs.staff_count",)
    h.do("x", s[0], s[1], key)
    h.set_clean()
    clock.now += 0.1
    assert h.do("x", s[1], s[2], key) is False and len(h) == 2  # saved state kept apart
    assert h.undo() is s[1] and h.is_clean
    clock.now += 0.1
    assert h.do("x", s[1], s[3], key) is False  # redo branch (s[2]) dropped, a new step
    assert len(h) == 2 and not h.can_redo and h.undo() is s[1]


def test_memory_is_bounded_by_max_steps(clock):
    h = History(max_steps=3, clock=clock)
    s = chain(h, clock, 3)
    h.set_clean()  # at index 3
    refs = [weakref.ref(x) for x in s]
    more = chain(h, clock, 2, first=s[3])
    assert len(h) == 3 and h.index == 3 and h.clean_index == 1
    assert h.undo() is more[1] and h.undo() is s[3]
    assert h.is_clean  # the saved state moved down with the steps but is still there
    assert h.undo() is s[2] and not h.can_undo  # the two oldest steps are gone
    s = more = None
    gc.collect()
    assert [r() is None for r in refs] == [True, True, False, False]  # and so are their states


def test_clean_state_dropped_off_the_bottom(clock):
    h = History(max_steps=2, clock=clock)
    h.set_clean()  # at index 0: the first state
    chain(h, clock, 3)
    assert h.clean_index is None
    h.undo()
    h.undo()
    assert not h.can_undo and not h.is_clean


def test_default_bound(clock):
    h = History(clock=clock)
    assert h.max_steps == MAX_STEPS
    chain(h, clock, MAX_STEPS + 10)
    assert len(h) == MAX_STEPS and h.undo_text == f"edit {MAX_STEPS + 10}"
    for _ in range(MAX_STEPS):
        h.undo()
    assert not h.can_undo and h.redo_text == "edit 11"
    with pytest.raises(ValueError):
        History(max_steps=0)


def test_no_merge_into_a_step_left_to_redo(clock):
    h = History(clock=clock)
    s = [State(i) for i in range(4)]
    key = ("facility.pue",)
    h.do("x", s[0], s[1], key)
    clock.now += MERGE_WINDOW_S + 1
    h.do("x", s[1], s[2], key)
    h.undo()  # not clean, and the step on top of the list is the one to redo
    clock.now += 0.1
    assert h.do("x", s[1], s[3], key) is False
    assert len(h) == 2 and not h.can_redo and h.undo() is s[1] and h.redo() is s[3]
