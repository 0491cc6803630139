"""Builder page: the accelerator pools table and the chip spec panel.

Each row is a pool. Cell edits, add, remove, duplicate and reorder are document commands
(undoable). The accelerator column edits through a combo box whose items carry each chip's specs
and sources, and whose last entry, "Custom accelerator…", opens the custom-accelerator form
(also behind the "Custom…" button): a chip defined in the scenario, started from the pool's
catalog chip. "Price covers" under the buttons says whether the selected pool's price is the
chip's alone or a whole system's (default: the chip's own basis). The panel under the table shows the selected pool's chip with the source and
confidence of every number.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from colossus_desktop.ui.builder import custom_accelerator as custom_form
from colossus_desktop.ui.builder import price_basis
from colossus_desktop.ui.builder.fields import ERROR_COLOR, tr
from colossus_desktop.ui.builder.pools.delegate import PoolDelegate
from colossus_desktop.ui.builder.pools.model import PoolsModel
from colossus_desktop.ui.builder.pools.spec_text import spec_html
from colossus_desktop.ui.document import Document
from colossus_desktop.ui.refusals import localized

OWN_BASIS = "\x00own"  # the price-basis picker's "Catalog's (…)" entry: stores None


class PoolsPage(QWidget):
    """The pools table, its buttons (add, duplicate, remove, custom, move) and the spec panel."""

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.setObjectName("page:pools")
        self.document = document
        self.model = PoolsModel(document, self)
        self.table = QTableView()
        self.table.setObjectName("pools-table")
        self.table.setModel(self.model)
        self.delegate = PoolDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        #: the questions this page asks (the custom-accelerator form); tests replace it
        self.dialogs = custom_form.PoolDialogs()
        # Queued: the form opens after the picker has closed, not inside the delegate's commit.
        self.delegate.customRequested.connect(self._custom_requested)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        header.resizeSection(0, 84)
        self._fit_table()

        self.buttons = {}
        bar = QHBoxLayout()
        for key, text, tip in (
            ("add", tr("Add"), tr("Add a pool after the selected one")),
            ("duplicate", tr("Duplicate"), tr("Copy the selected pool")),
            ("remove", tr("Remove"), tr("Remove the selected pool")),
            ("custom", tr("Custom…"), tr("Define or edit a custom accelerator for the selected pool, "
                                        "starting from its current chip")),
            ("up", "▲", tr("Move the selected pool up")),
            ("down", "▼", tr("Move the selected pool down")),
        ):
            b = QPushButton(text)
            b.setToolTip(tip)
            b.setObjectName("pool-" + key)
            if key in ("up", "down"):
                b.setFixedWidth(32)
            else:  # the style's 80 px minimum would widen the page; shrink to the text when short of room
                b.setSizePolicy(QSizePolicy.Policy.Preferred, b.sizePolicy().verticalPolicy())
                b.setMinimumWidth(b.fontMetrics().horizontalAdvance(text) + 18)
            bar.addWidget(b)
            self.buttons[key] = b
        bar.addStretch(1)
        self.buttons["add"].clicked.connect(self.add)
        self.buttons["duplicate"].clicked.connect(self.duplicate)
        self.buttons["remove"].clicked.connect(self.remove)
        self.buttons["custom"].clicked.connect(self._custom_clicked)
        self.buttons["up"].clicked.connect(lambda: self.move(-1))
        self.buttons["down"].clicked.connect(lambda: self.move(+1))

        # What the selected pool's price covers (too wide a choice for a column of the table).
        self.basis = QComboBox()
        self.basis.setObjectName("pool-price-basis")
        self.basis.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.basis.setMinimumContentsLength(12)
        self.basis.activated.connect(self._basis_picked)
        basis_label = QLabel(tr("Price covers"))
        basis_label.setBuddy(self.basis)
        basis_label.setToolTip(price_basis.explanation())
        basis_row = QHBoxLayout()
        basis_row.addWidget(basis_label)
        basis_row.addWidget(self.basis, 1)

        self.error = QLabel()
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error.setWordWrap(True)
        self.error.hide()
        self.specs = QTextBrowser()
        self.specs.setObjectName("pool-specs")
        self.specs.setOpenExternalLinks(True)
        self.specs.setMinimumHeight(140)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.table)
        lay.addLayout(bar)
        lay.addLayout(basis_row)
        lay.addWidget(self.error)
        lay.addWidget(self.specs, 1)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_specs())
        self.model.modelReset.connect(self._after_reset)
        self.model.dataChanged.connect(lambda *_: self.show_specs())
        document.errorsChanged.connect(self.show_error)
        self._pending_row = 0
        self._specs_html = None
        self.table.selectRow(0)
        self.show_specs()

    # ---- helpers
    def current_row(self) -> int:
        idx = self.table.currentIndex()
        return idx.row() if idx.isValid() else len(self.document.scenario.pools) - 1

    def select(self, row: int) -> None:
        self._pending_row = row
        row = max(0, min(row, self.model.rowCount() - 1))
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.show_specs()

    def _after_reset(self):
        self._fit_table()
        self.select(self._pending_row)

    def _fit_table(self):
        """Tall enough for every pool (and a spare row) up to eight; the spec panel gets the rest."""
        rows = min(max(self.model.rowCount() + 1, 3), 9)
        height = self.table.horizontalHeader().sizeHint().height() + rows * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 2)

    def _report(self, message: str | None):
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def show_error(self):
        errors = {k: v for k, v in self.document.errors.items() if k.startswith("pools")}
        self._report("; ".join(f"{tr('Pool')} {k}: {localized(v)}" for k, v in errors.items()) if errors else None)

    def show_specs(self):
        pools = self.document.scenario.pools
        row = self.current_row()
        text = spec_html(pools[row] if 0 <= row < len(pools) else None)
        if text != self._specs_html:
            self._specs_html = text
            self.specs.setHtml(text)
        if 0 <= row < len(pools):
            self.show_basis(pools[row])

    def show_basis(self, pool) -> None:
        """The price-basis picker for ``pool``: the chip's own ("Catalog's (…)"), chip, system."""
        combo = self.basis
        combo.blockSignals(True)
        try:
            combo.clear()
            for value, text in price_basis.pool_choices(pool):
                combo.addItem(text, OWN_BASIS if value is None else value)
                combo.setItemData(combo.count() - 1, price_basis.explanation(), Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(combo.findData(pool.price_basis or OWN_BASIS), 0))
            combo.setToolTip(price_basis.pool_tooltip(pool))
        finally:
            combo.blockSignals(False)

    def _basis_picked(self, _index: int) -> None:
        value = self.basis.currentData()
        row = self.current_row()
        self._report(self.document.set_field(f"pools[{row}].price_basis", None if value == OWN_BASIS else value,
                                             tr("Change what the pool price covers")))
        self.select(row)

    # ---- operations
    def add(self):
        row = self.current_row() + 1
        self._pending_row = row
        self._report(self.document.add_pool(index=row))
        self.select(row)

    def duplicate(self):
        row = self.current_row()
        self._pending_row = row + 1
        self._report(self.document.duplicate_pool(row))
        self.select(row + 1)

    def remove(self):
        row = self.current_row()
        self._pending_row = max(0, row - 1) if row == self.model.rowCount() - 1 else row
        self._report(self.document.remove_pool(row))

    def _custom_clicked(self) -> None:
        self.edit_custom()

    def _custom_requested(self, row: int) -> None:
        QTimer.singleShot(0, self, lambda: self.edit_custom(row))

    def edit_custom(self, row: int | None = None) -> str | None:
        """Ask for a custom accelerator for pool ``row`` (the selected one) and apply it as one
        undoable edit. Returns the refusal message, if any (``None`` also when cancelled)."""
        pools = self.document.scenario.pools
        row = self.current_row() if row is None else row
        if not 0 <= row < len(pools):
            return None
        pool = pools[row]
        title = tr("Custom accelerator — pool {0} ({1})").format(row + 1, pool.name)
        values = self.dialogs.custom_accelerator(self, custom_form.initial_values(pool), title)
        if values is None:
            return None
        message = self.document.set_pool_accelerator(row, None, values)
        if message:
            # Nothing of the refused form is left in the window to mark: say why under the
            # table and keep the results current (the document did not change).
            self.document.clear_error(f"pools[{row}].accelerator")
            key, sep, rest = message.partition(": ")
            if sep and key in custom_form.CustomAccelerator.model_fields:
                message = f"{custom_form.label_of(key)}: {rest}"
            message = tr("Custom accelerator not applied — {0}").format(message)
        self._report(message)
        self.select(row)
        return message

    def move(self, delta: int):
        row = self.current_row()
        to = row + delta
        if 0 <= to < self.model.rowCount():
            self._report(self.document.move_pool(row, to))
            self.select(to)
