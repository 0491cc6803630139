"""``QT_TRANSLATE_NOOP`` without Qt: marks a string for translation in any layer.

Qt Linguist's ``pyside6-lupdate`` extracts ``QT_TRANSLATE_NOOP("Context", "text")`` wherever it
appears (``python3 -m colossus_desktop.i18n_tools update``); at run time it returns ``text``
unchanged. The engine (output names), the scenario (input names) and the core (warnings)
mark their English words with it; the window translates them with
``QCoreApplication.translate(context, text)`` when it shows them.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` (of ``context``) for extraction by ``pyside6-lupdate``; return it unchanged."""
    return text
