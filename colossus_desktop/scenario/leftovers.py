"""Temporary files a killed save left behind, found by their exact name and removed when old.

:func:`colossus_desktop.scenario.files.save_scenario` writes ``.<name>.<8 random>.tmp`` beside
the target (``tempfile.mkstemp(prefix=".<name>.", suffix=".tmp")``: the random part is 8 of
``a-z0-9_``) and renames it over the target. A process killed between the two leaves that
file. Only files named exactly so are touched, and only once they are older than
:data:`MIN_AGE_S`, so a save that another running instance is making at that moment is never
broken. The autosave's ``<session>.meta.tmp`` (``<pid>-<8 hex>.meta.tmp``, written then
renamed the same way) is matched by :data:`AUTOSAVE_META_TEMP`.

No Qt here.
"""

from __future__ import annotations

import os
import re
import stat
import time
from pathlib import Path

#: How old (seconds since last written) a temporary file must be before it is removed. A save
#: writes a few tens of kilobytes and renames at once, so a minute is far beyond a live save.
MIN_AGE_S = 60.0

#: ``save_scenario``'s temporary files: ``.<target name>.<8 of a-z 0-9 _>.tmp``.
SAVE_TEMP = re.compile(r"^\.(?P<target>.+)\.[a-z0-9_]{8}\.tmp$")

#: The autosave's metadata being written: ``<pid>-<8 hex>.meta.tmp``.
AUTOSAVE_META_TEMP = re.compile(r"^\d+-[0-9a-f]{8}\.meta\.tmp$")


def save_temp_target(name: str) -> str | None:
    """The target file name a temporary file ``name`` was written for, or None if ``name`` is
    not one of :func:`save_scenario`'s temporary files."""
    m = SAVE_TEMP.match(name)
    return m.group("target") if m else None


def remove_stale_temp_files(
    folder: str | os.PathLike[str],
    *,
    target: str | None = None,
    autosave_meta: bool = False,
    min_age_s: float = MIN_AGE_S,
    now: float | None = None,
) -> list[Path]:
    """Remove the leftover temporary files of killed saves from ``folder``; return those removed.

    ``target`` (a file name, not a path) limits the clean-up to the temporary files of that one
    file; without it every ``save_scenario`` temporary file of the folder qualifies.
    ``autosave_meta`` also matches the autosave's ``*.meta.tmp``. A file is removed only if it
    is a regular file (not a link, not a folder) last modified at least ``min_age_s`` seconds
    before ``now`` (``time.time()``, seconds since the epoch). Nothing raises: a folder that
    cannot be listed, or a file that cannot be removed, is skipped.
    """
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        owner = save_temp_target(name)
        ours = owner is not None and (target is None or owner == target)
        if not ours and not (autosave_meta and AUTOSAVE_META_TEMP.match(name)):
            continue
        try:
            st = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(st.st_mode) or now - st.st_mtime < min_age_s:
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed
