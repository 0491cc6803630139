"""Presentation mode: full screen, one chart at a time, keys and clicks step, Escape leaves,
and the charts follow the main window's evaluator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtTest import QTest

from colossus_desktop.drawing.charts import CHART_TYPES
from colossus_desktop.evaluation import evaluate_scenario
from colossus_desktop.scenario.presets import load_preset
from colossus_desktop.ui.presentation import PresentationWindow, scaled_theme
from colossus_desktop.drawing.theme import PROJECTOR


class FakeEvaluator(QObject):
    evaluated = Signal(object)
    staleChanged = Signal(bool)

    def __init__(self, last=None):
        super().__init__()
        self.last = last
        self.stale = False


@pytest.fixture(scope="module")
def evs():
    return evaluate_scenario(load_preset("colossus-2")), evaluate_scenario(load_preset("deepseek-v3"))


@pytest.fixture
def deck(qtbot, evs):
    evaluator = FakeEvaluator(evs[0])
    w = PresentationWindow(evaluator)
    qtbot.addWidget(w)
    w.start()
    qtbot.waitExposed(w)
    return w, evaluator


def test_full_screen_light_one_chart_at_a_time(deck, evs):
    w, _ = deck
    assert w.isFullScreen()
    assert w.theme.name == PROJECTOR.name and w.theme.background == PROJECTOR.background
    assert w.index == 0 and w.stack.currentWidget() is w.charts[0]
    assert len(w.charts) == len(CHART_TYPES) and all(c.evaluated is evs[0] for c in w.charts)
    assert "Colossus 2" in w.footer.text() and "Assumptions" in w.footer.text()
    assert w.counter.text() == f"1 / {len(CHART_TYPES)}"


def test_keys_step_and_escape_leaves(deck, qtbot):
    w, _ = deck
    last = len(CHART_TYPES) - 1
    for key, want in ((Qt.Key.Key_Right, 1), (Qt.Key.Key_Space, 2), (Qt.Key.Key_PageDown, 3), (Qt.Key.Key_Left, 2),
                      (Qt.Key.Key_PageUp, 1), (Qt.Key.Key_End, last), (Qt.Key.Key_Right, last), (Qt.Key.Key_Home, 0),
                      (Qt.Key.Key_Left, 0)):
        QTest.keyClick(w, key)
        assert w.index == want, key
    QTest.keyClick(w, Qt.Key.Key_Escape)
    assert not w.isVisible()


def test_clicks_step(deck):
    w, _ = deck
    viewport = w.charts[0].graphics.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(30, 30))
    assert w.index == 1
    QTest.mouseClick(w.charts[1].graphics.viewport(), Qt.MouseButton.RightButton, pos=QPoint(30, 30))
    assert w.index == 0


def test_stays_live_when_the_scenario_changes(deck, evs):
    w, evaluator = deck
    evaluator.evaluated.emit(evs[1])
    assert all(c.evaluated is evs[1] for c in w.charts)
    assert "DeepSeek" in w.footer.text()
    evaluator.staleChanged.emit(True)
    assert all(c.is_stale() for c in w.charts)
    w.close()
    evaluator.evaluated.emit(evs[0])  # detached on close
    assert w.charts[0].evaluated is evs[1]


def test_type_grows_with_the_screen():
    t = scaled_theme(PROJECTOR, 1920, 1080)
    assert t.font_pt == 2 * PROJECTOR.font_pt and t.line_width == 2 * PROJECTOR.line_width
    assert scaled_theme(PROJECTOR, 800, 600) is PROJECTOR


def test_f5_from_the_main_window_follows_its_evaluator(make_window):
    window = make_window("colossus-2", autosave=False, restore_geometry=False)
    window.actions_by_key["presentation"].trigger()
    deck = window.export_controller.presentation
    assert isinstance(deck, PresentationWindow) and deck.isFullScreen()
    assert deck.charts[0].evaluated is window.evaluator.last
    window.evaluator.evaluate_now()
    assert deck.charts[2].evaluated is window.evaluator.last
    QTest.keyClick(deck, Qt.Key.Key_Escape)
    assert window.export_controller.presentation is None
