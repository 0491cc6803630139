"""Where the desktop app keeps its settings and autosaves.

With ``COLOSSUS_DESKTOP_HOME`` set (tests, portable installs), everything lives under it:
``$HOME/config/colossus-desktop.ini`` and ``$HOME/data/autosave/``. Otherwise platformdirs'
per-user config and data folders. Settings are INI files (QSettings.IniFormat) so a test never
writes the real user's registry or plist.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

APP_NAME = "Colossus Desktop"
ORG_NAME = "Colossus Desktop"
_SLUG = "colossus-desktop"
MAX_RECENT = 10


def _home() -> Path | None:
    home = os.environ.get("COLOSSUS_DESKTOP_HOME")
    return Path(home) if home else None


def config_dir() -> Path:
    home = _home()
    if home is not None:
        return home / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(_SLUG, appauthor=False))


def data_dir() -> Path:
    home = _home()
    if home is not None:
        return home / "data"
    import platformdirs

    return Path(platformdirs.user_data_dir(_SLUG, appauthor=False))


def autosave_dir() -> Path:
    path = data_dir() / "autosave"
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings() -> QSettings:
    """A QSettings on the INI file of this app (created on first write)."""
    path = config_dir()
    path.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path / f"{_SLUG}.ini"), QSettings.Format.IniFormat)


def recent_files() -> list[str]:
    value = settings().value("recent/files", [])
    if isinstance(value, str):  # QSettings gives a bare string for a one-item list
        value = [value]
    return [str(v) for v in (value or []) if v]


def add_recent_file(path: str | os.PathLike[str]) -> list[str]:
    path = os.path.abspath(os.fspath(path))
    files = [f for f in recent_files() if f != path]
    files.insert(0, path)
    files = files[:MAX_RECENT]
    s = settings()
    s.setValue("recent/files", files)
    s.sync()
    return files


def clear_recent_files() -> None:
    s = settings()
    s.setValue("recent/files", [])
    s.sync()
