"""Builder page: the accelerator pools table and the chip spec panel.

Each row is a pool. Cell edits, add, remove, duplicate and reorder are document commands
(undoable). The accelerator column edits through a combo box whose items carry each chip's specs
and sources, and whose last entry, "Custom accelerator…", opens the custom-accelerator form
(also behind the "Custom…" button): a chip defined in the scenario, started from the pool's
catalog chip. The panel under the table shows the selected pool's chip with the source and
confidence of every number.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from colossus_desktop.scenario.bounds import bounds_at
from colossus_desktop.ui.builder import catalog_choices
from colossus_desktop.ui.builder.adapters import INT_CEILING, spin_range
from colossus_desktop.ui.builder import custom_accelerator as custom_form
from colossus_desktop.ui.builder.fields import ERROR_COLOR, catalog, description, tr
from colossus_desktop.ui.document import Document

COLUMNS = ("name", "accelerator", "count", "arrival", "price_usd")
CUSTOM = "\x00custom"  # the combo's "Custom accelerator…" entry (never a catalog id)


def _headers() -> list[str]:
    return [tr("Name"), tr("Accelerator"), tr("Count"), tr("Arrival"), tr("Price/chip")]


def _header_tips() -> list[str]:
    return [
        tr("A label for this batch of accelerators."),
        tr("The chip, from the catalog (hover an entry for its specs and sources), "
           "or a custom accelerator defined in this scenario (“Custom accelerator…”)."),
        description("pools[0].count"),
        tr("Month the pool is installed and running, written YYYY-MM (e.g. 2025-07)."),
        description("pools[0].price_usd") + " " + tr("Set to 0 for the catalog price."),
    ]


def short_name(item) -> str:
    """The chip's name without its vendor prefix ("GB200 NVL72 (per GPU)")."""
    name = item.name
    if item.vendor and name.lower().startswith(item.vendor.lower() + " "):
        name = name[len(item.vendor) + 1 :]
    return name


class PoolsModel(QAbstractTableModel):
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
        return 0 if parent.isValid() else len(self.document.scenario.pools)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return _headers()[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return _header_tips()[section]
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
        pool = self.document.scenario.pools[row]
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
            tip = _header_tips()[col]
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
        from PySide6.QtCore import QLocale

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
                return f"${loc.toString(float(price), 'f', 0)}" if price else tr("catalog")
            return "$" + loc.toString(float(pool.price_usd), "f", 0)
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
            message = self.document.set_fields(values, tr("Edit pool {0}").format(_headers()[col].lower()))
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
        self._pools = pools
        rows = len(pools)
        self._bad.clear()
        if rows != self._rows:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        else:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, len(COLUMNS) - 1))

    def _on_errors(self):
        errors = self.document.errors
        stale = [k for k in self._bad if self.path(*k) not in errors]
        for k in stale:
            del self._bad[k]
        if stale:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(COLUMNS) - 1))


class PoolDelegate(QStyledItemDelegate):
    """Editors: accelerator picker (combo with spec tooltips and "Custom accelerator…"), count
    and price spin boxes. Picking an entry of the picker applies it at once; picking "Custom
    accelerator…" emits ``customRequested(row)``."""

    customRequested = Signal(int)

    def createEditor(self, parent, option, index):
        key = COLUMNS[index.column()]
        if key == "accelerator":
            combo = QComboBox(parent)
            combo.setObjectName("accelerator-picker")
            for value, label, tip in catalog_choices.accelerators():
                combo.addItem(label, value)
                combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
            combo.insertSeparator(combo.count())
            combo.addItem(tr("Custom accelerator…"), CUSTOM)
            combo.setItemData(
                combo.count() - 1,
                tr("Define a chip that is not in the catalog, starting from this pool's chip."),
                Qt.ItemDataRole.ToolTipRole,
            )
            combo.setProperty("activated", False)
            combo.activated.connect(self._picked)
            return combo
        if key == "count":
            spin = QSpinBox(parent)
            spin.setRange(*spin_range(bounds_at(["pools", 0, "count"]), integer=True, ceiling=INT_CEILING))
            spin.setGroupSeparatorShown(True)
            spin.setSingleStep(1024)
            return spin
        if key == "price_usd":
            spin = QDoubleSpinBox(parent)
            spin.setRange(*spin_range(bounds_at(["pools", 0, "price_usd"]), decimals=0))
            spin.setDecimals(0)
            spin.setSingleStep(1000)
            spin.setPrefix("$")
            spin.setGroupSeparatorShown(True)
            spin.setSpecialValueText(tr("catalog price"))
            return spin
        return super().createEditor(parent, option, index)

    def _picked(self, _index: int) -> None:
        combo = self.sender()
        if not isinstance(combo, QComboBox):
            return
        combo.setProperty("activated", True)
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index):
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            pool = index.model().document.scenario.pools[index.row()]
            i = editor.findData(CUSTOM if pool.custom is not None and value is None else value)
            editor.setCurrentIndex(max(i, 0))
        elif isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            try:
                editor.setValue(0 if value is None else value)
            except TypeError:
                editor.setValue(0)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            value = editor.currentData()
            if value == CUSTOM:
                pool = model.document.scenario.pools[index.row()]
                if (pool.custom is None or editor.property("activated")) and not editor.property("handled"):
                    editor.setProperty("handled", True)  # a focus-out after the pick commits again
                    self.customRequested.emit(index.row())
                return
            model.setData(index, value)
        elif isinstance(editor, QDoubleSpinBox):
            model.setData(index, None if editor.value() == 0 else editor.value())
        elif isinstance(editor, QSpinBox):
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)


