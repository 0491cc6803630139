"""CI wiring: .ci/run builds and self-tests the bundle after the test suite; the GitHub Actions
workflow does the same on Linux, Windows and macOS."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_ci_builds_and_self_tests_the_bundle_after_the_tests():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    tests_at = ci.index("python3 -m pytest -q")
    build_at = ci.index("packaging/build.py")
    selftest_at = ci.index("dist/colossus-desktop/colossus-desktop --self-test")
    assert tests_at < build_at < selftest_at
    workflow = (ROOT / ".github" / "workflows" / "bundle.yml").read_text(encoding="utf-8")
    for needle in ("ubuntu", "windows", "macos", "python-version: \"3.11\"", "packaging/build.py",
                   "--self-test", "QT_QPA_PLATFORM: offscreen"):
        assert needle in workflow, needle
