"""Form widgets bound to field paths of the document.

A page declares its fields as :class:`Field` specs (path, label, unit, display scale …);
:class:`Binder` builds the widget for each, fills it from the scenario, turns every change into
``document.set_field(path, value)`` and marks a refused value on the field (red frame, message
under it, message first in the tooltip). Ranges come from the pydantic constraints of the field
(narrowed to sensible maxima by the page); tooltips from the field's description, the catalog
default's source and the scenario's own note for that field.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass, field
from typing import Any, Callable

import annotated_types as at
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from colossus_desktop.scenario.model import Pool, Scenario
from colossus_desktop.ui.document import Document
from colossus_desktop.ui.edits import get_value, parse_path

INVALID_BASE = "#FBD9CA"  # light vermillion behind an invalid value (the style's own frame and arrows stay)
ERROR_COLOR = "#D55E00"


def tr(text: str) -> str:
    return QCoreApplication.translate("Builder", text)


@dataclass
class Field:
    path: str
    label: str
    unit: str = ""
    kind: str = "float"  # float | int | choice | bool | text
    decimals: int = 2
    scale: float = 1.0  # shown = stored × scale (fractions shown as %)
    maximum: float | None = None
    minimum: float | None = None
    step: float | None = None
    none_text: str | None = None  # shown at the minimum, stored as None (or "auto")
    none_value: Any = None
    choices: Callable[[], list[tuple[str, str, str]]] | None = None  # (value, label, tooltip)
    also: Callable[[Any], dict[str, Any]] | None = None  # extra fields set with a choice
    help: str = ""  # replaces the model's description
    extra: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- model metadata


def model_field(path: str):
    """The pydantic FieldInfo of ``path`` (a pool index picks the Pool model)."""
    model: Any = Scenario
    info = None
    for part in parse_path(path):
        if isinstance(part, int):
            continue
        info = model.model_fields[part]
        ann = info.annotation
        if part == "pools":
            model = Pool
        elif isinstance(ann, type) and hasattr(ann, "model_fields"):
            model = ann
    return info


def bounds(path: str) -> tuple[float | None, bool, float | None, bool]:
    """(low, low_exclusive, high, high_exclusive) from the field's constraints."""
    low = high = None
    low_ex = high_ex = False
    info = model_field(path)
    for m in info.metadata if info else ():
        if isinstance(m, at.Ge):
            low = m.ge
        elif isinstance(m, at.Gt):
            low, low_ex = m.gt, True
        elif isinstance(m, at.Le):
            high = m.le
        elif isinstance(m, at.Lt):
            high, high_ex = m.lt, True
    return low, low_ex, high, high_ex


def description(path: str) -> str:
    info = model_field(path)
    return (info.description or "") if info else ""


_catalog_cache: list = []


def catalog():
    """The shipped catalog, or ``None`` when it cannot be read (tooltips then omit sources)."""
    if not _catalog_cache:
        try:
            from colossus_desktop.engine.catalog import load_catalog

            _catalog_cache.append(load_catalog())
        except Exception:  # noqa: BLE001 - a broken catalog must not break the form
            _catalog_cache.append(None)
    return _catalog_cache[0]


def default_spec(path: str):
    cat = catalog()
    return None if cat is None else cat.defaults.get(path)


def note_for(scenario: Scenario, path: str) -> str:
    parts = parse_path(path)
    if len(parts) != 2 or not all(isinstance(p, str) for p in parts):
        return ""
    notes = getattr(getattr(scenario, parts[0], None), "notes", None) or {}
    return notes.get(parts[1], "")


def _fmt(v: float) -> str:
    return f"{v:,.6g}" if isinstance(v, (int, float)) else str(v)


