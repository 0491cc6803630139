"""Bundle size on disk: the PyInstaller onedir folder dist/colossus-desktop/ (and the onefile
executable when built). Target: onedir at most 150 MB."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            p = Path(dirpath) / name
            if not p.is_symlink():
                total += p.stat().st_size
    return total / 1e6


def run(quick: bool = False) -> dict:
    onedir = ROOT / "dist" / "colossus-desktop"
    onefile = ROOT / "dist" / ("colossus-desktop-onefile.exe" if os.name == "nt" else "colossus-desktop-onefile")
    out: dict = {"targets": {"onedir_mb": 150.0}}
    if onedir.is_dir():
        out["onedir_mb"] = _size_mb(onedir)
        out["onedir_files"] = sum(len(f) for _, _, f in os.walk(onedir))
    else:
        out["onedir"] = "not built: python packaging/build.py"
    if onefile.is_file():
        out["onefile_mb"] = _size_mb(onefile)
    return out
