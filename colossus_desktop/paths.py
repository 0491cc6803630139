"""Where the shipped resources (catalog, presets, comparisons, icons) live.

The same code runs from three layouts:

* a source checkout or editable install: ``<repo>/resources``;
* an installed wheel: ``colossus_desktop/resources`` (mapped in pyproject.toml);
* a PyInstaller bundle: ``<sys._MEIPASS>/resources``.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    """Return the folder holding ``catalog/``, ``presets/`` and ``icons/``."""
    candidates: list[Path] = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        candidates.append(Path(meipass) / "resources")
    here = Path(__file__).resolve().parent
    candidates.append(here / "resources")  # installed wheel
    candidates.append(here.parent / "resources")  # source tree / editable install
    for candidate in candidates:
        if (candidate / "catalog").is_dir():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"Colossus Desktop resources not found (looked in {tried})")


def catalog_dir() -> Path:
    return resources_dir() / "catalog"


def presets_dir() -> Path:
    return resources_dir() / "presets"


def comparisons_dir() -> Path:
    """The shipped comparison files (``resources/comparisons``)."""
    return resources_dir() / "comparisons"


def icons_dir() -> Path:
    return resources_dir() / "icons"