def tooltip(spec: Field, scenario: Scenario | None = None, error: str | None = None) -> str:
    rows = []
    if error:
        rows.append(f"<p style='color:{ERROR_COLOR}'><b>{html.escape(error)}</b></p>")
    unit = f" ({html.escape(spec.unit)})" if spec.unit else ""
    rows.append(f"<b>{html.escape(spec.label)}</b>{unit}")
    text = spec.help or description(spec.path)
    if text:
        rows.append(html.escape(text))
    if spec.kind in ("float", "int"):
        low, low_ex, high, high_ex = bounds(spec.path)
        if low is not None or high is not None:
            lo = "" if low is None else f"{'>' if low_ex else '≥'} {_fmt(low * spec.scale)}"
            hi = "" if high is None else f"{'<' if high_ex else '≤'} {_fmt(high * spec.scale)}"
            rows.append(tr("Allowed: ") + ", ".join(x for x in (lo, hi) if x) + (f" {html.escape(spec.unit)}" if spec.unit else ""))
    if spec.none_text:
        rows.append(tr("Lowest value shows “{0}”: leave it unset.").format(html.escape(spec.none_text)))
    d = default_spec(spec.path)
    if d is not None:
        value = d.value if not isinstance(d.value, (int, float)) else _fmt(d.value * spec.scale)
        rows.append(tr("Default: ") + f"{html.escape(str(value))} {html.escape(spec.unit)} — {html.escape(d.describe())}")
    if scenario is not None:
        note = note_for(scenario, spec.path)
        if note:
            rows.append(tr("Source in this scenario: ") + html.escape(note))
    rows.append(f"<span style='color:gray'>{html.escape(spec.path)}</span>")
    return "<br/>".join(rows)


# --------------------------------------------------------------------------- widgets


