"""The custom-accelerator form: a chip that is not in the catalog, defined in the scenario.

:class:`CustomAcceleratorDialog` edits every field of
:class:`~colossus_desktop.scenario.model.CustomAccelerator` (units in the spin boxes, thousands
separators, tooltips from the model's field descriptions). It starts from the pool's catalog
chip (:func:`initial_values`), so "an H100 with a lower TDP" is one change. OK checks the values
against the model and stays open with a message when one is refused; the caller applies the
result as one undoable edit. :class:`PoolDialogs` is how the pools page asks, replaceable in tests.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pydantic import ValidationError

from colossus_desktop.drawing import format as fmt
from colossus_desktop.scenario.bounds import bounds_of
from colossus_desktop.scenario.validation import validation_error
from colossus_desktop.scenario.model import CustomAccelerator
from colossus_desktop.ui.builder import price_basis
from colossus_desktop.ui.builder.adapters import INT_CEILING, spin_range
from colossus_desktop.ui.builder.fields import ERROR_COLOR, catalog, tr
from colossus_desktop.ui.refusals import localized


@dataclass(frozen=True)
class Spec:
    key: str
    label: str
    unit: str = ""  # suffix of the spin box
    decimals: int = 0
    optional: bool = False  # a "supported" check box; unchecked stores None
    prefix: str = ""
    none_text: str = ""  # shown at the lowest value, which stores None (no check box)


def specs() -> list[Spec]:
    """The numeric fields of a custom accelerator, in the order of the form."""
    return [
        Spec("bf16_tflops", tr("Dense BF16"), "TFLOP/s", 1),
        Spec("fp8_tflops", tr("Dense FP8"), "TFLOP/s", 1, optional=True),
        Spec("fp4_tflops", tr("Dense FP4"), "TFLOP/s", 1, optional=True),
        Spec("hbm_gb", tr("HBM capacity"), "GB", 1),
        Spec("hbm_tbps", tr("HBM bandwidth"), "TB/s", 3),
        Spec("tdp_w", tr("TDP"), "W", 0),
        Spec("scaleup_gb_per_s", tr("Scale-up bandwidth"), "GB/s", 0),
        Spec("scaleup_domain", tr("Scale-up domain"), tr("accelerators"), 0),
        Spec("scaleout_gbps", tr("Scale-out (NIC) bandwidth"), "Gb/s", 0, none_text=tr("not given")),
        Spec("price_usd", tr("Typical price"), "", 0, prefix="$"),
        Spec("system_power_factor", tr("System power factor"), tr("× TDP"), 2),
    ]


def label_of(key: str) -> str:
    if key == "name":
        return tr("Name")
    if key == "release":
        return tr("Release")
    if key == "price_basis":
        return tr("Price covers")
    return next((s.label for s in specs() if s.key == key), key)


def unit_of(key: str) -> str:
    s = next((s for s in specs() if s.key == key), None)
    return "" if s is None else (s.prefix and "USD") or s.unit


def description(key: str) -> str:
    info = CustomAccelerator.model_fields.get(key)
    return (info.description or "") if info else ""


def _tip(key: str, unit: str = "") -> str:
    head = f"<b>{html.escape(label_of(key))}</b>" + (f" ({html.escape(unit)})" if unit else "")
    text = description(key)
    return head + (f"<br/>{html.escape(text)}" if text else "") + f"<br/><span style='color:gray'>custom.{key}</span>"


def initial_values(pool) -> dict:
    """The dialog's starting point: the pool's custom spec, or its catalog chip's figures."""
    if pool.custom is not None:
        return pool.custom.model_dump(mode="python")
    cat = catalog()
    item = None if cat is None else cat.accelerators.get(pool.accelerator or "")
    if item is None:
        return {
            "name": tr("Custom accelerator"), "bf16_tflops": 1000.0, "fp8_tflops": 2000.0, "fp4_tflops": None,
            "hbm_gb": 80.0, "hbm_tbps": 3.0, "tdp_w": 700.0, "scaleup_gb_per_s": 900.0, "scaleup_domain": 8,
            "price_usd": 30000.0, "price_basis": "chip", "scaleout_gbps": 400.0,
            "system_power_factor": 1.8, "release": None,
        }
    from colossus_desktop.ui.builder.pools.spec_text import short_name

    values = {"name": short_name(item)}
    for key in CustomAccelerator.model_fields:
        if key == "name":
            continue
        v = item.value(key)
        values[key] = v
    if pool.price_basis is not None:  # the pool's own basis is what its price means now
        values["price_basis"] = pool.price_basis
    for key, fallback in (("scaleup_domain", 1), ("scaleup_gb_per_s", 0.0), ("price_usd", 0.0),
                          ("system_power_factor", 1.0), ("price_basis", "chip")):
        if values.get(key) is None:
            values[key] = fallback
    return values


