"""The custom switch: a switch that is not in the catalog, defined in the scenario.

The network page's switch picker (:class:`SwitchAdapter`, field kind ``"switch"``) lists the
catalog's switches and, last, "Custom switch…"; the entry shows the custom switch's name once one
is set. Picking it (or the "Custom switch…" button, the editor of ``network.custom_switch``)
opens :class:`CustomSwitchDialog`, every field of
:class:`~colossus_desktop.scenario.model.CustomSwitch` with its range from the model
(:mod:`colossus_desktop.scenario.bounds`), started from the current catalog switch. OK sets
``network.custom_switch`` and clears ``network.switch`` in one undoable edit
(:class:`CustomSwitchEditor`); picking a catalog switch again clears the custom one (the
field's ``also`` hook, :func:`clear_custom`). :class:`SwitchDialogs` is how the page asks,
replaceable in tests.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pydantic import ValidationError

from colossus_desktop.drawing import format as fmt
from colossus_desktop.scenario.bounds import bounds_of
from colossus_desktop.scenario.validation import validation_error
from colossus_desktop.scenario.model import CustomSwitch
from colossus_desktop.ui.builder import catalog_choices
from colossus_desktop.ui.builder.adapters import ADAPTERS, INT_CEILING, spin_range
from colossus_desktop.ui.builder.fields import ERROR_COLOR, catalog, tr
from colossus_desktop.ui.refusals import localized

CUSTOM = "\x00custom-switch"  # the picker's "Custom switch…" entry (never a catalog id)


@dataclass(frozen=True)
class Spec:
    key: str
    label: str
    unit: str = ""
    decimals: int = 0
    prefix: str = ""
    none_text: str = ""  # shown at the lowest value, which stores None


def specs() -> list[Spec]:
    """The numeric fields of a custom switch, in the order of the form."""
    return [
        Spec("ports", tr("Native ports"), tr("ports")),
        Spec("port_gbps", tr("Port speed"), "Gb/s"),
        Spec("max_ports", tr("Most logical ports"), tr("ports"), none_text=tr("the native ports")),
        Spec("power_w", tr("Power"), "W"),
        Spec("price_usd", tr("Price"), prefix="$"),
    ]


def label_of(key: str) -> str:
    """The form's label of a CustomSwitch field."""
    if key == "name":
        return tr("Name")
    return next((s.label for s in specs() if s.key == key), key)


def description(key: str) -> str:
    """The model's description of a CustomSwitch field ("" if none)."""
    info = CustomSwitch.model_fields.get(key)
    return (info.description or "") if info else ""


def _tip(key: str, unit: str = "") -> str:
    head = f"<b>{html.escape(label_of(key))}</b>" + (f" ({html.escape(unit)})" if unit else "")
    text = description(key)
    return head + (f"<br/>{html.escape(text)}" if text else "") + \
        f"<br/><span style='color:gray'>network.custom_switch.{key}</span>"


def initial_values(network) -> dict:
    """The dialog's starting point: the custom switch, or the catalog switch's figures."""
    if network.custom_switch is not None:
        return network.custom_switch.model_dump(mode="python")
    cat = catalog()
    item = None if cat is None else cat.switches.get(network.switch or "")
    if item is None:
        return {"name": tr("Custom switch"), "ports": 64, "port_gbps": 800.0, "max_ports": None,
                "power_w": 1500.0, "price_usd": 50000.0}
    values: dict[str, Any] = {"name": item.name}
    for key in CustomSwitch.model_fields:
        if key != "name":
            values[key] = item.value(key)
    for key, fallback in (("power_w", 0.0), ("price_usd", 0.0)):
        if values.get(key) is None:
            values[key] = fallback
    return values


def validate(values: dict) -> str | None:
    """``None`` or "Port speed: Must be > 0"."""
    try:
        CustomSwitch.model_validate(values)
    except ValidationError as exc:
        err = validation_error(exc, values)
        key = (err.field or "").split(".")[0].split("[")[0]
        msg = err.reason
        if key == "name":
            msg = tr("give the switch a name")
        return f"{label_of(key)}: {msg[:1].upper() + msg[1:]}"
    return None


def summary(c: CustomSwitch) -> str:
    """Rich text: the custom switch's figures, for the picker's tooltip."""
    rows = [f"<b>{html.escape(c.name)}</b> — {html.escape(tr('custom, from this scenario'))}"]
    for spec in specs():
        v = getattr(c, spec.key)
        text = spec.none_text if v is None else (fmt.price(v) if spec.prefix == "$" else f"{spec.prefix}{fmt.g(v)}") + (
            f" {spec.unit}" if spec.unit else "")
        rows.append(f"<b>{html.escape(spec.label)}</b>: {html.escape(text)}")
    return "<br/>".join(rows)


