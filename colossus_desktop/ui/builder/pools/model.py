"""The pools table model: one row per pool, one column per field of :data:`COLUMNS`.

Cell edits go to the document as commands (undoable); a refused value stays in its cell, marked,
until the document's errors move on. Tooltips carry each chip's specs and sources
(:mod:`.spec_text`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from colossus_desktop.drawing import format as fmt
from colossus_desktop.ui.builder import catalog_choices
from colossus_desktop.ui.builder.fields import ERROR_COLOR, catalog, description, tr
from colossus_desktop.ui.builder.pools.spec_text import custom_tooltip, short_name
from colossus_desktop.ui.document import Document

COLUMNS = ("name", "accelerator", "count", "arrival", "price_usd")
CUSTOM = "\x00custom"  # the combo's "Custom accelerator…" entry (never a catalog id)


def headers() -> list[str]:
    """The columns' titles, in the order of :data:`COLUMNS`."""
    return [tr("Name"), tr("Accelerator"), tr("Count"), tr("Arrival"), tr("Price each")]


def header_tips() -> list[str]:
    """What each column holds (the header's tooltip), in the order of :data:`COLUMNS`."""
    return [
        tr("A label for this batch of accelerators."),
        tr("The chip, from the catalog (hover an entry for its specs and sources), "
           "or a custom accelerator defined in this scenario (“Custom accelerator…”)."),
        description("pools[0].count"),
        tr("Month the pool is installed and running, written YYYY-MM (e.g. 2025-07)."),
        description("pools[0].price_usd") + " " + tr("Set to 0 for the catalog price."),
    ]


class PoolsModel(QAbstractTableModel):
    """The document's pools as a table: a row per pool, the columns of :data:`COLUMNS`."""

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.document = document
        self._rows = len(document.scenario.pools)
        self._pools = document.scenario.pools
        self._bad: dict[tuple[int, int], object] = {}
        document.changed.connect(self._on_changed)
        document.errorsChanged.connect(self._on_errors)

    # ---- shape
    def rowCount(self, parent=QModelIndex()):
        # The rows the views were told of (``_on_changed`` resets them), not the document's
        # live count: the two differ only inside a change, and a view must see the first.
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return headers()[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return header_tips()[section]
        elif role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    # ---- data
    def path(self, row: int, col: int) -> str:
        return f"pools[{row}].{COLUMNS[col]}"

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        pool = self._pools[row]
        key = COLUMNS[col]
        bad = (row, col) in self._bad
        if role == Qt.ItemDataRole.EditRole:
            return self._bad[(row, col)] if bad else getattr(pool, key)
        if role == Qt.ItemDataRole.DisplayRole:
            if bad:
                return str(self._bad[(row, col)])
            return self._display(pool, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            message = self.document.errors.get(self.path(row, col))
            tip = header_tips()[col]
            if key == "accelerator":
                item = self._item(pool)
                if pool.custom is not None:
                    tip = custom_tooltip(pool.custom)
                elif item is not None:
                    tip = catalog_choices.item_tooltip(item)
            return (f"<b style='color:{ERROR_COLOR}'>{html.escape(message)}</b><br/>" if message else "") + tip
        if role == Qt.ItemDataRole.BackgroundRole and bad:
            return QBrush(QColor(213, 94, 0, 90))
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("count", "price_usd"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (
            (key == "price_usd" and pool.price_usd is None) or (key == "accelerator" and pool.custom is not None)
        ):
            f = QFont()
            f.setItalic(True)
            return f
        return None

    def _item(self, pool):
        cat = catalog()
        return None if cat is None or pool.accelerator is None else cat.accelerators.get(pool.accelerator)

    def _display(self, pool, key):
        loc = QLocale()
        if key == "accelerator":
            if pool.custom is not None:
                return tr("{0} (custom)").format(pool.custom.name)
            item = self._item(pool)
            return short_name(item) if item is not None else pool.accelerator
        if key == "count":
            return loc.toString(int(pool.count))
        if key == "price_usd":
            if pool.price_usd is None:
                item = self._item(pool)
                price = item.value("price_usd") if item is not None else None
                if pool.custom is not None:
                    price = pool.custom.price_usd
                return fmt.price(price) if price else tr("catalog")
            return fmt.price(pool.price_usd)
        return str(getattr(pool, key))

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, col = index.row(), index.column()
        key = COLUMNS[col]
        if key == "accelerator":
            if value == CUSTOM:
                return True  # the delegate opens the custom form
            pool = self.document.scenario.pools[row]
            if value == pool.accelerator and pool.custom is None:
                return True
            # One step: the catalog chip in, a custom accelerator (if any) out.
            message = self.document.set_pool_accelerator(row, value)
        else:
            values = {self.path(row, col): value}
            if key == "price_usd" and (value is None or value == 0):
                values = {self.path(row, col): None}
            message = self.document.set_fields(values, tr("Edit pool {0}").format(headers()[col].lower()))
        if message:
            self._bad[(row, col)] = value
            self.dataChanged.emit(index, index)
            return False
        return True

    # ---- document → view
    def _on_changed(self):
        pools = self.document.scenario.pools
        if pools == self._pools and not self._bad:
            return  # an edit elsewhere in the scenario
        rows = len(pools)
        self._bad.clear()
        if rows != self._rows:
            self.beginResetModel()
            self._pools = pools
            self._rows = rows
            self.endResetModel()
        else:
            self._pools = pools
            self._all_changed()

    def _on_errors(self):
        errors = self.document.errors
        stale = [k for k in self._bad if self.path(*k) not in errors]
        for k in stale:
            del self._bad[k]
        if stale:
            self._all_changed()

    def _all_changed(self):
        """Every cell may show something new (nothing to say for a table without rows)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(COLUMNS) - 1))
