"""Form widgets bound to field paths of the document.

A page declares its fields as :class:`Field` specs (path, label, unit, display scale …);
:class:`Binder` builds the widget for each, fills it from the scenario, turns every change into
``document.set_field(path, value)`` and marks a refused value on the field (red frame, message
under it, message first in the tooltip). Each kind of field has one adapter
(:mod:`~colossus_desktop.ui.builder.adapters`) that builds, writes, reads and connects its widget.
Ranges come only from the pydantic constraints of the field
(:mod:`colossus_desktop.scenario.bounds`), the same ones the loader checks; tooltips from the
field's description, the catalog default's source and the scenario's own note for that field.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from colossus_desktop.scenario.bounds import bounds_at, field_info
from colossus_desktop.scenario.model import Scenario
from colossus_desktop.ui.builder.adapters import adapter_for
from colossus_desktop.ui.document import Document
from colossus_desktop.ui.edits import get_value, parse_path
from colossus_desktop.ui.refusals import localized

INVALID_BASE = "#FBD9CA"  # light vermillion behind an invalid value (the style's own frame and arrows stay)
ERROR_COLOR = "#D55E00"


def tr(text: str) -> str:
    return QCoreApplication.translate("Builder", text)


@dataclass
class Field:
    path: str
    label: str
    unit: str = ""
    kind: str = "float"  # a key of adapters.ADAPTERS: float | int | choice | bool | text | longtext
    decimals: int = 2
    scale: float = 1.0  # shown = stored × scale (fractions shown as %); the range comes from the model
    step: float | None = None
    none_text: str | None = None  # shown at the minimum, stored as None (or "auto")
    none_value: Any = None
    choices: Callable[[], list[tuple[str, str, str]]] | None = None  # (value, label, tooltip)
    also: Callable[[Any], dict[str, Any]] | None = None  # extra fields set with a choice
    help: str = ""  # replaces the model's description
    extra: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- model metadata


def model_field(path: str):
    """The pydantic FieldInfo of ``path`` (a pool index picks the Pool model); ``KeyError`` if none."""
    return field_info(parse_path(path))


def description(path: str) -> str:
    """The document field's description (its tooltip), in the window's language (context
    ``"Model"``, extracted by colossus_desktop.i18n_tools from scenario/model.py)."""
    info = model_field(path)
    return QCoreApplication.translate("Model", info.description) if info and info.description else ""


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
    from colossus_desktop.drawing import format as fmt

    return fmt.g(v)


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
        b = bounds_at(parse_path(spec.path))
        if b.low is not None or b.high is not None:
            lo = "" if b.low is None else f"{'>' if b.low_exclusive else '≥'} {_fmt(b.low * spec.scale)}"
            hi = "" if b.high is None else f"{'<' if b.high_exclusive else '≤'} {_fmt(b.high * spec.scale)}"
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


_MISSING = object()


def _holder(scenario: Scenario, parts: tuple[str | int, ...], missing: Any = _MISSING) -> Any:
    """The object the value at ``parts`` sits in (a model, a list); ``missing`` when a part
    is absent (e.g. a pool the scenario no longer has), or the lookup's error if not given."""
    node: Any = scenario
    try:
        for part in parts[:-1]:
            node = node[part] if isinstance(part, int) else getattr(node, part)
    except (IndexError, AttributeError, KeyError):
        if missing is _MISSING:
            raise
        return missing
    return node


class _Bound:
    """One field: its spec, its widget, its error label and the adapter of its kind."""

    def __init__(self, spec: Field, widget: QWidget, error_label: QLabel, adapter):
        self.spec = spec
        self.widget = widget
        self.error_label = error_label
        self.adapter = adapter
        self.labels: list[QLabel] = []  # labels showing the same tooltip as the widget
        self.tip_key: tuple | None = None  # (note, error) the tooltip was last built from

    def to_widget(self, value: Any) -> None:
        self.adapter.write(self.widget, self.spec, value)

    def from_widget(self) -> Any:
        return self.adapter.read(self.widget, self.spec)


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


