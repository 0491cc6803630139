"""Fixtures shared by the window tests.

``make_window`` builds main windows the way napari's ``make_napari_viewer`` builds viewers: a
factory the test calls as often as it needs, every window registered with qtbot and torn down
by the fixture, so no test builds or cleans up a MainWindow its own way.
"""

from __future__ import annotations

import os

import pytest
import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from colossus_desktop.scenario.model import Scenario
from colossus_desktop.scenario.presets import load_preset
from colossus_desktop.ui.document import Document
from colossus_desktop.ui.main_window import MainWindow

from .helpers import FakePrompter


@pytest.fixture
def make_window(qtbot, _isolated_home):
    """``make_window(scenario="colossus-2", path=None, *, prompter=None, **kwargs) -> MainWindow``.

    ``scenario`` is a preset id, a Scenario or a Document; ``prompter`` defaults to a
    :class:`FakePrompter` (canned answers, no dialogs); ``kwargs`` go to :class:`MainWindow`
    (``autosave``, ``restore_geometry``, factories). Settings, recent files and autosaves live in
    the test's own ``COLOSSUS_DESKTOP_HOME`` (``_isolated_home``). At teardown every window is
    closed without questions (unsaved changes discarded) once its tabs' background tasks have
    stopped, its autosave session removed, its undo history cleared, and it is deleted.
    """
    made: list[MainWindow] = []

    def make(scenario: Scenario | Document | str = "colossus-2", path: str | os.PathLike[str] | None = None, *,
             prompter: FakePrompter | None = None, **kwargs) -> MainWindow:
        if isinstance(scenario, str):
            scenario = load_preset(scenario)
        window = MainWindow(scenario, path, prompter=prompter or FakePrompter(), **kwargs)
        qtbot.addWidget(window, before_close_func=_discard_on_close)
        made.append(window)
        return window

    yield make
    # qtbot has closed the windows (after _discard_on_close) and scheduled their deletion.
    for window in made:
        if shiboken6.isValid(window):
            if window.autosaver is not None:
                window.autosaver.close()  # also for a window whose close a test refused
            window.document.clear_history()
    made.clear()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _discard_on_close(window: MainWindow) -> None:
    window.prompter.save_answer = "discard"
    for view in window.views.built().values():  # no tab's worker thread outlives its window
        task = getattr(view, "task", None)
        if task is not None:
            task.cancel(emit=False)
            task.wait()


@pytest.fixture
def colossus2_without_uncertainty(make_window):
    """A window on Colossus 2 without the preset's own uncertain inputs (the analysis tabs' tests
    state what they add); no worker thread outlives it (``make_window``)."""
    from colossus_desktop.scenario.presets import load_preset
    from colossus_desktop.scenario.uncertainty import Uncertainty

    scenario = load_preset("colossus-2").model_copy(update={"uncertainty": Uncertainty()})
    return make_window(scenario, autosave=False, restore_geometry=False)
