"""``colossus-desktop --self-test``: passes from source, and fails with a reason when a check fails.

The bundle runs the same self-test in CI (``.ci/run`` builds it after this suite); nothing here
builds the bundle.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from colossus_desktop import selftest
from colossus_desktop.drawing import export

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str, timeout: float = 240) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "colossus_desktop", "--self-test", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout,
    )


def test_self_test_passes_from_source_and_keeps_files_with_out(tmp_path):
    out = tmp_path / "out"
    result = _run("--out", str(out))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("colossus-desktop ") and "self-test" in lines[0]
    for step in ("locale: fr_FR 1234567.5 -> 1<U+202F>234<U+202F>567,5", "time zone Europe/Paris valid",
                 "resources:", "presets: 8 loaded and evaluated", "command line:", "charts: 7 charts x 8 presets",
                 "export: 7 PNG (1920x1080); 7 SVG", "window: main window"):
        assert any(step in line for line in lines), (step, result.stdout)
    assert lines[-1].startswith("self-test passed in ")
    written = sorted(p.suffix for p in out.iterdir())
    assert written.count(".png") == 8 and written.count(".svg") == 7 and written.count(".pdf") == 7  # 7 charts + the window


def test_unwritable_output_fails_with_the_reason(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = _run("--out", str(blocker / "out"))
    assert result.returncode == 1
    assert "self-test failed: output: cannot write to" in result.stderr
    assert str(blocker / "out") in result.stderr


def test_a_bad_export_fails_naming_the_file(tmp_path, monkeypatch, capsys):
    real = export.export_chart

    def broken(chart, path, fmt=None, **kwargs):
        written = real(chart, path, fmt=fmt, **kwargs)
        if fmt == "pdf":
            Path(written).write_bytes(b"%PDF-1.4\n%%EOF\n")  # a PDF header and no page
        return written

    monkeypatch.setattr(export, "export_chart", broken)
    assert selftest.main(["--out", str(tmp_path)]) == selftest.EXIT_FAILED
    err = capsys.readouterr().err
    assert "self-test failed: export: " in err and ".pdf: no page" in err


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("x.svg", b"<svg><path d='M0 0'/>", "not well-formed XML"),
        ("x.svg", b"<html><p>hi</p></html>", "not svg"),
        ("x.pdf", b"GIF89a", "does not start with %PDF-"),
        ("x.pdf", b"%PDF-1.4\n1 0 obj << /Type /Pages >> endobj\n%%EOF\n", "no page"),
        ("x.png", b"\x89PNG\r\n\x1a\nbroken", "not a readable PNG"),
        ("x.png", b"", "missing or empty"),
    ],
)
def test_file_checks_reject_bad_files(tmp_path, qapp, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(selftest.SelfTestError, match=reason):
        selftest.check_file(path, path.suffix[1:], (64, 48))


def test_file_checks_accept_good_files(tmp_path, qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for i, colour in enumerate(("red", "green", "blue", "black")):
        painter.fillRect(i * 10, 10, 8, 8, QColor(colour))
    painter.end()
    image.save(str(tmp_path / "a.png"))
    assert selftest.check_file(tmp_path / "a.png", "png", (64, 48)) == "64x48"
    with pytest.raises(selftest.SelfTestError, match="expected 32x32"):
        selftest.check_png(tmp_path / "a.png", (32, 32))
    blank = QImage(64, 48, QImage.Format.Format_RGB32)
    blank.fill(Qt.GlobalColor.white)
    blank.save(str(tmp_path / "blank.png"))
    with pytest.raises(selftest.SelfTestError, match="blank"):
        selftest.check_png(tmp_path / "blank.png", (64, 48))

    (tmp_path / "a.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0L1 1"/></svg>')
    assert selftest.check_file(tmp_path / "a.svg", "svg", (64, 48)) == "1 elements"
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4\n3 0 obj\n<< /Type /Page /Parent 2 0 R >>\nendobj\n%%EOF\n")
    assert selftest.check_file(tmp_path / "a.pdf", "pdf", (64, 48)) == "1 page"
