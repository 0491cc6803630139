"""Choice lists for combo boxes, read from the catalog: (value, label, tooltip)."""

from __future__ import annotations

import html

from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.unit_words import unit_text
from colossus_desktop.ui.builder.fields import catalog


def item_tooltip(item) -> str:
    """Rich text: the item's summary and each spec with its value, unit and source."""
    rows = [f"<b>{html.escape(item.name)}</b>" + (f" — {html.escape(item.vendor)}" if item.vendor else "")]
    if item.summary:
        rows.append(html.escape(item.summary))
    for key, spec in item.specs.items():
        value = "—" if spec.value is None else fmt.g(spec.value)
        unit = f" {unit_text(spec.unit)}" if spec.unit else ""
        rows.append(f"<b>{html.escape(key)}</b>: {html.escape(value + unit)} <i>({html.escape(spec.describe())})</i>")
    return "<br/>".join(rows)


def _choices(group: str) -> list[tuple[str, str, str]]:
    cat = catalog()
    if cat is None:
        return []
    items = getattr(cat, group)
    return [(i.id, i.name, item_tooltip(i)) for i in items.values()]


def accelerators():
    return _choices("accelerators")


def switches():
    return _choices("switches")


def cooling():
    return _choices("cooling")


def grids():
    return _choices("grids")


def values_from_item(group: str, mapping: dict[str, str]):
    """An ``also`` hook: picking item X also sets the fields ``mapping`` names from X's specs."""

    def also(item_id):
        cat = catalog()
        item = None if cat is None else getattr(cat, group).get(item_id)
        if item is None:
            return {}
        return {path: item.value(key) for path, key in mapping.items() if item.value(key) is not None}

    return also
