"""The pools table's editors: the accelerator picker and the count and price spin boxes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox, QStyledItemDelegate

from colossus_desktop.drawing import format as fmt
from colossus_desktop.scenario.bounds import bounds_at
from colossus_desktop.ui.builder import catalog_choices
from colossus_desktop.ui.builder.adapters import INT_CEILING, spin_range
from colossus_desktop.ui.builder.fields import tr
from colossus_desktop.ui.builder.pools.model import COLUMNS, CUSTOM


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
            prefix, suffix = fmt.dollar_affixes()  # "$35,500" in English, "35 500 $" in French
            spin.setPrefix(prefix)
            spin.setSuffix(suffix)
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
