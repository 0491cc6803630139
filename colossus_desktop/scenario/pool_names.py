"""A pool's name when its chip changes: a name that only said which chip it held follows the chip.

A pool named after its chip ("H100", "NVIDIA H100 SXM 80GB", "h100-sxm") or with a default name
("Pool", "Pool 3") is renamed after the new chip; any other name is the user's and is kept.
"""

from __future__ import annotations

import re

from colossus_desktop.engine.catalog import Catalog

_DEFAULT = re.compile(r"^pool(\s+\d+)?$", re.IGNORECASE)


def chip_label(catalog: Catalog | None, accelerator: str | None, custom_name: str | None = None) -> str:
    """The short name of a chip for a pool: the catalog name without the vendor and without a
    parenthesis ("NVIDIA GB200 NVL72 (per GPU)" → "GB200 NVL72"), a custom chip's own name, or
    the id when the catalog does not know it. ``""`` if there is no chip."""
    if custom_name:
        return custom_name.strip()
    if not accelerator:
        return ""
    item = None if catalog is None else catalog.accelerators.get(accelerator)
    if item is None:
        return accelerator
    name = re.sub(r"\s*\([^)]*\)", "", item.name).strip()
    for vendor in filter(None, (item.vendor, item.name.split()[0])):
        if name.lower().startswith(vendor.lower() + " "):
            name = name[len(vendor) + 1:].strip()
            break
    return name or item.name


def _names_of(catalog: Catalog | None, accelerator: str | None, custom_name: str | None) -> set[str]:
    """Every name that only says which chip a pool holds (compared case-insensitively)."""
    names = {custom_name or "", accelerator or ""}
    label = chip_label(catalog, accelerator, custom_name)
    names |= {label, label.split()[0] if label else ""}
    item = None if catalog is None or not accelerator else catalog.accelerators.get(accelerator)
    if item is not None:
        names.add(item.name)
    return {n.strip().lower() for n in names if n.strip()}


def renamed_pool(name: str, catalog: Catalog | None, old_accelerator: str | None, old_custom_name: str | None,
                 new_accelerator: str | None, new_custom_name: str | None) -> str:
    """``name`` for a pool whose chip changes from the old to the new one: the new chip's label
    when ``name`` is a default name or named the old chip, else ``name`` unchanged."""
    derived = _DEFAULT.match(name.strip()) or name.strip().lower() in _names_of(catalog, old_accelerator, old_custom_name)
    new = chip_label(catalog, new_accelerator, new_custom_name)
    return new if derived and new else name