def spec_html(pool) -> str:
    """The selected pool's chip: every spec with its unit, source and confidence."""
    if pool is None:
        return ""
    if pool.custom is not None:
        return custom_html(pool.custom)
    cat = catalog()
    item = None if cat is None else cat.accelerators.get(pool.accelerator or "")
    if item is None:
        return html.escape(tr("{0}: not in the catalog").format(pool.accelerator))
    rows = []
    for key, spec in item.specs.items():
        value = "—" if spec.value is None else (f"{spec.value:,g}" if isinstance(spec.value, (int, float)) else str(spec.value))
        unit = f" {spec.unit}" if spec.unit and spec.value is not None else ""
        rows.append(
            f"<tr><td>{html.escape(spec_label(key))}</td><td align='right'><b>{html.escape(value + unit)}</b></td></tr>"
            f"<tr><td colspan='2' style='color:#777; font-size:small; padding-bottom:4px'>{html.escape(spec.describe())}</td></tr>"
        )
    head = f"<b>{html.escape(item.name)}</b>" + (f" — {html.escape(item.vendor)}" if item.vendor else "")
    summary = f"<br/><small>{html.escape(item.summary)}</small>" if item.summary else ""
    return f"{head}{summary}<table width='100%' cellspacing='0' cellpadding='1'>{''.join(rows)}</table>"


def _custom_rows(c):
    """(label, value with unit) of each figure of a custom accelerator, in the form's order."""
    values = c.model_dump(mode="python")
    out = []
    for spec in custom_form.specs():
        v = values.get(spec.key)
        if v is None:
            out.append((spec.label, "—"))
            continue
        if spec.prefix:
            out.append((spec.label, f"{spec.prefix}{v:,g}"))
        else:
            out.append((spec.label, f"{v:,g}" + (f" {spec.unit}" if spec.unit else "")))
    out.append((spec_label("release"), values.get("release") or "—"))
    return out


def custom_html(c) -> str:
    """A custom accelerator in the spec panel: its figures, each marked as the scenario's own."""
    source = tr("custom, from this scenario")
    rows = [
        f"<tr><td>{html.escape(label)}</td><td align='right'><b>{html.escape(value)}</b></td></tr>"
        f"<tr><td colspan='2' style='color:#777; font-size:small; padding-bottom:4px'>"
        f"{html.escape(source if value != '—' else tr('not supported or unknown') + ' — ' + source)}</td></tr>"
        for label, value in _custom_rows(c)
    ]
    head = f"<b>{html.escape(c.name)}</b> — {html.escape(tr('custom accelerator'))}"
    hint = html.escape(tr("Defined in this scenario, not in the catalog. Edit it with “Custom…”; "
                          "pick a catalog chip in the Accelerator column to go back."))
    return f"{head}<br/><small>{hint}</small><table width='100%' cellspacing='0' cellpadding='1'>{''.join(rows)}</table>"


def custom_tooltip(c) -> str:
    rows = [f"<b>{html.escape(c.name)}</b> — {html.escape(tr('custom, from this scenario'))}"]
    rows += [f"<b>{html.escape(label)}</b>: {html.escape(value)}" for label, value in _custom_rows(c)]
    return "<br/>".join(rows)


def spec_label(key: str) -> str:
    if key in SPEC_LABELS:
        return tr(SPEC_LABELS[key])
    text = key.replace("_", " ")
    return text[:1].upper() + text[1:]


SPEC_LABELS = {
    "bf16_tflops": "Dense BF16",
    "fp8_tflops": "Dense FP8",
    "fp4_tflops": "Dense FP4",
    "hbm_gb": "HBM capacity",
    "hbm_tbps": "HBM bandwidth",
    "tdp_w": "TDP",
    "scaleup_gbps": "Scale-up bandwidth",
    "scaleup_gb_per_s": "Scale-up bandwidth",
    "scaleup_domain": "Scale-up domain",
    "release": "Release",
    "price_usd": "Typical price",
    "system_power_factor": "System power factor",
}


class PoolsPage(QWidget):
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
        self._report("; ".join(f"{tr('Pool')} {k}: {v}" for k, v in errors.items()) if errors else None)

    def show_specs(self):
        pools = self.document.scenario.pools
        row = self.current_row()
        text = spec_html(pools[row] if 0 <= row < len(pools) else None)
        if text != self._specs_html:
            self._specs_html = text
            self.specs.setHtml(text)

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