class _Bound:
    """One field: its widget, its error label, and the conversions both ways."""

    def __init__(self, spec: Field, widget: QWidget, error_label: QLabel):
        self.spec = spec
        self.widget = widget
        self.error_label = error_label

    def to_widget(self, value: Any) -> None:
        w, s = self.widget, self.spec
        if isinstance(w, (QSpinBox, QDoubleSpinBox)):
            if value is None or value == "auto":
                shown = w.minimum()
            else:
                shown = value * s.scale
                if isinstance(w, QSpinBox):
                    shown = int(round(shown))
            if not _same(w.value(), shown, w):
                w.setValue(shown)
        elif isinstance(w, QComboBox):
            i = w.findData(value)
            if i < 0:
                w.addItem(f"{value} " + tr("(not in catalog)"), value)
                i = w.count() - 1
            if w.currentIndex() != i:
                w.setCurrentIndex(i)
        elif isinstance(w, QCheckBox):
            if w.isChecked() != bool(value):
                w.setChecked(bool(value))
        elif isinstance(w, QLineEdit):
            text = "" if value is None else str(value)
            if w.text() != text:
                w.setText(text)
                w.setCursorPosition(0)  # show the start of a long name
        elif isinstance(w, QPlainTextEdit):
            text = "" if value is None else str(value)
            if w.toPlainText() != text:
                w.setPlainText(text)

    def from_widget(self) -> Any:
        w, s = self.widget, self.spec
        if isinstance(w, (QSpinBox, QDoubleSpinBox)):
            v = w.value()
            if s.none_text and v <= w.minimum():
                return s.none_value
            v = v / s.scale
            return int(round(v)) if s.kind == "int" else v
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        return w.text()


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Tint the field (palette, so the native frame and arrows stay) and set ``invalid``."""
    widget.setProperty("invalid", invalid)
    if invalid:
        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(INVALID_BASE))
        palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
        palette.setColor(QPalette.ColorRole.Button, QColor(INVALID_BASE))
        widget.setPalette(palette)
    else:
        widget.setPalette(QPalette())
        widget.setAttribute(Qt.WidgetAttribute.WA_SetPalette, False)


def _same(a: float, b: float, w) -> bool:
    decimals = w.decimals() if isinstance(w, QDoubleSpinBox) else 0
    return math.isclose(a, b, rel_tol=0, abs_tol=0.5 * 10**-decimals)


class Binder(QObject):
    """Builds widgets for field specs and keeps them in step with a document."""

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.fields: dict[str, _Bound] = {}
        document.changed.connect(self.refresh)
        document.errorsChanged.connect(self.show_errors)
        document.loaded.connect(self.refresh_tooltips)

    # ---- building
    def widget(self, spec: Field) -> QWidget:
        """The editor for ``spec`` with its (hidden) error label under it."""
        editor = self._editor(spec)
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(f"color: {ERROR_COLOR};")
        error.hide()
        bound = _Bound(spec, editor, error)
        self.fields[spec.path] = bound
        bound.to_widget(get_value(self.document.scenario, spec.path))
        self._connect(bound)
        editor.setToolTip(tooltip(spec, self.document.scenario))
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(editor)
        lay.addWidget(error)
        box.setObjectName("field:" + spec.path)
        return box

    def label_for(self, path: str) -> str:
        bound = self.fields.get(path)
        return bound.spec.label if bound is not None else path

    def add_rows(self, form: QFormLayout, specs: list[Field]) -> None:
        for spec in specs:
            box = self.widget(spec)
            label = QLabel(spec.label)
            label.setToolTip(self.fields[spec.path].widget.toolTip())
            label.setBuddy(self.fields[spec.path].widget)
            form.addRow(label, box)

    def _editor(self, spec: Field) -> QWidget:
        if spec.kind in ("float", "int"):
            w = QSpinBox() if spec.kind == "int" else QDoubleSpinBox()
            low, low_ex, high, high_ex = bounds(spec.path)
            if isinstance(w, QDoubleSpinBox):
                w.setDecimals(spec.decimals)
            tiny = 10**-spec.decimals if spec.kind == "float" else 1
            lo = spec.minimum if spec.minimum is not None else (0.0 if low is None else low * spec.scale + (tiny if low_ex else 0))
            hi = spec.maximum if spec.maximum is not None else (1e9 if high is None else high * spec.scale - (tiny if high_ex else 0))
            if spec.none_text:
                lo = min(lo, 0)
                w.setSpecialValueText(spec.none_text)
            if spec.kind == "int":
                lo, hi = int(lo), int(min(hi, 2**31 - 1))
            w.setRange(lo, hi)
            if spec.step:
                w.setSingleStep(spec.step)
            if spec.unit:
                w.setSuffix(spec.unit if spec.unit.startswith(":") else " " + spec.unit)
            w.setGroupSeparatorShown(True)
            w.setKeyboardTracking(True)
            w.setAccelerated(True)
            w.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
            w.setAlignment(Qt.AlignmentFlag.AlignRight)
            w.setMinimumWidth(90)  # not the width of the largest allowed value
            return w
        if spec.kind == "choice":
            w = QComboBox()
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(10)
            for value, label, tip in spec.choices() if spec.choices else []:
                w.addItem(label, value)
                if tip:
                    w.setItemData(w.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
            return w
        if spec.kind == "bool":
            return QCheckBox(spec.extra.get("text", ""))
        if spec.kind == "longtext":
            w = QPlainTextEdit()
            w.setFixedHeight(spec.extra.get("height", 90))
            return w
        w = QLineEdit()
        w.setMinimumWidth(90)
        if spec.extra.get("placeholder"):
            w.setPlaceholderText(spec.extra["placeholder"])
        return w

    def _connect(self, bound: _Bound) -> None:
        w = bound.widget
        commit = lambda *_: self.commit(bound.spec.path)  # noqa: E731
        if isinstance(w, (QSpinBox, QDoubleSpinBox)):
            w.valueChanged.connect(commit)
        elif isinstance(w, QComboBox):
            w.currentIndexChanged.connect(commit)
        elif isinstance(w, QCheckBox):
            w.toggled.connect(commit)
        elif isinstance(w, QPlainTextEdit):
            w.textChanged.connect(commit)
        else:
            w.textEdited.connect(commit)

    # ---- edits
    def commit(self, path: str) -> None:
        bound = self.fields[path]
        value = bound.from_widget()
        values = {path: value}
        if bound.spec.also is not None:
            values.update(bound.spec.also(value))
        self.document.set_fields(values, tr("Change {0}").format(bound.spec.label))

    def refresh(self) -> None:
        scenario = self.document.scenario
        errors = self.document.errors
        for path, bound in self.fields.items():
            if path in errors:
                continue  # keep what the user typed, marked
            try:
                value = get_value(scenario, path)
            except (IndexError, AttributeError, KeyError):
                continue
            bound.widget.blockSignals(True)
            try:
                bound.to_widget(value)
            finally:
                bound.widget.blockSignals(False)

    def refresh_tooltips(self) -> None:
        for bound in self.fields.values():
            bound.widget.setToolTip(tooltip(bound.spec, self.document.scenario, self.document.errors.get(bound.spec.path)))

    def show_errors(self) -> None:
        errors = self.document.errors
        for path, bound in self.fields.items():
            message = errors.get(path)
            invalid = message is not None
            if (not bound.error_label.isHidden()) == invalid and bound.error_label.text() == (message or ""):
                continue
            mark_invalid(bound.widget, invalid)
            bound.error_label.setText(message or "")
            bound.error_label.setVisible(invalid)
            bound.widget.setToolTip(tooltip(bound.spec, self.document.scenario, message))
            if not invalid:
                self.refresh()
