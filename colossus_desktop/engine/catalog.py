"""The catalog: accelerators, network gear, cooling, grids and on-site power, and the
defaults of a new scenario. Every number carries its source and a confidence.

Files (``resources/catalog/*.json``), each ``{"format": "colossus-desktop-catalog",
"kind": KIND, "version": 1, "items": [...]}`` (``defaults.json`` holds ``"defaults"``
instead of ``"items"``)::

    accelerators.json  kind "accelerators"
    network.json       kind "network"     items have "type": "switch" | "optic" | "nic" | "cable"
    facility.json      kind "facility"    items have "type": "cooling"
    power.json         kind "power"       items have "type": "grid" | "turbine" | "battery"
    defaults.json      kind "defaults"    {"defaults": {"power.utilization": SPEC, ...}}

An item is ``{"id", "name", "vendor", "summary", "specs": {key: SPEC}}`` and a SPEC is
``{"value": number | string | null, "low": number?, "high": number?, "unit": str?,
"source": str, "confidence": "H" | "M" | "L", "note": str?}``. ``value`` is the typical
figure the engine uses; ``low``/``high`` keep the range where sources disagree (for Monte
Carlo and for the tooltips); ``null`` means "not published / not supported".

Accelerator spec keys: bf16_tflops, fp8_tflops, fp4_tflops (dense, never sparse), hbm_gb,
hbm_tbps, tdp_w, scaleup_gb_per_s (GB/s, bytes), scaleup_domain, release ("YYYY-MM"), price_usd,
system_power_factor, price_basis ("chip": the chip alone; "system": its share of a whole
system, server included), scaleout_gbps (its NICs' bandwidth per accelerator; null: none). Switch: ports, port_gbps, max_ports, capacity_gbps, cage_gbps (one optical
cage; a twin-port 800G OSFP cage serves two 400G ports), power_w, price_usd. Optic: gbps, power_w, price_usd. NIC: gbps, power_w, price_usd. Cable (copper DAC/ACC): gbps,
reach_m, power_w, price_usd. Cooling: pue,
wue_l_per_kwh, max_rack_kw. Grid: usd_per_mwh, kg_co2_per_mwh. Turbine: usd_per_mwh,
kg_co2_per_mwh, capex_usd_per_mw. Battery: capex_usd_per_mwh.

No Qt; reads nothing but these files.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from colossus_desktop.paths import catalog_dir

CONFIDENCES = ("H", "M", "L")


class CatalogError(ValueError):
    """A catalog file is missing or malformed."""


@dataclass(frozen=True)
class Spec:
    value: Any
    source: str
    confidence: str
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    note: str | None = None

    def describe(self) -> str:
        """One line for a tooltip: value range, source and confidence."""
        rng = ""
        if self.low is not None and self.high is not None and self.low != self.high:
            rng = f" (range {self.low:,g}–{self.high:,g})"
        conf = {"H": "high", "M": "medium", "L": "low"}.get(self.confidence, self.confidence)
        return f"{self.source}{rng}; confidence {conf}" + (f". {self.note}" if self.note else "")


@dataclass(frozen=True)
class Item:
    id: str
    name: str
    type: str
    vendor: str = ""
    summary: str = ""
    specs: dict[str, Spec] = field(default_factory=dict)

    def value(self, key: str, default: Any = None) -> Any:
        spec = self.specs.get(key)
        return default if spec is None or spec.value is None else spec.value


@dataclass(frozen=True)
class Catalog:
    accelerators: dict[str, Item]
    switches: dict[str, Item]
    optics: dict[str, Item]
    nics: dict[str, Item]
    cables: dict[str, Item]
    cooling: dict[str, Item]
    grids: dict[str, Item]
    turbines: dict[str, Item]
    batteries: dict[str, Item]
    defaults: dict[str, Spec]

    def accelerator(self, key: str) -> Item:
        try:
            return self.accelerators[key]
        except KeyError:
            raise KeyError(f"unknown accelerator {key!r}") from None

    def optic_for(self, gbps: float) -> Item:
        """The optical module whose speed is the smallest at or above ``gbps``."""
        fitting = sorted((o for o in self.optics.values() if o.value("gbps", 0) >= gbps), key=lambda o: o.value("gbps"))
        if not fitting:
            fitting = sorted(self.optics.values(), key=lambda o: -o.value("gbps", 0))
        if not fitting:
            raise CatalogError("the catalog has no optical modules")
        return fitting[0]

    def cable_for(self, gbps: float) -> Item | None:
        """The copper cable whose speed is the smallest at or above ``gbps`` (the fastest if none
        is fast enough; None when the catalog has no cables)."""
        fitting = sorted((c for c in self.cables.values() if c.value("gbps", 0) >= gbps), key=lambda c: c.value("gbps"))
        if not fitting:
            fitting = sorted(self.cables.values(), key=lambda c: -c.value("gbps", 0))
        return fitting[0] if fitting else None

    def default(self, path: str) -> Any:
        return self.defaults[path].value


def _spec(raw: Any, where: str) -> Spec:
    if not isinstance(raw, dict) or "value" not in raw:
        raise CatalogError(f"{where}: expected an object with a 'value'")
    if not raw.get("source"):
        raise CatalogError(f"{where}: every catalog number needs a 'source'")
    conf = raw.get("confidence")
    if conf not in CONFIDENCES:
        raise CatalogError(f"{where}: confidence must be one of H, M, L")
    return Spec(
        value=raw["value"],
        source=raw["source"],
        confidence=conf,
        low=raw.get("low"),
        high=raw.get("high"),
        unit=raw.get("unit"),
        note=raw.get("note"),
    )


def _read(path: Path, kind: str) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogError(f"{path}: catalog file missing") from None
    except json.JSONDecodeError as exc:
        raise CatalogError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
    if data.get("format") != "colossus-desktop-catalog" or data.get("kind") != kind:
        raise CatalogError(f"{path}: not a Colossus Desktop {kind} catalog")
    return data


def _items(path: Path, kind: str, default_type: str | None = None) -> list[Item]:
    data = _read(path, kind)
    items = []
    for n, raw in enumerate(data.get("items", [])):
        where = f"{path.name}: items[{n}]"
        try:
            item_id = raw["id"]
            specs = {k: _spec(v, f"{where} ({item_id}).{k}") for k, v in raw.get("specs", {}).items()}
            items.append(
                Item(
                    id=item_id,
                    name=raw["name"],
                    type=raw.get("type", default_type or kind),
                    vendor=raw.get("vendor", ""),
                    summary=raw.get("summary", ""),
                    specs=specs,
                )
            )
        except KeyError as exc:
            raise CatalogError(f"{where}: missing {exc.args[0]!r}") from None
    return items


def _by_type(items: list[Item], type_: str) -> dict[str, Item]:
    return {i.id: i for i in items if i.type == type_}


@lru_cache(maxsize=4)
def load_catalog(folder: str | None = None) -> Catalog:
    """Load (once) and check the catalog from ``folder`` (default: the shipped one)."""
    base = Path(folder) if folder else catalog_dir()
    accelerators = _items(base / "accelerators.json", "accelerators", "accelerator")
    network = _items(base / "network.json", "network")
    facility = _items(base / "facility.json", "facility")
    power = _items(base / "power.json", "power")
    raw_defaults = _read(base / "defaults.json", "defaults").get("defaults", {})
    defaults = {k: _spec(v, f"defaults.json: {k}") for k, v in raw_defaults.items()}
    return Catalog(
        accelerators={i.id: i for i in accelerators},
        switches=_by_type(network, "switch"),
        optics=_by_type(network, "optic"),
        nics=_by_type(network, "nic"),
        cables=_by_type(network, "cable"),
        cooling=_by_type(facility, "cooling"),
        grids=_by_type(power, "grid"),
        turbines=_by_type(power, "turbine"),
        batteries=_by_type(power, "battery"),
        defaults=defaults,
    )
