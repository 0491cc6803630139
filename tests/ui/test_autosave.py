"""Autosave during continuous editing, its failures said in the status bar, and the leftovers of
killed writes removed at start (issue 12, items 8 and 9).

Time is simulated: the autosaver reads a fake clock and the test fires its timer (``tick``)
whenever the simulated time reaches the moment the real timer was armed for, so 20 s of editing
take a fraction of a second.
"""

from __future__ import annotations

import errno
import json
import os
import time

import pytest

from colossus_desktop.scenario import files
from colossus_desktop.scenario.errors import ScenarioError
from colossus_desktop.scenario.files import load_scenario
from colossus_desktop.scenario.presets import load_preset
from colossus_desktop.ui.autosave import MAX_DELAY_MS, QUIET_MS, Autosaver, find_recoverable
from colossus_desktop.ui.document import Document


class Clock:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t


class Sim:
    """A document, its autosaver on a fake clock, and the writes it made (simulated time)."""

    def __init__(self, folder):
        self.clock = Clock()
        self.doc = Document(load_preset("colossus-2"))
        self.saver = Autosaver(self.doc, folder, clock=self.clock)
        self.writes: list[tuple[float, int]] = []  # (simulated time, staff_count written)
        self.saver.saved.connect(self._saved)

    def _saved(self):
        self.writes.append((self.clock.t, load_scenario(self.saver.path).costs.staff_count))

    def advance(self, dt):
        """Let ``dt`` seconds pass, firing the timer when it falls due within them."""
        end = self.clock.t + dt
        while (due := self.saver.due_at) is not None and due <= end:
            # The real timer is armed, never for longer than the maximum delay.
            assert self.saver.timer.isActive() and self.saver.timer.interval() <= MAX_DELAY_MS
            self.clock.t = max(self.clock.t, due)
            self.saver.tick()
        self.clock.t = end

    def close(self):
        self.saver.close()


@pytest.fixture
def sim(qapp, tmp_path):
    s = Sim(tmp_path / "autosave")
    yield s
    s.close()


def test_continuous_editing_is_saved_within_the_maximum_delay(sim):
    """An edit every 0.5 s for 20 s: never 2 s of quiet, yet the work is written at least every
    5 s, and after a crash at 20 s the autosave holds an edit at most 5 s old."""
    edit_s, total_s = 0.5, 20.0
    values = []
    for i in range(int(total_s / edit_s)):
        values.append(1000 + i)
        assert sim.doc.set_field("costs.staff_count", values[-1]) is None
        sim.advance(edit_s)
    assert sim.writes, "nothing was written during 20 s of editing"
    times = [t for t, _ in sim.writes]
    first_edit = 1000.0
    assert times[0] - first_edit <= MAX_DELAY_MS / 1000
    assert all(b - a <= MAX_DELAY_MS / 1000 + edit_s for a, b in zip(times, times[1:]))
    # Each write holds the latest edit at that moment.
    for t, written in sim.writes:
        assert written == values[int((t - first_edit) / edit_s - 1e-9)]

    # The crash: the process dies (its lock is free), the next start finds the work.
    sim.saver.lock.unlock()
    (found,) = find_recoverable(sim.saver.folder)
    recovered = load_scenario(found.scenario_path).costs.staff_count
    assert recovered in values[-int(MAX_DELAY_MS / 1000 / edit_s) - 1:]


def test_a_pause_saves_after_the_quiet_delay(sim):
    sim.doc.set_field("costs.staff_count", 4242)
    sim.advance(QUIET_MS / 1000 - 0.1)
    assert sim.writes == []
    sim.advance(0.2)
    assert [w for _, w in sim.writes] == [4242]
    sim.advance(60)
    assert len(sim.writes) == 1  # nothing new, nothing written


def test_saving_the_document_cancels_the_pending_write(sim, tmp_path):
    sim.doc.set_field("costs.staff_count", 4242)
    sim.doc.mark_saved(tmp_path / "x.json")
    assert sim.saver.due_at is None and not sim.saver.timer.isActive()
    sim.advance(10)
    assert sim.writes == [] and not sim.saver.path.exists()


def test_the_real_timer_writes(qtbot, tmp_path):
    doc = Document(load_preset("colossus-2"))
    saver = Autosaver(doc, tmp_path, quiet_ms=20, max_delay_ms=40)
    try:
        doc.set_field("costs.staff_count", 777)
        qtbot.waitUntil(saver.path.exists, timeout=5000)
        assert json.loads(saver.path.read_text())["costs"]["staff_count"] == 777
    finally:
        saver.close()


