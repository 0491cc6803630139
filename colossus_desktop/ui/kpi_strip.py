"""The KPI strip: a row of cards, one per KPI of :mod:`colossus_desktop.drawing.kpis`.

Each card shows the KPI's short value under its caption; its tooltip gives the precise value
and what it means. ``texts()`` returns the displayed values by KPI id (tests and the
presentation mode read them).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.kpis import KPIS, Kpi, tr


class KpiCard(QFrame):
    def __init__(self, kpi: Kpi, parent: QWidget | None = None):
        super().__init__(parent)
        self.kpi = kpi
        self.setObjectName("KpiCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value_label = QLabel(fmt.NAN_TEXT, self)
        self.value_label.setObjectName("KpiValue")
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.value_label.setFont(font)
        self._value_font = QFont(font)
        self._shown: tuple[str, str] | None = None  # (value, tooltip) on the card
        self.caption_label = QLabel(tr(kpi.caption), self)
        self._caption_font = QFont(self.caption_label.font())
        self.caption_label.setObjectName("KpiCaption")
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(0)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        # Ignored: the strip decides the width (it re-flows cards into rows when narrow), so the
        # cards' text does not force a minimum width on the window.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(0)

    def show_results(self, results) -> None:
        try:
            value, tip = self.kpi.value(results), self.kpi.tooltip(results)
        except (AttributeError, IndexError, KeyError, TypeError, ValueError):
            value, tip = fmt.NAN_TEXT, ""
        if (value, tip) == self._shown:
            return  # the same figure: no text to set, no type to fit
        self._shown = (value, tip)
        self.value_label.setText(value)
        self.setToolTip(f"<b>{tr(self.kpi.caption)}</b><br>{tip}" if tip else "")
        self._fit()

    def _fit(self) -> None:
        """Shrink the value's type (down to 60 %) and the caption's (down to 80 %) until they fit
        the card: never cut a number."""
        room = self.width() - 14  # the layout's side margins and the frame
        for label, base, floor in ((self.value_label, self._value_font, 0.6),
                                   (self.caption_label, self._caption_font, 0.8)):
            font = QFont(base)
            text = label.text()
            size = font.pointSizeF()
            lowest = size * floor
            while size > lowest and QFontMetrics(font).horizontalAdvance(text) > room:
                size -= 0.5
                font.setPointSizeF(size)
            if font != label.font():
                label.setFont(font)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._fit()


class KpiStrip(QWidget):
    """A row (wrapping into rows when narrow) of KPI cards."""

    MIN_CARD_WIDTH = 112  # eleven cards in one row at 1280 px

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._stale = False
        self.cards: dict[str, KpiCard] = {k.id: KpiCard(k, self) for k in KPIS}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)
        self._columns = 0
        self._reflow(len(self.cards))
        self._stale_label = QLabel(tr("Stale: fix the highlighted field"), self)
        self._stale_label.setObjectName("KpiStale")
        self._stale_label.setStyleSheet("QLabel#KpiStale { color: #D55E00; font-weight: bold; }")
        self._stale_label.hide()

    # public API
    def set_evaluated(self, ev) -> None:
        for card in self.cards.values():
            card.show_results(ev.results)

    def set_stale(self, stale: bool) -> None:
        self._stale = bool(stale)
        for card in self.cards.values():
            card.setEnabled(not self._stale)  # greys the numbers in every style
        self._stale_label.setVisible(self._stale)
        self._reflow(self._columns, force=True)

    def is_stale(self) -> bool:
        return self._stale

    def texts(self) -> dict[str, str]:
        return {kpi_id: card.value_label.text() for kpi_id, card in self.cards.items()}

    def tooltips(self) -> dict[str, str]:
        return {kpi_id: card.toolTip() for kpi_id, card in self.cards.items()}

    # layout
    def _reflow(self, columns: int, force: bool = False) -> None:
        columns = max(1, min(columns, len(self.cards)))
        if columns == self._columns and not force:
            return
        self._columns = columns
        for card in self.cards.values():
            self._grid.removeWidget(card)
        for i, card in enumerate(self.cards.values()):
            self._grid.addWidget(card, i // columns, i % columns)
        if hasattr(self, "_stale_label"):
            self._grid.removeWidget(self._stale_label)
            rows = (len(self.cards) + columns - 1) // columns
            self._grid.addWidget(self._stale_label, rows, 0, 1, columns)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        fit = max(1, self.width() // self.MIN_CARD_WIDTH)
        rows = -(-len(self.cards) // fit)
        self._reflow(-(-len(self.cards) // rows))  # rows of even length: 6 + 5, not 9 + 2