class CustomSwitchDialog(QDialog):
    """Every field of a custom switch; ``values()`` after ``exec()`` returns QDialog.Accepted."""

    def __init__(self, initial: dict, parent: QWidget | None = None, title: str = ""):
        super().__init__(parent)
        self.setObjectName("custom-switch-dialog")
        self.setWindowTitle(title or tr("Custom switch"))
        self.editors: dict[str, QWidget] = {}
        intro = QLabel(tr("A switch that is not in the catalog, saved in this scenario. "
                          "It starts from the current switch: change what differs."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        name = QLineEdit()
        name.setObjectName("custom-switch:name")
        name.setToolTip(_tip("name"))
        self.editors["name"] = name
        self._row(form, "name", name)
        for spec in specs():
            spin = self._spin(spec)
            self.editors[spec.key] = spin
            self._row(form, spec.key, spin)
        self.error = QLabel()
        self.error.setObjectName("custom-switch:error")
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.set_values(initial)
        self.setMinimumWidth(420)

    @staticmethod
    def _row(form: QFormLayout, key: str, widget: QWidget) -> None:
        label = QLabel(label_of(key))
        label.setToolTip(widget.toolTip())
        label.setBuddy(widget)
        form.addRow(label, widget)

    @staticmethod
    def _spin(spec: Spec) -> QAbstractSpinBox:
        """A spin box ranged by the model's constraints (the lowest value stores None if optional)."""
        bounds = bounds_of(CustomSwitch, spec.key)
        if bounds.integer:
            w: QAbstractSpinBox = QSpinBox()
            low, high = spin_range(bounds, integer=True, ceiling=INT_CEILING)
            below = 1
        else:
            w = QDoubleSpinBox()
            w.setDecimals(spec.decimals)
            low, high = spin_range(bounds, decimals=spec.decimals)
            below = 10**-spec.decimals
        # An optional field: one step under the model's lowest value reads "none" and stores None.
        w.setRange(low - below if spec.none_text else low, high)
        if spec.unit:
            w.setSuffix(" " + spec.unit)
        if spec.prefix == "$":  # "$35,500" in English, "35 500 $" in French
            prefix, suffix = fmt.dollar_affixes()
            w.setPrefix(prefix)
            w.setSuffix(suffix + w.suffix())
        elif spec.prefix:
            w.setPrefix(spec.prefix)
        if spec.none_text:
            w.setSpecialValueText(spec.none_text)
        w.setGroupSeparatorShown(True)
        w.setAlignment(Qt.AlignmentFlag.AlignRight)
        w.setMinimumWidth(150)
        w.setObjectName(f"custom-switch:{spec.key}")
        w.setToolTip(_tip(spec.key, "USD" if spec.prefix else spec.unit))
        return w

    def set_values(self, values: dict) -> None:
        """Fill the form (None of an optional field shows its lowest value)."""
        self.editors["name"].setText(str(values.get("name") or ""))
        for spec in specs():
            spin, v = self.editors[spec.key], values.get(spec.key)
            if v is None:
                if spec.none_text:
                    spin.setValue(spin.minimum())
                continue
            if isinstance(spin, QDoubleSpinBox) and float(v) != round(float(v), spin.decimals()):
                spin.setDecimals(min(6, len(f"{float(v):.6f}".rstrip("0").split(".")[1])))  # never round a figure
            spin.setValue(int(v) if isinstance(spin, QSpinBox) else float(v))

    def values(self) -> dict:
        """The form's values, as a CustomSwitch dict."""
        out: dict = {"name": self.editors["name"].text().strip()}
        for spec in specs():
            spin = self.editors[spec.key]
            out[spec.key] = None if spec.none_text and spin.value() <= spin.minimum() else spin.value()
        return out

    def accept(self) -> None:
        message = localized(validate(self.values()))
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        if not message:
            super().accept()


class SwitchDialogs:
    """The questions the network page asks; tests replace the object (or a method)."""

    def custom_switch(self, parent: QWidget | None, initial: dict, title: str) -> dict | None:
        """The custom switch the user entered, or ``None`` when cancelled."""
        dialog = CustomSwitchDialog(initial, parent, title)
        try:
            return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


# --------------------------------------------------------------------------- the form's fields


class SwitchCombo(QComboBox):
    """The switch picker; ``customRequested`` when the user picks "Custom switch…"."""

    customRequested = Signal()


def switch_choices() -> list[tuple[str, str, str]]:
    """The catalog's switches (value, label, tooltip)."""
    return catalog_choices.switches()


def clear_custom(_switch_id) -> dict:
    """The switch field's ``also`` hook: a catalog switch clears the custom one."""
    return {"network.custom_switch": None}


class SwitchAdapter:
    """The switch picker: catalog switches, a separator and "Custom switch…" (``None`` = custom)."""

    def build(self, spec) -> SwitchCombo:
        w = SwitchCombo()
        w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        w.setMinimumContentsLength(10)
        for value, text, tip in spec.choices() if spec.choices else []:
            w.addItem(text, value)
            w.setItemData(w.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        w.insertSeparator(w.count())
        w.addItem(tr("Custom switch…"), CUSTOM)
        w.setItemData(w.count() - 1, tr("Define a switch that is not in the catalog, starting from the current one."),
                      Qt.ItemDataRole.ToolTipRole)
        return w

    def write(self, w: QComboBox, spec, value: Any) -> None:
        i = w.findData(CUSTOM if value is None else value)
        if i < 0:
            w.insertItem(w.count() - 2, f"{value} " + tr("(not in catalog)"), value)
            i = w.findData(value)
        if w.currentIndex() != i:
            w.setCurrentIndex(i)

    def read(self, w: QComboBox, spec) -> Any:
        value = w.currentData()
        return None if value == CUSTOM else value

    def connect(self, w: SwitchCombo, slot: Callable[..., None]) -> None:
        w.currentIndexChanged.connect(lambda *_: None if w.currentData() == CUSTOM else slot())
        w.activated.connect(lambda *_: w.customRequested.emit() if w.currentData() == CUSTOM else None)


class CustomSwitchButtonAdapter:
    """The editor of ``network.custom_switch``: a button that opens the form (its text names it)."""

    def build(self, spec) -> QPushButton:
        w = QPushButton()
        w.setProperty("value", None)
        return w

    def write(self, w: QPushButton, spec, value: Any) -> None:
        w.setProperty("value", value)
        w.setText(tr("Edit “{0}”…").format(value.name) if value is not None else tr("Custom switch…"))

    def read(self, w: QPushButton, spec) -> Any:
        return w.property("value")

    def connect(self, w: QPushButton, slot: Callable[..., None]) -> None:
        pass  # the click opens the form (CustomSwitchEditor), which edits the document itself


ADAPTERS.setdefault("switch", SwitchAdapter())
ADAPTERS.setdefault("custom_switch", CustomSwitchButtonAdapter())


class CustomSwitchEditor(QObject):
    """Opens the form from the picker or the button and applies it as one undoable edit; keeps
    the picker's custom entry named after the custom switch."""

    def __init__(self, binder, parent: QObject | None = None):
        super().__init__(parent)
        self.binder = binder
        self.document = binder.document
        self.dialogs = SwitchDialogs()
        self.combo: SwitchCombo = binder.fields["network.switch"].widget
        self.button: QPushButton = binder.fields["network.custom_switch"].widget
        self.combo.customRequested.connect(lambda: QTimer.singleShot(0, self, self.edit))
        self.button.clicked.connect(lambda *_: self.edit())
        self.document.changed.connect(self.show_name)
        self.show_name()

    def show_name(self) -> None:
        """The custom entry reads "NAME (custom)" while a custom switch is set."""
        custom = self.document.scenario.network.custom_switch
        i = self.combo.findData(CUSTOM)
        self.combo.setItemText(i, tr("{0} (custom)").format(custom.name) if custom else tr("Custom switch…"))
        if custom is not None:
            self.combo.setItemData(i, summary(custom), Qt.ItemDataRole.ToolTipRole)

    def edit(self) -> str | None:
        """Ask for a custom switch and apply it (``network.switch`` cleared) as one undoable edit.
        Returns the refusal message, if any (``None`` also when cancelled)."""
        network = self.document.scenario.network
        values = self.dialogs.custom_switch(self.combo.window(), initial_values(network), tr("Custom switch"))
        message = None
        if values is not None:
            message = self.document.set_fields({"network.switch": None, "network.custom_switch": values},
                                               tr("Custom switch"))
        bound = self.binder.fields["network.switch"]
        if "network.switch" not in self.document.errors:  # cancelled or done: show the document's switch
            bound.widget.blockSignals(True)
            bound.to_widget(network.switch if values is None else self.document.scenario.network.switch)
            bound.widget.blockSignals(False)
        self.show_name()
        return message
