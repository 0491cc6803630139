"""The Failures tab: a quick simulation on show, refined in the background; every mark in the legend.
Waits are on the worker (qtbot.waitUntil), never on time."""

from __future__ import annotations

import re

import pytest

WAIT_MS = 120_000


@pytest.fixture
def window(make_window, qtbot):
    from colossus_desktop.scenario.presets import load_preset

    w = make_window(load_preset("llama-3-405b"), autosave=False, restore_geometry=False)
    w.show()
    return w


def _refined(view):
    return lambda: view.result is not None and not view.task.running and not view._refine_next


def test_failures_tab_simulates_refines_and_labels_every_mark(window, qtbot):
    view = window.views["failures"]
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(_refined(view), timeout=WAIT_MS)
    sim, analytic = view.result
    assert sim.runs == 1000 and analytic == pytest.approx(0.903, abs=0.001)
    assert "ETTR" in view.summary.text() and "90.3%" in view.summary.text()
    assert re.search(r"failure-free at the power served: [\d.,]+ days\)", view.summary.text())  # its unit
    names = [e[1] for e in view.timeline.legend.entries]
    a = view.timeline.data.arrays
    assert a["days"].size > 100 and a["failure_days"].size > 100 and a["checkpoint_days"].size > 0
    assert view.lost.data.days[0] > 1.0  # restarts: hundreds of 15-minute restarts
    assert view.histogram.values.size == 1000
    for mark in ("Work kept", "Analytic (Daly)", "Failures", "Planned maintenance", "Restarts", "Checkpoints"):
        assert any(n.startswith(mark) for n in names), (mark, names)


def test_an_edit_reruns_the_simulation(window, qtbot):
    view = window.views["failures"]
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(_refined(view), timeout=WAIT_MS)
    before = view.result[0].summary()["ettr"]["p50"]
    window.document.set_field("workload.restart_min", 60.0)
    qtbot.waitUntil(lambda: view.result is not None and view.result[0].summary()["ettr"]["p50"] < before - 0.05,
                    timeout=WAIT_MS)
