"""The --screenshot hook renders the evaluated window to a PNG of the requested size."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from colossus_desktop.ui.app import main


def test_screenshot_in_process(qapp, tmp_path):
    out = tmp_path / "shot.png"
    assert main(["--screenshot", str(out), "--preset", "deepseek-v3", "--size", "1024x700"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    # Not a blank image: many distinct colours.
    colours = {image.pixel(x, y) for x in range(0, 1024, 16) for y in range(0, 700, 16)}
    assert len(colours) > 20


def test_screenshot_of_a_file_through_the_command(tmp_path, _isolated_home):
    from colossus_desktop.scenario.files import save_scenario
    from colossus_desktop.scenario.presets import load_preset

    scenario_file = tmp_path / "s.json"
    save_scenario(load_preset("colossus-1"), scenario_file)
    out = tmp_path / "cli.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COLOSSUS_DESKTOP_HOME=str(_isolated_home))
    proc = subprocess.run(
        [sys.executable, "-m", "colossus_desktop", str(scenario_file), "--screenshot", str(out), "--size", "1280x800"],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)


def test_bad_arguments_and_files_exit_2_with_one_line(qapp, tmp_path, capsys):
    assert main(["--size", "huge", "--screenshot", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "size" in err
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    assert main([str(bad), "--screenshot", str(tmp_path / "y.png")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.json" in err
    assert main(["--preset", "nope", "--screenshot", str(tmp_path / "z.png")]) == 2
    assert "nope" in capsys.readouterr().err
    assert not (tmp_path / "y.png").exists()


def test_screenshot_leaves_the_users_settings_alone(qapp, tmp_path):
    from colossus_desktop.ui import settings

    assert main(["--screenshot", str(tmp_path / "s.png"), "--size", "800x600"]) == 0
    assert settings.settings().value("window/geometry") is None
    assert settings.recent_files() == []