def _disk_full(scenario, path):
    raise ScenarioError("cannot save: the disk is full", path=path)


def _unwritable(scenario):
    raise ValueError("Out of range float values are not JSON compliant: inf")


@pytest.mark.parametrize(
    "breakage, words",
    [
        ("disk full", ["disk is full"]),
        ("folder is a file", ["autosave"]),
        ("cannot serialise", ["cannot be written", "JSON compliant"]),
    ],
)
def test_a_failed_write_is_said_in_the_status_bar(make_window, monkeypatch, tmp_path, breakage, words):
    w = make_window()
    saver = w.autosaver
    if breakage == "disk full":
        monkeypatch.setattr(files, "save_scenario", _disk_full)
    elif breakage == "folder is a file":
        blocker = tmp_path / "blocker"
        blocker.write_text("")
        saver.folder = blocker / "autosave"
        saver.path = saver.folder / saver.path.name
        saver.meta_path = saver.folder / saver.meta_path.name
    else:
        monkeypatch.setattr(files, "dumps_scenario", _unwritable)
    label = w.autosave_label
    assert label.isHidden()
    w.document.set_field("costs.staff_count", 4321)
    assert not saver.save_now()
    assert saver.last_error and "\n" not in saver.last_error
    assert not label.isHidden() and label.text() == "Autosave failed"
    for word in words:
        assert word in label.toolTip() and word in w.statusBar().currentMessage()
    if breakage != "cannot serialise":
        assert str(saver.path.name) in saver.last_error or str(saver.folder) in saver.last_error

    monkeypatch.undo()  # the disk has room again
    saver.folder = tmp_path / "fine"
    saver.path = saver.folder / saver.path.name
    saver.meta_path = saver.folder / saver.meta_path.name
    w.document.set_field("costs.staff_count", 4322)
    assert saver.save_now()
    assert label.isHidden() and saver.last_error is None


def test_a_failed_write_is_tried_again(sim, monkeypatch):
    calls = []

    def flaky(scenario, path):
        calls.append(path)
        raise ScenarioError("cannot save: " + os.strerror(errno.ENOSPC), path=path)

    monkeypatch.setattr(files, "save_scenario", flaky)
    failures = []
    sim.saver.failed.connect(failures.append)
    sim.doc.set_field("costs.staff_count", 1)
    sim.advance(10)
    assert len(calls) == 1 and len(failures) == 1
    sim.doc.set_field("costs.staff_count", 2)  # the next edit tries again, within the delay
    sim.advance(10)
    assert len(calls) == 2
    monkeypatch.undo()
    sim.saver._retry()  # what the RETRY_MS timer does
    assert [w for _, w in sim.writes] == [2] and sim.saver.last_error is None


def test_leftovers_of_killed_writes_go_at_start(tmp_path):
    folder = tmp_path / "autosave"
    folder.mkdir()
    old = time.time() - 3600

    def make(name, when):
        p = folder / name
        p.write_text("{}")
        os.utime(p, (when, when))
        return p

    gone = [make(".123-deadbeef.json.ab12cd34.tmp", old), make("123-deadbeef.meta.tmp", old)]
    kept = [make(".123-deadbeef.json.ef56gh78.tmp", time.time()),  # maybe another window writing now
            make("123-deadbeef.json", old), make("readme.tmp", old)]
    doc = Document(load_preset("colossus-2"))
    saver = Autosaver(doc, folder)
    try:
        assert not any(p.exists() for p in gone)
        assert all(p.exists() for p in kept)
    finally:
        saver.close()


def test_opening_a_file_removes_the_leftovers_of_its_killed_saves(make_window, tmp_path):
    files.save_scenario(load_preset("colossus-2"), tmp_path / "plan.json")
    old = time.time() - 3600
    stale = tmp_path / ".plan.json.k1ll3d00.tmp"
    fresh = tmp_path / ".plan.json.s4v1ng00.tmp"  # another instance may be saving right now
    other = tmp_path / ".other.json.k1ll3d00.tmp"  # another file's: not ours to judge here
    for p in (stale, fresh, other):
        p.write_text("{")
    for p in (stale, other):
        os.utime(p, (old, old))
    w = make_window()
    assert w.file_controller.open_path(tmp_path / "plan.json")
    assert not stale.exists() and fresh.exists() and other.exists()
