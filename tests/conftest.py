"""Shared test set-up.

* Qt runs on the offscreen platform unless the caller chose one (an empty variable counts as
  unset: ``setdefault`` would keep it).
* pyqtgraph is imported as the app imports it (``colossus_desktop.drawing.qt_mirror``), before
  any test module can import it the usual way, so the suite runs the charts the app ships.
* No test touches the real user's settings, autosaves or recent files: every test gets its own
  ``COLOSSUS_DESKTOP_HOME``, which the app uses for its data and configuration folders.
"""

from __future__ import annotations

import os

if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest

from colossus_desktop.drawing.qt_mirror import import_pyqtgraph

import_pyqtgraph()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("colossus-home")
    monkeypatch.setenv("COLOSSUS_DESKTOP_HOME", str(home))
    yield home
