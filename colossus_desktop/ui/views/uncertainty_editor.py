"""The editor of the document's ``uncertainty`` section: which inputs carry a distribution,
of what kind and with what parameters, and the Monte Carlo samples and seed.

Every change is an undoable document edit: adding and removing an input is one
:class:`SetUncertainInputs` step each (never merged with the next), a parameter typed into a
spin box is a :class:`~colossus_desktop.ui.edits.SetFields` on its path
(``uncertainty.inputs[2].high``), merged while typing like any field of the form. A new input
gets the catalog's low/typical/high ("range", ``analysis.default_uncertainty``). Rank
correlations between inputs are edited in the box below (:mod:`.uncertainty_correlations`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from colossus_desktop.ui.edits import Edit, set_values
from colossus_desktop.ui.labels import translated_parameters, unit_text
from colossus_desktop.ui.views.picker import ParameterPicker
from colossus_desktop.ui.views.uncertainty_correlations import CorrelationBox
from colossus_desktop.ui.views.sweep_controls import spin_decimals

KIND_NAMES = {
    "range": QT_TRANSLATE_NOOP("Analysis", "Catalog range (low / typical / high)"),
    "uniform": QT_TRANSLATE_NOOP("Analysis", "Uniform"),
    "triangular": QT_TRANSLATE_NOOP("Analysis", "Triangular"),
    "normal": QT_TRANSLATE_NOOP("Analysis", "Normal"),
    "lognormal": QT_TRANSLATE_NOOP("Analysis", "Lognormal"),
}
PARAM_NAMES = {"low": QT_TRANSLATE_NOOP("Analysis", "Low"), "mode": QT_TRANSLATE_NOOP("Analysis", "Most likely"),
               "high": QT_TRANSLATE_NOOP("Analysis", "High"), "mean": QT_TRANSLATE_NOOP("Analysis", "Mean"),
               "sd": QT_TRANSLATE_NOOP("Analysis", "Standard deviation"),
               "median": QT_TRANSLATE_NOOP("Analysis", "Median"), "sigma": QT_TRANSLATE_NOOP("Analysis", "σ of ln x")}


def tr(text: str) -> str:
    return QCoreApplication.translate("Analysis", text)


@dataclass
class SetUncertainInputs(Edit):
    """Replace ``uncertainty.inputs`` (and drop correlations that name a removed input)."""

    inputs: list[dict]
    label: str = ""

    def __post_init__(self):
        self.text = self.label or QT_TRANSLATE_NOOP("Edits", "Change uncertain inputs")

    def apply(self, scenario):
        paths = {i["path"] for i in self.inputs}
        corr = [c.model_dump(mode="python") for c in scenario.uncertainty.correlations if c.a in paths and c.b in paths]
        return set_values(scenario, {"uncertainty.inputs": self.inputs, "uncertainty.correlations": corr})


def converted(entry: dict, kind: str) -> dict:
    """``entry`` re-expressed as ``kind`` with parameters spanning about the same values: the
    same low/high ends for bounded kinds; mean at the middle and sd a quarter of the span for
    normal; median at the geometric middle and σ a quarter of ln(high/low) for lognormal."""
    lo, hi, mid = _span(entry)
    out = {"path": entry["path"], "distribution": kind, "source": entry.get("source", "")}
    if kind == "uniform":
        out.update(low=lo, high=hi)
    elif kind in ("triangular", "range"):
        out.update(low=lo, mode=min(max(mid, lo), hi), high=hi)
    elif kind == "normal":
        out.update(mean=mid, sd=(hi - lo) / 4 or abs(mid) * 0.05 or 1.0)
    else:
        lo_p = lo if lo > 0 else max(mid, 1e-9) / 2
        hi_p = hi if hi > lo_p else lo_p * 2
        out.update(median=math.sqrt(lo_p * hi_p), sigma=math.log(hi_p / lo_p) / 4)
    return out


def _number(value: float, decimals: int, unit: str) -> str:
    """``value`` as the spin boxes show it (the locale's digits, the unit but for a share)."""
    from colossus_desktop.drawing.format import number

    text = number(value, decimals, group=False)
    return f"{text} {unit_text(unit)}" if unit and unit != "share" else text


def _span(e: dict) -> tuple[float, float, float]:
    """(low end, high end, middle) of an entry, whatever its kind."""
    k = e["distribution"]
    if k in ("uniform", "triangular", "range"):
        mid = e.get("mode") if e.get("mode") is not None else (e["low"] + e["high"]) / 2
        return e["low"], e["high"], mid
    if k == "normal":
        return e["mean"] - 2 * e["sd"], e["mean"] + 2 * e["sd"], e["mean"]
    return e["median"] * math.exp(-2 * e["sigma"]), e["median"] * math.exp(2 * e["sigma"]), e["median"]


class UncertaintyEditor(QWidget):
    """Picker + list of uncertain inputs + the selected one's distribution + samples and seed
    + the correlations between inputs (:class:`CorrelationBox`)."""

    message = Signal(str)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.params: dict = {}
        self.picker = ParameterPicker(rows=5)
        self.add_button = QPushButton(tr("Add input"))
        self.add_button.setObjectName("uncertainty-add")
        self.inputs = QListWidget()
        self.inputs.setObjectName("uncertainty-inputs")
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setObjectName("uncertainty-remove")
        self.kind = QComboBox()
        # narrower than its longest name (the list shows it whole): the editor then fits its
        # column in the projector theme and in French, instead of being cut off on the right
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(12)
        for key, name in KIND_NAMES.items():
            self.kind.addItem(tr(name), key)
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.form = QFormLayout()
        for name in PARAM_NAMES:
            spin = QDoubleSpinBox()
            spin.setKeyboardTracking(False)
            spin.setRange(-1e18, 1e18)
            spin.valueChanged.connect(lambda v, n=name: self._param_changed(n, v))
            self.spins[name] = spin
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # the scenario's value outside the selected distribution's ends (its base value was edited)
        self.outside = QLabel()
        self.outside.setObjectName("uncertainty-outside")
        self.outside.setWordWrap(True)
        self.outside.hide()
        self.refit_button = QPushButton(tr("Fit around this scenario's value"))
        self.refit_button.setObjectName("uncertainty-refit")
        self.refit_button.setToolTip(tr("Replace this distribution with the one offered for a new input: "
                                        "the catalog's range or spread, around the scenario's value."))
        self.refit_button.hide()
        self.samples = QSpinBox()
        self.samples.setRange(1, 1_000_000)
        self.samples.setSingleStep(1000)
        self.samples.setGroupSeparatorShown(True)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        for w in (self.samples, self.seed):
            w.setKeyboardTracking(False)

        pick_box = QGroupBox(tr("Add an uncertain input"))
        pl = QVBoxLayout(pick_box)
        pl.addWidget(self.picker, 1)
        pl.addWidget(self.add_button)
        list_box = QGroupBox(tr("Uncertain inputs"))
        ll = QVBoxLayout(list_box)
        ll.addWidget(self.inputs, 1)
        self.detail = QWidget()
        dl = QVBoxLayout(self.detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.outside)  # first: in sight without scrolling
        dl.addWidget(self.refit_button)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        kind_row.addWidget(self.remove_button)
        dl.addLayout(kind_row)
        dl.addLayout(self.form)
        dl.addWidget(self.source)
        ll.addWidget(self.detail)
        mc = QFormLayout()
        mc.addRow(tr("Samples"), self.samples)
        mc.addRow(tr("Seed"), self.seed)
        ll.addLayout(mc)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(pick_box, 2)
        lay.addWidget(list_box, 3)
        self.correlations = CorrelationBox(document, lambda: {path: p.label for path, p in self.params.items()})
        self.correlations.message.connect(self.message)
        lay.addWidget(self.correlations)

        self.add_button.clicked.connect(self.add_current)
        self.picker.picked.connect(lambda _p: None)
        self.picker.list.doubleClicked.connect(lambda *_: self.add_current())
        self.remove_button.clicked.connect(self.remove_selected)
        self.refit_button.clicked.connect(lambda *_: self.refit_selected())
        self.inputs.currentRowChanged.connect(lambda *_: self._show_detail())
        self.kind.activated.connect(lambda *_: self._kind_changed())
        self.samples.valueChanged.connect(lambda v: self._set("uncertainty.samples", int(v), tr("Change Monte Carlo samples")))
        self.seed.valueChanged.connect(lambda v: self._set("uncertainty.seed", int(v), tr("Change Monte Carlo seed")))
        document.changed.connect(self.refresh)
        self.refresh_parameters()
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self.refresh()

    # ------------------------------------------------------------------ document → widgets
    def refresh_parameters(self) -> None:
        from colossus_desktop.scenario.parameters import parameters

        try:
            params = translated_parameters(parameters(self.document.scenario))
        except Exception as exc:  # noqa: BLE001 - shown, never raised into Qt
            self.message.emit(" ".join(str(exc).split()))
            return
        self.params = {p.path: p for p in params}
        self.picker.set_parameters(params)

    def entries(self) -> list[dict]:
        return [i.model_dump(mode="python", exclude_none=True) for i in self.document.scenario.uncertainty.inputs]

    def refresh(self) -> None:
        if self.window().isVisible() and not self.isVisible():
            self._stale = True  # out of sight: listing the inputs runs the engine; done when shown
            return
        self._stale = False
        self.refresh_parameters()
        u = self.document.scenario.uncertainty
        row = self.inputs.currentRow()
        self.inputs.blockSignals(True)
        self.inputs.clear()
        from colossus_desktop.analysis import outside_support

        for e in u.inputs:
            p = self.params.get(e.path)
            text = f"{p.label if p else e.path} — {tr(KIND_NAMES[e.distribution]).split(' (')[0]}"
            tip = e.path
            if p is not None and outside_support(e.model_dump(), p.value):
                text += " ⚠"
                tip += "\n" + tr("This scenario's value lies outside this distribution.")
            item = QListWidgetItem(text)
            item.setToolTip(tip)
            self.inputs.addItem(item)
        self.inputs.blockSignals(False)
        if self.inputs.count():
            self.inputs.setCurrentRow(min(max(row, 0), self.inputs.count() - 1))
        for w, v in ((self.samples, u.samples), (self.seed, u.seed)):
            w.blockSignals(True)
            w.setValue(int(v))
            w.blockSignals(False)
        self._show_detail()
        self.correlations.refresh()

    def _show_detail(self) -> None:
        row = self.inputs.currentRow()
        entries = self.entries()
        self.detail.setEnabled(0 <= row < len(entries))
        for spin in self.spins.values():
            if self.form.indexOf(spin) >= 0:
                self._take(spin)
        self.outside.hide()
        self.refit_button.hide()
        if not 0 <= row < len(entries):
            self.source.setText(tr("Add an input from the list above."))
            return
        e = entries[row]
        p = self.params.get(e["path"])
        self.kind.setCurrentIndex(self.kind.findData(e["distribution"]))
        from colossus_desktop.scenario.uncertainty import KIND_PARAMETERS

        names = KIND_PARAMETERS[e["distribution"]]
        decimals = spin_decimals(*(e[n] for n in names))
        for n in names:
            spin = self.spins[n]
            spin.blockSignals(True)
            spin.setDecimals(decimals + (1 if n == "sigma" else 0))
            spin.setSingleStep(10.0 ** -max(decimals - 1, 0))
            spin.setValue(e[n])
            unit = p.unit if p and p.unit and n != "sigma" else ""
            spin.setSuffix(f" {unit_text(unit)}" if unit and unit != "share" else "")
            spin.blockSignals(False)
            spin.show()
            self.form.addRow(tr(PARAM_NAMES[n]), spin)
        self.source.setText(e.get("source") or "")
        from colossus_desktop.analysis import outside_support

        if p is not None and outside_support(e, p.value):
            self.outside.setText("⚠ " + tr("This scenario's value, {0}, lies outside this distribution ({1} to {2}): "
                                           "no draw is the scenario as set, and the P10–P90 may not contain it.")
                                 .format(*(_number(x, max(decimals, spin_decimals(p.value)), p.unit)
                                           for x in (p.value, e["low"], e["high"]))))
            self.outside.show()
            self.refit_button.show()

    def _take(self, spin) -> None:
        """Take a spin box out of the form (kept for reuse), with its label."""
        taken = self.form.takeRow(spin)
        spin.hide()
        spin.setParent(self)
        label = taken.labelItem.widget() if taken.labelItem is not None else None
        if label is not None:
            label.hide()
            label.deleteLater()

    # ------------------------------------------------------------------ widgets → document
    def add_current(self) -> str | None:
        """Add the picker's input with the catalog's default distribution (one undo step)."""
        p = self.picker.current()
        if p is None:
            return None
        return self.add(p.path)

    def add(self, path: str) -> str | None:
        from colossus_desktop.analysis import default_uncertainty

        entries = self.entries()
        if any(e["path"] == path for e in entries):
            self.inputs.setCurrentRow([e["path"] for e in entries].index(path))
            return None
        p = self.params.get(path)
        if p is None:
            return tr("{0} is not a numeric input of this scenario").format(path)
        entries.append(default_uncertainty(p))
        err = self.document.apply(SetUncertainInputs(entries, tr("Add uncertainty on {0}").format(p.label)))
        if err:
            self.message.emit(err)
        else:
            self.inputs.setCurrentRow(len(entries) - 1)
        return err

    def refit_selected(self) -> str | None:
        """Replace the selected input's distribution with the one offered for a new input
        (``analysis.default_uncertainty``: around the scenario's value); one undo step."""
        from colossus_desktop.analysis import default_uncertainty

        row = self.inputs.currentRow()
        entries = self.entries()
        if not 0 <= row < len(entries) or entries[row]["path"] not in self.params:
            return None
        p = self.params[entries[row]["path"]]
        try:
            entries[row] = default_uncertainty(p)
        except ValueError as exc:
            self.message.emit(str(exc))
            return str(exc)
        err = self.document.apply(SetUncertainInputs(entries, tr("Fit uncertainty on {0}").format(p.label)))
        if err:
            self.message.emit(err)
        return err

    def remove_selected(self) -> None:
        row = self.inputs.currentRow()
        entries = self.entries()
        if 0 <= row < len(entries):
            gone = entries.pop(row)
            p = self.params.get(gone["path"])
            self.document.apply(SetUncertainInputs(
                entries, tr("Remove uncertainty on {0}").format(p.label if p else gone["path"])))

    def _kind_changed(self) -> None:
        row = self.inputs.currentRow()
        entries = self.entries()
        kind = self.kind.currentData()
        if not 0 <= row < len(entries) or entries[row]["distribution"] == kind:
            return
        from colossus_desktop.analysis import catalog_range

        chosen = catalog_range(self.params[entries[row]["path"]]) if kind == "range" and \
            entries[row]["path"] in self.params else None
        if chosen is not None:  # the catalog's own range, as chosen (even when the value lies outside it)
            new = chosen
        else:
            new = converted(entries[row], kind)
        entries[row] = new
        err = self.document.apply(SetUncertainInputs(entries, tr("Change distribution")))
        if err:
            self.message.emit(err)
            self._show_detail()

    def _param_changed(self, name: str, value: float) -> None:
        row = self.inputs.currentRow()
        if row >= 0:
            self._set(f"uncertainty.inputs[{row}].{name}", float(value), tr("Change distribution"))

    def _set(self, path: str, value, label: str) -> None:
        err = self.document.set_field(path, value, label)
        if err:
            self.message.emit(err)
