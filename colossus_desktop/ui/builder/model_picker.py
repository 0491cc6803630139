"""The Workload page's "Model" row: a catalog model (``resources/models``) or "Described below".

Picking a catalog model is one undoable edit that sets ``workload.model``, the architecture, the
sequence length and the parameter counts (counted from the shape; the published counts and every
source go in ``workload.notes``), as :func:`colossus_desktop.scenario.models.apply_model` does.
"Described below" only clears ``workload.model`` and keeps the fields as they are. The row is a
bound choice field (:class:`~colossus_desktop.ui.builder.fields.Field`), so undo, redo and file
loads refresh it like every other field.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from colossus_desktop.drawing import format as fmt
from colossus_desktop.scenario.errors import ScenarioError
from colossus_desktop.scenario.models import catalog_values, list_models
from colossus_desktop.ui.builder.fields import Binder, Field, tr
from colossus_desktop.ui.document import Document

PATH = "workload.model"


def _tooltip(m) -> str:
    """Rich text: the model's summary, its counts and the source of each."""
    rows = [f"<b>{html.escape(m.name)}</b>", html.escape(m.summary)]
    counts = tr("{0} B parameters").format(fmt.g(m.params_total_b))
    if m.params_active_b is not None:
        counts += tr(", {0} B active per token").format(fmt.g(m.params_active_b))
    rows.append(counts)
    for field, source in m.sources.items():
        rows.append(f"<b>{html.escape(field)}</b>: <i>{html.escape(source.source)} ({source.confidence})</i>")
    return "<br/>".join(r for r in rows if r)


def model_choices() -> list[tuple[Any, str, str]]:
    """(value, label, tooltip): "Described below" (``None``) first, then the catalog in display
    order. A catalog that cannot be read leaves only the first, its tooltip saying why."""
    described = tr("Keep the architecture and parameters entered below.")
    try:
        models = list_models()
    except ScenarioError as exc:
        return [(None, tr("Described below"), described + "<br/>" + html.escape(tr("Model catalog: {0}").format(exc)))]
    return [(None, tr("Described below"), described)] + [(m.id, m.name, _tooltip(m)) for m in models]


def values_for(document: Document, model_id: str | None) -> dict[str, Any]:
    """The fields one pick sets, ``workload.notes`` merged with the document's own notes."""
    notes = dict(document.scenario.workload.notes)
    if model_id is None:
        notes.pop("model", None)
        return {PATH: None, "workload.notes": notes}
    try:
        values, new_notes = catalog_values(model_id)
    except ScenarioError:
        return {}  # a model id this catalog does not know: only the id changes
    return {**values, "workload.notes": {**notes, **new_notes}}


def model_field(document: Document) -> Field:
    """The "Model" choice row for ``document``."""
    return Field(PATH, tr("Model"), kind="choice", choices=model_choices,
                 also=lambda value: values_for(document, value),
                 help=tr("A model from the catalog sets the architecture, the sequence length and the parameter "
                         "counts below, each with its source; \u201cDescribed below\u201d keeps what is entered. "
                         "File \u2192 Import Model\u2026 reads a Hugging Face config.json instead."))


def insert_row(binder: Binder, page: QWidget) -> QWidget:
    """Put the "Model" row at the top of ``page``'s first section; returns its editor."""
    spec = model_field(binder.document)
    box = binder.widget(spec)
    editor = binder.fields[spec.path].widget
    label = binder.label(spec.path)
    group = page.findChild(QGroupBox)
    form = group.layout() if group is not None else None
    if not isinstance(form, QFormLayout):
        raise ValueError(f"{page.objectName()}: no section to put the model picker in")
    form.insertRow(0, label, box)
    return editor
