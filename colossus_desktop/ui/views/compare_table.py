"""The Compare tab's table: a row per key figure, a column per scenario.

Each cell is the figure, and beside it (for the scenarios other than the reference) its ratio to
the reference (``×0.24``); the tooltip adds the difference. When the scenarios carry
uncertainty, each efficiency figure gets a second row: P10 – P90 of the figure and of the ratio
to the reference (taken sample by sample). Labels and units come from the shared registry
(:data:`~colossus_desktop.engine.analysis.outputs.OUTPUTS`), numbers from :mod:`drawing.format`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from colossus_desktop.comparison import EFFICIENCY_KEYS
from colossus_desktop.drawing import format as fmt
from colossus_desktop.engine.analysis.outputs import OUTPUTS
from colossus_desktop.ui.labels import output_label, unit_text


def tr(text: str) -> str:
    return QCoreApplication.translate("Compare", text)


def format_figure(unit: str, x: float) -> str:
    """A figure with its unit, for a table cell."""
    if x is None or not math.isfinite(x):
        return "—" if x is None or math.isnan(x) else "∞"
    if unit == "USD":
        return fmt.money(x)
    if unit.startswith("USD"):
        rest = unit[3:].strip()
        return fmt.money(x) + unit_text(" " + rest if rest.startswith("per") else rest)
    if unit == "":
        return fmt.percent(x)
    if unit == "days":
        return fmt.days(x)
    if unit == "MW":
        return fmt.power_mw(x)
    if unit == "MWh":
        return fmt.energy_mwh(x)
    if unit == "t":
        return fmt.tonnes(x)
    return f"{fmt.si(x)} {unit_text(unit)}"


def format_ratio(x: float) -> str:
    if x is None or not math.isfinite(x):
        return "—"
    return "×" + fmt.number(x, 2 if x >= 0.1 else 4, group=True) if x < 100 else "×" + fmt.number(x, 0)


class CompareTable(QTableWidget):
    """Rows: key figures (and their P10–P90 rows); columns: the scenarios."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("compare-table")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.row_keys: list[tuple[str, str]] = []  # (key, "value" | "band") per row

    def clear_compared(self) -> None:
        self.setRowCount(0)
        self.setColumnCount(0)
        self.row_keys = []

    def set_compared(self, compared) -> None:
        from colossus_desktop.drawing.charts.compare import scenario_colors
        from colossus_desktop.drawing.theme import current_theme

        n, ref = len(compared.columns), compared.reference
        rows: list[tuple[str, str]] = []
        for key in compared.keys:
            rows.append((key, "value"))
            if compared.bands is not None and key in EFFICIENCY_KEYS:
                rows.append((key, "band"))
        same_rows = rows == self.row_keys  # after an edit: the row headers stay (each set costs a relayout)
        self.row_keys = rows
        self.setRowCount(len(rows))
        self.setColumnCount(n)
        colors = scenario_colors(current_theme())
        for j, col in enumerate(compared.columns):
            head = QTableWidgetItem(("■ " + col.label) + (f"  ({tr('reference')})" if j == ref else ""))
            head.setForeground(QBrush(QColor(colors[j])))
            head.setToolTip(f"{col.scenario.name}\n{col.source}")
            self.setHorizontalHeaderItem(j, head)
        italic = QFont()
        italic.setItalic(True)
        for i, (key, kind) in enumerate(rows):
            out = OUTPUTS[key]
            label = output_label(out.label)
            if not same_rows:
                name = label if kind == "value" else "    " + tr("P10 – P90")
                head = QTableWidgetItem(name)
                head.setToolTip(f"{label} ({unit_text(out.unit) if out.unit else tr('share')})")
                if kind == "band":
                    head.setFont(italic)
                self.setVerticalHeaderItem(i, head)
            for j in range(n):
                item = QTableWidgetItem(self._cell(compared, key, kind, j))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if kind == "value" and j != ref:
                    diff = compared.difference(key)[j]
                    text = (f"{diff * 100:+.1f} pp" if out.unit == "" else  # a share: percentage points
                            ("+" if diff > 0 else "") + format_figure(out.unit, diff))
                    item.setToolTip(tr("Difference from {0}: {1}").format(compared.columns[ref].label, text))
                if kind == "band":
                    item.setFont(italic)
                self.setItem(i, j, item)

    @staticmethod
    def _cell(compared, key: str, kind: str, j: int) -> str:
        unit = OUTPUTS[key].unit
        ref = compared.reference
        if kind == "value":
            text = format_figure(unit, compared.values[key][j])
            return text if j == ref else f"{text}   {format_ratio(compared.ratio(key)[j])}"
        lo, _mid, hi = compared.bands[key][j]
        if not (math.isfinite(lo) and math.isfinite(hi)):
            return "…"  # being computed after an edit (comparison.with_earlier_bands)
        lo_text, hi_text = format_figure(unit, lo), format_figure(unit, hi)
        suffix = " " + unit.removeprefix("USD").strip() if unit.startswith("USD") else " " + unit
        if unit not in ("", "USD") and lo_text.endswith(suffix) and hi_text.endswith(suffix):
            lo_text = lo_text[: -len(suffix)]  # the unit once: "$279 K – $352 K per 1e24 FLOP"
        text = f"{lo_text} – {hi_text}"
        if j != ref:
            r_lo, _r_mid, r_hi = compared.ratio_bands[key][j]
            text += (f"   {format_ratio(r_lo)} – {format_ratio(r_hi).lstrip('×')}"
                     if math.isfinite(r_lo) and math.isfinite(r_hi) else "   …")
        return text

    def cell_text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""
