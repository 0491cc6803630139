"""The preset a window opened unvalidated is checked once the window has started (ui/app.py,
``_check_preset``; scenario/trusted.py): kept when it validates, replaced while untouched when
it does not, and never over the user's edits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from colossus_desktop.scenario import trusted
from colossus_desktop.scenario.errors import ScenarioError
from colossus_desktop.scenario.files import dumps_scenario
from colossus_desktop.scenario.presets import blank_scenario, load_preset
from colossus_desktop.ui.app import _check_preset

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def opened_window(make_window):
    opened = trusted.open_preset("colossus-2")
    return make_window(opened, autosave=False), opened


def test_a_preset_that_validates_is_left_as_it_was_shown(opened_window):
    window, opened = opened_window
    _check_preset("colossus-2", opened)
    assert window.document.scenario is opened
    assert window.statusBar().currentMessage() == ""


def test_a_preset_that_reads_otherwise_is_replaced_while_untouched(opened_window, monkeypatch):
    window, opened = opened_window
    validated = load_preset("colossus-2").model_copy(update={"name": "Validated"})
    monkeypatch.setattr(trusted, "verify", lambda preset_id, scenario: validated)
    _check_preset("colossus-2", opened)
    assert window.document.scenario is validated
    assert not window.document.is_modified
    assert "colossus-2" in window.statusBar().currentMessage()


def test_a_preset_that_does_not_validate_gives_way_to_a_blank_scenario(opened_window, monkeypatch):
    window, opened = opened_window

    def refused(preset_id, scenario):
        raise ScenarioError("must be >= 1", field="facility.pue")

    monkeypatch.setattr(trusted, "verify", refused)
    _check_preset("colossus-2", opened)
    assert dumps_scenario(window.document.scenario) == dumps_scenario(blank_scenario())
    message = window.statusBar().currentMessage()
    assert "colossus-2" in message and "facility.pue" in message and "blank" in message


def test_the_users_edits_are_kept(opened_window, monkeypatch):
    window, opened = opened_window
    assert window.document.set_field("facility.pue", 1.3) is None
    edited = window.document.scenario

    def refused(preset_id, scenario):
        raise ScenarioError("must be >= 1", field="facility.pue")

    monkeypatch.setattr(trusted, "verify", refused)
    _check_preset("colossus-2", opened)
    assert window.document.scenario is edited
    assert "left as it is" in window.statusBar().currentMessage()


def test_the_check_runs_once():
    from colossus_desktop.ui.app import _once

    calls = []
    check = _once(lambda: calls.append(1))
    check()
    check()  # startupFinished, then the fallback timer: one check
    assert calls == [1]


START = textwrap.dedent("""
    import os, sys
    from PySide6.QtCore import QTimer
    from colossus_desktop.scenario import trusted
    from colossus_desktop.ui import app, startup

    _init = startup.StartupStages.__init__

    def _built():
        return sum(m.__pydantic_complete__ for m in trusted._models())

    def _init_watch(self, window, stages, staged):
        _init(self, window, stages, staged)
        def finished():
            at_finish = _built()
            def later():
                print(at_finish, _built(), len(trusted._models()), window.document.scenario.name == sys.argv[1],
                      window.statusBar().currentMessage(), sep="|", flush=True)
                os._exit(0)
            QTimer.singleShot(500, later)
        window.startupFinished.connect(finished)

    startup.StartupStages.__init__ = _init_watch
    app.main(["--size", "800x600", *sys.argv[2:]])
""")


def _start(tmp_path, name, *args):
    """Start the app with ``args``; (validators built at startupFinished, built 0.5 s later, models,
    the status bar's message, whether the document is the scenario called ``name``)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COLOSSUS_DESKTOP_HOME=str(tmp_path / "home"),
               PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-c", START, name, *args], check=False, capture_output=True, text=True, env=env,
                       cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    at_finish, later, models, same, message = r.stdout.strip().split("|", 4)
    return int(at_finish), int(later), int(models), message, same == "True"


def test_the_app_draws_a_preset_before_building_any_validator_and_checks_it_after(tmp_path):
    at_finish, later, models, message, same = _start(tmp_path, load_preset("deepseek-v3").name, "--preset", "deepseek-v3")
    assert at_finish == 0  # everything drawn without a validator built …
    assert later == models  # … all of them built once the window had started
    assert message == "" and same  # the preset validated: nothing said, nothing replaced


def test_a_file_is_validated_before_the_window_opens(tmp_path):
    path = tmp_path / "mine.json"
    path.write_text(dumps_scenario(load_preset("colossus-1")), encoding="utf-8")
    at_finish, _later, _models, message, same = _start(tmp_path, json.loads(path.read_text())["name"], str(path))
    assert at_finish > 0  # the loader built the validators it used
    assert message == "" and same


FAILING_START = textwrap.dedent("""
    import os, sys
    from PySide6.QtCore import QTimer
    from colossus_desktop.ui import app, collector, startup

    collector.RELEASE_AFTER_MS = 200
    checks = []
    _check = app._check_preset
    app._check_preset = lambda *a: (checks.append(a[0]), _check(*a))
    _init = startup.StartupStages.__init__

    def _broken():
        raise RuntimeError("a stage that fails")

    def _init_broken(self, window, stages, staged):
        _init(self, window, [stages[0], _broken, *stages[2:]], staged)
        QTimer.singleShot(1500, lambda: (print(checks, window.startup_failed, flush=True), os._exit(0)))

    startup.StartupStages.__init__ = _init_broken
    app.main(["--size", "800x600"])
""")


def test_the_preset_is_checked_once_when_a_start_up_stage_fails(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COLOSSUS_DESKTOP_HOME=str(tmp_path / "home"),
               PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-c", FAILING_START], check=False, capture_output=True, text=True, env=env,
                       cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "a stage that fails" in r.stderr
    assert r.stdout.split() == ["['colossus-2']", "True"]  # once, on startupFailed; not again by the timer
