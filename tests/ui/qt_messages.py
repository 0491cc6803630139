"""Qt's own warnings, caught in tests: a message handler (``qInstallMessageHandler``) that
records every message Qt prints, so a test can fail on the ones that mean a bug.

Qt reports a model that signals rows it does not have ("dataChanged() called with an invalid
index range") only as a warning on stderr; the app goes on, with views out of step. These
helpers turn such warnings into test failures.
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

#: Messages that say nothing about the app (the offscreen platform's limits).
HARMLESS = ("does not support propagateSizeHints",)


@contextmanager
def qt_messages():
    """Yield a list that fills with ``(kind, text)`` for every Qt message while the block runs;
    ``kind`` is "debug", "info", "warning", "critical" or "fatal". The previous handler
    (pytest-qt's) is put back afterwards."""
    seen: list[tuple[str, str]] = []
    kinds = {
        QtMsgType.QtDebugMsg: "debug",
        QtMsgType.QtInfoMsg: "info",
        QtMsgType.QtWarningMsg: "warning",
        QtMsgType.QtCriticalMsg: "critical",
        QtMsgType.QtFatalMsg: "fatal",
    }

    def handler(mode, _context, message):
        seen.append((kinds.get(mode, str(mode)), message))

    previous = qInstallMessageHandler(handler)
    try:
        yield seen
    finally:
        qInstallMessageHandler(previous)


def warnings_in(seen: list[tuple[str, str]]) -> list[str]:
    """The warnings (and worse) of ``seen``, less the :data:`HARMLESS` ones."""
    return [text for kind, text in seen
            if kind in ("warning", "critical", "fatal") and not any(h in text for h in HARMLESS)]
