"""A one-line label that shortens its text with "…" to the width it is given, instead of cutting
it off mid-word (the status bar's warning at 1024×600 read "…takes 1.13 times as lon").

The whole text stays available (:meth:`ElidedLabel.full_text`, and the caller's tooltip); the
label asks for no minimum width, so a long message never holds the window wider than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

#: pixels kept free for the style sheet's padding and border (WARN_STYLE: 6 px a side)
PADDING_PX = 16


class ElidedLabel(QLabel):
    """``set_full_text(text)`` shows ``text`` on one line, shortened with "…" when it does not fit."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(self.width() - PADDING_PX, 0)
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room) if room else ""
        if shown != self.text():
            self.setText(shown)