def _decimals(v: float, most: int = 6) -> int:
    text = f"{v:.{most}f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def validate(values: dict) -> str | None:
    """``None`` or "Dense BF16: Must be >= 0.1"."""
    try:
        CustomAccelerator.model_validate(values)
    except ValidationError as exc:
        err = validation_error(exc, values)
        key = (err.field or "").split(".")[0].split("[")[0]
        msg = err.reason
        if key == "name":
            msg = tr("give the chip a name")
        return f"{label_of(key)}: {msg[:1].upper() + msg[1:]}"
    return None


class CustomAcceleratorDialog(QDialog):
    """Every field of a custom accelerator; ``values()`` after ``exec()`` returns QDialog.Accepted."""

    def __init__(self, initial: dict, parent: QWidget | None = None, title: str = ""):
        super().__init__(parent)
        self.setObjectName("custom-accelerator-dialog")
        self.setWindowTitle(title or tr("Custom accelerator"))
        self.editors: dict[str, QWidget] = {}
        self.supported: dict[str, QCheckBox] = {}

        intro = QLabel(tr("A chip that is not in the catalog, saved in this scenario. "
                          "It starts from the pool's current chip: change what differs."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        name = QLineEdit()
        name.setObjectName("custom:name")
        name.setToolTip(_tip("name"))
        self.editors["name"] = name
        self._row(form, "name", name)

        for spec in specs():
            spin = self._spin(spec)
            self.editors[spec.key] = spin
            if spec.optional:
                check = QCheckBox(tr("supported"))
                check.setObjectName(f"custom:{spec.key}:supported")
                check.setToolTip(tr("Untick if the chip has no dense {0} support.").format(spec.label.split()[-1]))
                check.setProperty("key", spec.key)
                spin.setProperty("key", spec.key)
                check.toggled.connect(self._support)
                spin.valueChanged.connect(self._sync_support)
                self.supported[spec.key] = check
                box = QWidget()
                lay = QHBoxLayout(box)
                lay.setContentsMargins(0, 0, 0, 0)
                lay.addWidget(spin, 1)
                lay.addWidget(check)
                self._row(form, spec.key, box, buddy=spin)
            else:
                self._row(form, spec.key, spin)
            if spec.key == "price_usd":
                basis = QComboBox()
                basis.setObjectName("custom:price_basis")
                for value in price_basis.BASES:
                    basis.addItem(price_basis.label(value), value)
                basis.setToolTip(_tip("price_basis") + "<br/>" + html.escape(price_basis.explanation()))
                self.editors["price_basis"] = basis
                self._row(form, "price_basis", basis)

        release = QLineEdit()
        release.setObjectName("custom:release")
        release.setPlaceholderText(tr("YYYY-MM, optional"))
        release.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{0,4}(-\d{0,2})?$"), release))
        release.setToolTip(_tip("release") + "<br/>" + html.escape(tr("Leave empty if unknown.")))
        self.editors["release"] = release
        self._row(form, "release", release)

        self.error = QLabel()
        self.error.setObjectName("custom:error")
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error.setWordWrap(True)
        self.error.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.set_values(initial)
        self.setMinimumWidth(440)

    # ---- building
    @staticmethod
    def _row(form: QFormLayout, key: str, widget: QWidget, buddy: QWidget | None = None) -> None:
        label = QLabel(label_of(key))
        label.setToolTip((buddy or widget).toolTip())
        label.setBuddy(buddy or widget)
        form.addRow(label, widget)

    @staticmethod
    def _spin(spec: Spec) -> QAbstractSpinBox:
        bounds = bounds_of(CustomAccelerator, spec.key)  # the model's range, as the loader checks it
        if spec.optional or spec.none_text:  # the lowest value reads "not supported" and stores None
            bounds = replace(bounds, low=0.0, low_exclusive=False)
        if bounds.integer:
            w: QAbstractSpinBox = QSpinBox()
            w.setRange(*spin_range(bounds, integer=True, ceiling=INT_CEILING))
        else:
            w = QDoubleSpinBox()
            w.setDecimals(spec.decimals)
            w.setRange(*spin_range(bounds, decimals=spec.decimals))
        if spec.unit:
            w.setSuffix(" " + spec.unit)
        if spec.prefix == "$":  # "$35,500" in English, "35 500 $" in French
            prefix, suffix = fmt.dollar_affixes()
            w.setPrefix(prefix)
            w.setSuffix(suffix + w.suffix())
        elif spec.prefix:
            w.setPrefix(spec.prefix)
        if spec.optional or spec.none_text:
            w.setSpecialValueText(spec.none_text or tr("not supported"))
        w.setGroupSeparatorShown(True)
        w.setAlignment(Qt.AlignmentFlag.AlignRight)
        w.setAccelerated(True)
        w.setMinimumWidth(150)
        w.setObjectName(f"custom:{spec.key}")
        w.setToolTip(_tip(spec.key, unit_of(spec.key)))
        return w

    def _support(self, on: bool) -> None:
        key = self.sender().property("key")
        spin = self.editors[key]
        spin.setEnabled(on)
        if not on:
            spin.setValue(0)
        elif spin.value() <= 0:  # a start: each narrower format twice the rate of the wider one
            wider = self.values().get("fp8_tflops" if key == "fp4_tflops" else "bf16_tflops")
            spin.setValue(2 * (wider or self.editors["bf16_tflops"].value() * 2))

    def _sync_support(self, value: float) -> None:
        check = self.supported[self.sender().property("key")]
        if check.isChecked() != (value > 0):
            check.setChecked(value > 0)

    # ---- values
    def set_values(self, values: dict) -> None:
        self.editors["name"].setText(str(values.get("name") or ""))
        for spec in specs():
            v = values.get(spec.key)
            spin = self.editors[spec.key]
            if spec.optional:
                if v is None:
                    spin.setValue(0)
                self.supported[spec.key].setChecked(v is not None)
                spin.setEnabled(v is not None)
            if v is None:
                if spec.none_text:
                    spin.setValue(spin.minimum())
                continue
            if isinstance(spin, QSpinBox):
                spin.setValue(int(v))
            else:
                spin.setDecimals(max(spec.decimals, _decimals(float(v))))  # never round a loaded figure
                spin.setValue(float(v))
        basis = self.editors["price_basis"]
        basis.setCurrentIndex(max(basis.findData(values.get("price_basis") or "chip"), 0))
        self.editors["release"].setText(values.get("release") or "")

    def values(self) -> dict:
        out: dict = {"name": self.editors["name"].text().strip()}
        for spec in specs():
            if spec.optional and (not self.supported[spec.key].isChecked() or self.editors[spec.key].value() <= 0):
                out[spec.key] = None
            elif spec.none_text and self.editors[spec.key].value() <= self.editors[spec.key].minimum():
                out[spec.key] = None
            else:
                out[spec.key] = self.editors[spec.key].value()
        out["price_basis"] = self.editors["price_basis"].currentData()
        release = self.editors["release"].text().strip()
        out["release"] = release or None
        return out

    def accept(self) -> None:
        message = localized(validate(self.values()))
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        if message:
            return
        super().accept()


class PoolDialogs:
    """The questions the pools page asks; tests replace the object (or a method)."""

    def custom_accelerator(self, parent: QWidget | None, initial: dict, title: str) -> dict | None:
        dialog = CustomAcceleratorDialog(initial, parent, title)
        try:
            return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


