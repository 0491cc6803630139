"""The wheel carries every subpackage and resources/ (catalog, presets, validation set, icons)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_subpackage_is_listed():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "colossus_desktop").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    assert found | {"colossus_desktop.resources", "colossus_desktop.docs"} == listed


def test_wheel_ships_resources(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
        check=True, capture_output=True, timeout=300,
    )
    (wheel,) = tmp_path.glob("colossus_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("catalog", "presets", "validation", "comparisons"):
        shipped = {p.name for p in (ROOT / "resources" / folder).glob("*.json")}
        assert shipped and all(f"colossus_desktop/resources/{folder}/{n}" in names for n in shipped), folder
    assert "colossus_desktop/resources/preset-groups.json" in names  # the gallery's owner/year groups
    assert any(n.startswith("colossus_desktop/resources/icons/") for n in names)
    assert "colossus_desktop/resources/translations/colossus_desktop_fr.qm" in names  # View → Language
    guides = {p.name for p in (ROOT / "resources" / "guide").glob("*.md")}
    assert {"guide.md", "guide.fr.md"} <= guides  # Help → User guide, in English and French
    assert all(f"colossus_desktop/resources/guide/{n}" in names for n in guides)
    assert all(f"colossus_desktop/docs/{n}" in names for n in ("model.md", "validation.md", "catalog.md"))
    assert not any(n.startswith("tests/") for n in names)
