"""The controls of one swept input: a searchable picker, then start, stop and points.

Start and stop are bounded by the field's own bounds (``Parameter.bounds``: the same the form
and the loader use) and start at the catalog's low/high range when it has one, else ±50 % of
the scenario's value (clipped to the bounds).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout

from colossus_desktop.drawing.unit_words import unit_text
from colossus_desktop.ui.views.picker import ParameterPicker

MAX_POINTS_1D = 200
MAX_POINTS_2D = 60


def tr(text: str) -> str:
    return QCoreApplication.translate("Analysis", text)


def spin_decimals(*values: float) -> int:
    """Decimals that show about four significant figures of the largest of ``values``."""
    ref = max((abs(v) for v in values if v is not None and math.isfinite(v)), default=1.0) or 1.0
    return int(min(6, max(0, 3 - math.floor(math.log10(ref)))))


def default_span(param) -> tuple[float, float]:
    """(start, stop): the catalog's range, else ±50 % of the value, inside the field's bounds."""
    if param.default_range is not None:
        lo, _typ, hi = param.default_range
    else:
        v = param.value
        lo, hi = (v * 0.5, v * 1.5) if v else (0.0, 1.0)
        lo, hi = min(lo, hi), max(lo, hi)
    b_lo, b_hi = param.bounds.inclusive(10.0 ** -spin_decimals(param.value, lo, hi))
    if b_lo is not None:
        lo = max(lo, b_lo)
    if b_hi is not None:
        hi = min(hi, b_hi)
    return lo, hi


class AxisControls(QGroupBox):
    """One input of a sweep. ``changed`` fires when the input or its range changes."""

    changed = Signal()

    def __init__(self, title: str, points: int, max_points: int, parent=None):
        super().__init__(title, parent)
        self.param = None
        self.picker = ParameterPicker(rows=5)
        self.chosen = QLabel(tr("No input chosen"))
        self.chosen.setWordWrap(True)
        self.start = QDoubleSpinBox()
        self.stop = QDoubleSpinBox()
        self.points = QSpinBox()
        self.points.setRange(2, max_points)
        self.points.setValue(points)
        for w in (self.start, self.stop):
            w.setKeyboardTracking(False)
            w.setRange(-1e18, 1e18)
        self.points.setKeyboardTracking(False)
        row = QHBoxLayout()
        form = QFormLayout()
        form.addRow(tr("Start"), self.start)
        form.addRow(tr("Stop"), self.stop)
        form.addRow(tr("Points"), self.points)
        row.addLayout(form)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.picker, 1)
        lay.addWidget(self.chosen)
        lay.addLayout(row)
        self.picker.picked.connect(self.choose)
        for w in (self.start, self.stop, self.points):
            w.valueChanged.connect(lambda *_: self.changed.emit())

    def set_parameters(self, params) -> None:
        """The scenario's inputs changed (an edit): keep the chosen one, with its new bounds."""
        self.picker.set_parameters(params)
        if self.param is not None:
            fresh = self.picker.params.get(self.param.path)
            if fresh is None:
                self.param = None
                self.chosen.setText(tr("No input chosen"))
            else:
                self.param = fresh
                self._bound(fresh)

    def choose(self, path: str) -> None:
        param = self.picker.params.get(path)
        if param is None or (self.param is not None and self.param.path == path):
            return
        self.param = param
        self.picker.select(path, emit=False)
        lo, hi = default_span(param)
        self.scale = 100.0 if param.unit == "share" else 1.0  # a share is shown and typed in %
        self.blockSignals(True)
        self._bound(param, lo, hi)
        self.start.setValue(lo * self.scale)
        self.stop.setValue(hi * self.scale)
        self.blockSignals(False)
        self.changed.emit()

    def _bound(self, param, *extra: float) -> None:
        k = getattr(self, "scale", 1.0)
        decimals = spin_decimals(param.value * k, *(x * k for x in extra), self.start.value(), self.stop.value())
        b_lo, b_hi = param.bounds.inclusive(10.0 ** -decimals, k)
        for w in (self.start, self.stop):
            w.blockSignals(True)
            w.setDecimals(decimals)
            w.setRange(-1e18 if b_lo is None else b_lo, 1e18 if b_hi is None else b_hi)
            w.setSingleStep(10.0 ** (math.floor(math.log10(abs(param.value * k))) - 1) if param.value else 0.1)
            w.setSuffix(" %" if param.unit == "share" else f" {unit_text(param.unit)}" if param.unit else "")
            w.blockSignals(False)
        from colossus_desktop.drawing.charts.units import format_value

        self.chosen.setText(tr("{0} — now {1}").format(param.label, format_value(param.value, param.unit)))

    def values(self) -> np.ndarray:
        """The swept values, document units: ``points`` evenly spaced from start to stop."""
        k = getattr(self, "scale", 1.0)  # spin boxes show a share in %
        return np.linspace(self.start.value() / k, self.stop.value() / k, self.points.value())

    def spec(self) -> tuple[str, np.ndarray] | None:
        return (self.param.path, self.values()) if self.param is not None else None
