"""Where the shipped resources (catalog, presets, comparisons, icons, the user guide) and the
model notes the guide links to (``docs/model.md``, ``validation.md``, ``catalog.md``) live.

The same code runs from three layouts:

* a source checkout or editable install: ``<repo>/resources`` and ``<repo>/docs``;
* an installed wheel: ``colossus_desktop/resources`` and ``colossus_desktop/docs`` (mapped in
  pyproject.toml);
* a PyInstaller bundle: ``<sys._MEIPASS>/resources`` and ``<sys._MEIPASS>/docs``.
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


#: The model notes the user guide links to, shipped with the app (pyproject.toml, the spec).
GUIDE_DOCS = ("model.md", "validation.md", "catalog.md")


def guide_dir() -> Path:
    """The user guide (``resources/guide``: ``guide.md``)."""
    return resources_dir() / "guide"


@lru_cache(maxsize=1)
def docs_dir() -> Path:
    """The folder holding the model notes (:data:`GUIDE_DOCS`); FileNotFoundError if none."""
    here = Path(__file__).resolve().parent
    meipass = getattr(sys, "_MEIPASS", None)
    candidates = ([Path(meipass) / "docs"] if meipass else []) + [here / "docs", here.parent / "docs"]
    for candidate in candidates:
        if (candidate / GUIDE_DOCS[0]).is_file():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"Colossus Desktop model notes not found (looked in {tried})")