class Binder(QObject):
    """Builds widgets for field specs and keeps them in step with a document."""

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.fields: dict[str, _Bound] = {}
        # The scenario the widgets last showed in full, with no field in error; ``None``: the
        # next refresh writes every widget (see :meth:`refresh`).
        self._refreshed: Scenario | None = None
        self._tips_shown: tuple | None = None  # (each section's notes, (errors, field count)) last shown
        document.changed.connect(self.refresh)
        document.changed.connect(self.refresh_tooltips)  # an edit or an undo may change the notes
        document.errorsChanged.connect(self.show_errors)
        document.loaded.connect(self.refresh_tooltips)

    # ---- building
    def widget(self, spec: Field) -> QWidget:
        """The editor for ``spec`` with its (hidden) error label under it."""
        adapter = adapter_for(spec)
        editor = adapter.build(spec)
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(f"color: {ERROR_COLOR};")
        error.hide()
        bound = _Bound(spec, editor, error, adapter)
        self.fields[spec.path] = bound
        bound.to_widget(get_value(self.document.scenario, spec.path))
        adapter.connect(editor, lambda *_: self.commit(spec.path))
        self._show_tooltip(bound)
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
            form.addRow(self.label(spec.path), box)

    def label(self, path: str) -> QLabel:
        """A label for the field at ``path``, its buddy, with the field's tooltip kept in step."""
        bound = self.fields[path]
        label = QLabel(bound.spec.label)
        label.setBuddy(bound.widget)
        label.setToolTip(bound.widget.toolTip())
        bound.labels.append(label)
        return label

    # ---- edits
    def commit(self, path: str) -> None:
        bound = self.fields[path]
        value = bound.from_widget()
        values = {path: value}
        if bound.spec.also is not None:
            values.update(bound.spec.also(value))
        self.document.set_fields(values, tr("Change {0}").format(bound.spec.label))

    def refresh(self) -> None:
        """Write the document's values into the widgets (signals blocked), except fields in
        error, which keep what the user typed. An edit makes a new scenario that shares the
        parts it did not change (``ui/sharing.py``), so a field whose holder (the model or
        list its value sits in) is the very object the widgets last showed is skipped: an edit
        of one field then writes one or a few widgets, not all ~100 (issue 14)."""
        scenario = self.document.scenario
        errors = self.document.errors
        previous = self._refreshed
        for path, bound in self.fields.items():
            if path in errors:
                continue  # keep what the user typed, marked
            parts = parse_path(path)
            try:
                holder = _holder(scenario, parts)
                value = holder[parts[-1]] if isinstance(parts[-1], int) else getattr(holder, parts[-1])
            except (IndexError, AttributeError, KeyError):
                continue
            if previous is not None:
                if len(parts) == 1:  # the scenario's own fields (name, description): by value
                    if getattr(previous, parts[0], _MISSING) == value:
                        continue
                elif _holder(previous, parts, None) is holder:
                    continue
            bound.widget.blockSignals(True)
            try:
                bound.to_widget(value)
            finally:
                bound.widget.blockSignals(False)
        self._refreshed = None if errors else scenario

    def refresh_tooltips(self) -> None:
        """Tooltips follow the document: its notes (sources) and errors, on every change. A
        tooltip is built from its field's note and error only (:func:`tooltip`), so when every
        section's ``notes`` is the very object of the last pass (an edit shares what it left
        alone), the errors are the same and no field was built since, there is nothing to do."""
        scenario = self.document.scenario
        notes = [getattr(getattr(scenario, name, None), "notes", None) for name in type(scenario).model_fields]
        key = (dict(self.document.errors), len(self.fields))
        last = self._tips_shown
        if last is not None and last[1] == key and all(a is b for a, b in zip(last[0], notes)):
            return
        for bound in self.fields.values():
            self._show_tooltip(bound)
        self._tips_shown = (notes, key)

    def _show_tooltip(self, bound: _Bound, error: str | None = None) -> None:
        """Rebuild ``bound``'s tooltip (widget and labels) if its note or error changed."""
        scenario = self.document.scenario
        error = error if error is not None else self.document.errors.get(bound.spec.path)
        key = (note_for(scenario, bound.spec.path), error)
        if key == bound.tip_key:
            return
        bound.tip_key = key
        tip = tooltip(bound.spec, scenario, error)
        bound.widget.setToolTip(tip)
        for label in bound.labels:
            label.setToolTip(tip)

    def show_errors(self) -> None:
        errors = self.document.errors
        for path, bound in self.fields.items():
            message = localized(errors.get(path))  # in the window's language
            invalid = message is not None
            if (not bound.error_label.isHidden()) == invalid and bound.error_label.text() == (message or ""):
                continue
            mark_invalid(bound.widget, invalid)
            bound.error_label.setText(message or "")
            bound.error_label.setVisible(invalid)
            self._show_tooltip(bound, message)
            if not invalid:
                self._refreshed = None  # the field shows what was typed: write them all
                self.refresh()
