"""A cheaper answer to the question PySide asks of every module imported after it.

PySide6 (6.4 and later, ``shibokensupport.feature``) hooks every import to learn whether the
imported module uses PySide, for its ``from __feature__ import …`` switches: it reads the
module's source with ``inspect.getsource`` (line cache, encoding detection, decoding) and looks
for the text "PySide6". The app imports about 500 modules after Qt; on 2026-11-30 that question
took 82–84 ms of the window's start-up, 16–18 ms answered by reading the file's bytes (same
machine, same run, two runs each). :func:`install` gives the hook that answer: the same
question, asked of the raw bytes of the module's ``.py`` file; a module without one (built in,
compiled only, frozen in a bundle), or a file that cannot be read, still gets PySide's own
answer.

The hook also makes every ``import`` after PySide6 slower (PySide's ``__import__`` calls back
into Python first): the app's entry point imports what needs no Qt (numpy, pydantic, the engine,
the scenario) before it installs this and imports PySide6 (``colossus_desktop.ui.app``).
"""

from __future__ import annotations

import sys


def install() -> bool:
    """Import PySide6.QtCore and make its import hook read each module's ``.py`` file directly.
    Returns False, changing nothing, if this PySide has no such hook (the hook's module or its
    ``_mod_uses_pyside`` function is missing). Call it before importing the app's own modules."""
    import PySide6.QtCore  # noqa: F401 - loads shibokensupport.feature

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "_reads_bytes", False):
        return False

    def _mod_uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    _mod_uses_pyside._reads_bytes = True
    _mod_uses_pyside.original = original
    feature._mod_uses_pyside = _mod_uses_pyside
    return True
