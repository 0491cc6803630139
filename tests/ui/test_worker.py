"""ui/views/worker.py: work in a thread, with progress, Cancel and errors as signals."""

from __future__ import annotations

import time

import pytest

from colossus_desktop.ui.views.worker import Task, TaskBar


def _slow(steps: int, pause_s: float, result="done"):
    def fn(progress):
        for i in range(steps):
            time.sleep(pause_s)
            progress(i + 1, steps)
        return result
    return fn


def test_result_arrives_on_the_gui_thread(qtbot):
    task = Task()
    got, steps = [], []
    task.finished.connect(got.append)
    task.progressed.connect(lambda d, n: steps.append((d, n)))
    task.start(_slow(3, 0.0, result=42))
    qtbot.waitUntil(lambda: got == [42], timeout=5000)
    assert steps[-1] == (3, 3)
    assert not task.running


def test_cancel_stops_the_work_and_drops_its_result(qtbot):
    task = Task()
    got, cancelled, reached = [], [], []

    def fn(progress):
        for i in range(1000):
            time.sleep(0.005)
            reached.append(i)
            progress(i + 1, 1000)
        return "finished"

    task.finished.connect(got.append)
    task.cancelled.connect(lambda: cancelled.append(True))
    task.start(fn)
    qtbot.waitUntil(lambda: len(reached) > 3, timeout=5000)
    task.cancel()
    assert task.wait()
    assert cancelled == [True] and got == []
    assert len(reached) < 1000  # it stopped at a progress call, not at the end


def test_an_error_becomes_one_line(qtbot):
    task = Task()
    errors = []
    task.failed.connect(errors.append)

    def fn(progress):
        raise ValueError("bad\n  input")

    task.start(fn)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert errors == ["bad input"]


def test_a_new_run_supersedes_the_old_one(qtbot):
    task = Task()
    got = []
    task.finished.connect(got.append)
    task.start(_slow(50, 0.01, result="old"))
    task.start(_slow(1, 0.0, result="new"))
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    task.wait()
    assert got == ["new"]


@pytest.mark.parametrize("slow", [False, True])
def test_the_bar_shows_only_for_slow_work(qtbot, slow):
    task = Task()
    bar = TaskBar(task, show_after_ms=50)
    qtbot.addWidget(bar)
    shown = []
    bar.bar.valueChanged.connect(lambda _v: shown.append(bar.isVisible()))
    done = []
    task.finished.connect(done.append)
    task.start(_slow(20, 0.02 if slow else 0.0))
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert any(shown) == slow
    assert not bar.isVisible()  # hidden again once finished


def test_shutdown_all_stops_running_work(qtbot):
    task = Task()
    reached = []

    def fn(progress):
        for i in range(10_000):
            time.sleep(0.002)
            reached.append(i)
            progress(i + 1, 10_000)

    task.start(fn)
    qtbot.waitUntil(lambda: len(reached) > 2, timeout=5000)
    Task.shutdown_all()
    assert not task.running
    assert all(not t.isRunning() for t in task._old)
    assert len(reached) < 10_000
