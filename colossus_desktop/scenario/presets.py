"""The shipped presets (``resources/presets/*.json``) and the blank scenario.

A preset is an ordinary scenario file; its id is the file name without ``.json``. The blank
scenario is built from the catalog defaults (``resources/catalog/defaults.json``), each field's
note naming the default's source. Quantities that grow with the site scale with it from the
catalog's ratios: storage PB per GPU (Llama 3: 240 PB for 24,576 GPUs), staff per MW of
facility power, grid MW from the cluster's peak. Each shipped preset's owner and year (the
gallery's groups) come from ``resources/preset-groups.json``, with the French title and summary the
gallery shows in a French session (``title_fr``, ``summary_fr``; the scenario files stay
English). No Qt here.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from colossus_desktop.engine.catalog import Catalog, Spec, load_catalog
from colossus_desktop.paths import presets_dir, resources_dir
from colossus_desktop.scenario.errors import ScenarioError
from colossus_desktop.scenario.files import load_scenario
from colossus_desktop.scenario.model import Scenario
from colossus_desktop.scenario.validation import validation_error

DEFAULT_PRESET = "colossus-2"

#: The blank scenario's single pool.
BLANK_ACCELERATOR = "h100-sxm"
BLANK_COUNT = 1024


@dataclass(frozen=True)
class PresetInfo:
    id: str
    title: str
    summary: str
    sources: tuple[str, ...]
    owner: str = ""  # "" and None for a preset the groups file does not list (a user's folder)
    year: int | None = None


def _group_entries(path: Path | None) -> tuple[Path, dict]:
    """``(path, {preset id: entry})`` of ``resources/preset-groups.json`` (or ``path``);
    ScenarioError naming the file if it cannot be read."""
    path = path or resources_dir() / "preset-groups.json"
    try:
        return path, json.loads(path.read_text(encoding="utf-8"))["presets"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ScenarioError(f"{path.name}: cannot read the preset groups ({exc})") from None


def preset_groups(path: Path | None = None) -> dict[str, tuple[str, int]]:
    """Owner and year of each shipped preset: ``{preset id: (owner, year)}``.

    Read from ``resources/preset-groups.json`` (or ``path``); the year is that of the state the
    preset models. Raises ScenarioError naming the file and the entry if an entry lacks a
    non-empty owner or an integer year."""
    path, raw = _group_entries(path)
    out: dict[str, tuple[str, int]] = {}
    for preset_id, entry in raw.items():
        owner, year = (entry or {}).get("owner"), (entry or {}).get("year")
        if not isinstance(owner, str) or not owner.strip() or not isinstance(year, int) or isinstance(year, bool):
            raise ScenarioError(f"{path.name}: presets.{preset_id} needs a non-empty 'owner' and an integer 'year'")
        out[preset_id] = (owner, year)
    return out


#: languages whose title and summary preset-groups.json may give (``title_<lang>``, ``summary_<lang>``)
TRANSLATED_LANGUAGES = ("fr",)


def preset_translations(language: str, path: Path | None = None) -> dict[str, tuple[str, str]]:
    """Title and one-sentence summary of each shipped preset in ``language``:
    ``{preset id: (title, summary)}``, from ``title_<language>`` and ``summary_<language>`` of
    ``resources/preset-groups.json`` (or ``path``). Empty for ``"en"`` (the presets' own words)
    and for a language the file does not give. Raises ScenarioError naming the file and the
    entry if one of the two is given without the other or is not a non-empty string."""
    if language not in TRANSLATED_LANGUAGES:
        return {}
    path, raw = _group_entries(path)
    out: dict[str, tuple[str, str]] = {}
    keys = (f"title_{language}", f"summary_{language}")
    for preset_id, entry in raw.items():
        values = [(entry or {}).get(key) for key in keys]
        if values == [None, None]:
            continue
        if not all(isinstance(v, str) and v.strip() for v in values):
            raise ScenarioError(f"{path.name}: presets.{preset_id} needs both {keys[0]!r} and {keys[1]!r} as text")
        out[preset_id] = (values[0], values[1])
    return out


def _preset_files(folder: Path | None = None) -> dict[str, Path]:
    base = folder or presets_dir()
    return {p.stem: p for p in sorted(base.glob("*.json"))}


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    m = re.search(r"(?<=[.!?])\s+(?=[A-Z0-9“\"(])", text)
    return text[: m.start()] if m else text


def preset_ids(folder: Path | None = None) -> list[str]:
    """Preset ids, the default first, then alphabetical."""
    ids = sorted(_preset_files(folder))
    return sorted(ids, key=lambda i: (i != DEFAULT_PRESET, i))


def list_presets(folder: Path | None = None, language: str = "en") -> list[PresetInfo]:
    """Every shipped preset with its title, a one-sentence summary, its sources, owner and year.

    ``language`` ``"fr"`` gives the French title and summary of :func:`preset_translations`
    where the groups file has them (the preset's own English words otherwise)."""
    groups = preset_groups()
    translated = preset_translations(language)
    out = []
    for preset_id in preset_ids(folder):
        scenario = load_preset(preset_id, folder=folder)
        owner, year = groups.get(preset_id, ("", None))
        title, summary = translated.get(preset_id, (scenario.name, _first_sentence(scenario.description)))
        out.append(
            PresetInfo(
                id=preset_id,
                title=title,
                summary=summary,
                sources=tuple(scenario.sources),
                owner=owner,
                year=year,
            )
        )
    return out


def grouped_presets(infos: list[PresetInfo]) -> list[tuple[str, list[PresetInfo]]]:
    """``infos`` grouped for the gallery: ``[(owner, [info, ...]), ...]``. Within an owner the
    newest year comes first; owners are ordered by their newest year, then A-Z. Presets without
    an owner come last under the owner ``""`` (the gallery labels it)."""
    groups: dict[str, list[PresetInfo]] = {}
    for info in infos:
        groups.setdefault(info.owner, []).append(info)
    for items in groups.values():
        items.sort(key=lambda i: (-(i.year or 0), i.title.lower()))

    def order(owner: str):
        return (not owner, -max(i.year or 0 for i in groups[owner]), owner.lower())

    return [(owner, groups[owner]) for owner in sorted(groups, key=order)]


def load_preset(preset_id: str, catalog: Catalog | None = None, folder: Path | None = None) -> Scenario:
    """The preset ``preset_id`` as a fresh Scenario (edit it freely)."""
    files = _preset_files(folder)
    path = files.get(preset_id)
    if path is None:
        known = ", ".join(preset_ids(folder)) or "none"
        raise ScenarioError(f"unknown preset {preset_id!r} (known: {known})")
    return load_scenario(path, catalog=catalog)


# --------------------------------------------------------------------------- blank scenario

_SECTIONS = ("layout", "network", "storage", "facility", "power", "costs", "finance", "workload", "reliability")


def _month(today: _dt.date | None = None) -> str:
    today = today or _dt.date.today()
    return f"{today.year:04d}-{today.month:02d}"


def _section_values(catalog: Catalog, section: str) -> tuple[dict[str, Any], dict[str, str]]:
    """Values and notes for one section from the defaults keyed ``section.field``."""
    values: dict[str, Any] = {}
    notes: dict[str, str] = {}
    prefix = section + "."
    for key, spec in catalog.defaults.items():
        if not key.startswith(prefix):
            continue
        rest = key[len(prefix) :].split(".")
        target = values
        for part in rest[:-1]:
            target = target.setdefault(part, {})
        target[rest[-1]] = spec.value
        if len(rest) == 1:
            notes[rest[0]] = _note(spec)
    return values, notes


def _note(spec: Spec) -> str:
    return "Default: " + spec.describe()


def _fill_from_items(catalog: Catalog, values: dict[str, dict], notes: dict[str, dict]) -> None:
    """Values the defaults may leave to the catalog items they name (grid, cooling, plant)."""

    def take(section: str, field: str, item, key: str) -> None:
        if field in values[section] or item is None or key not in item.specs:
            return
        values[section][field] = item.specs[key].value
        notes[section].setdefault(field, f"From the catalog's {item.name}: " + item.specs[key].describe())

    power, facility = values["power"], values["facility"]
    grid = catalog.grids.get(power.get("grid_region", ""))
    if grid is None and catalog.grids:
        grid = next(iter(catalog.grids.values()))
        power.setdefault("grid_region", grid.id)
    take("power", "grid_usd_per_mwh", grid, "usd_per_mwh")
    take("power", "grid_kg_co2_per_mwh", grid, "kg_co2_per_mwh")
    turbine = next(iter(catalog.turbines.values()), None)
    take("power", "turbine_usd_per_mwh", turbine, "usd_per_mwh")
    take("power", "turbine_kg_co2_per_mwh", turbine, "kg_co2_per_mwh")
    take("power", "turbine_capex_usd_per_mw", turbine, "capex_usd_per_mw")
    battery = next(iter(catalog.batteries.values()), None)
    take("power", "battery_capex_usd_per_mwh", battery, "capex_usd_per_mwh")
    cooling = catalog.cooling.get(facility.get("cooling", ""))
    take("facility", "pue", cooling, "pue")
    take("facility", "wue_l_per_kwh", cooling, "wue_l_per_kwh")


#: Choices the catalog defaults leave open (they are picks, not figures with a source).
BLANK_CHOICES: dict[str, tuple[Any, str]] = {
    "network.fabric": ("infiniband", "Choice for a new scenario: InfiniBand, the usual fabric of an H100 cluster."),
    "network.switch": ("quantum-2-qm9700", "Choice for a new scenario: NVIDIA Quantum-2 QM9700 (64 × 400 Gb/s)."),
    "facility.cooling": ("direct-liquid", "Choice for a new scenario: 8 HGX servers per rack draw far more than air cooling's ~25–30 kW."),
    "power.grid_region": ("us-average", "Choice for a new scenario: the US average grid."),
    "power.turbines_mw": (0, "No on-site generation in a new scenario."),
    "power.battery_mw": (0, "No batteries in a new scenario."),
    "power.battery_mwh": (0, "No batteries in a new scenario."),
    "workload.precision": ("bf16", "BF16, the usual training precision."),
}


def _facility_peak_mw(catalog: Catalog, count: int, pue: float) -> float:
    """Facility power of ``count`` blank-pool accelerators at nameplate: count · TDP · system
    power factor · PUE, MW (servers only; network and storage are a few per cent more)."""
    acc = catalog.accelerator(BLANK_ACCELERATOR)
    return count * acc.value("tdp_w", 700) * acc.value("system_power_factor", 1.8) / 1e6 * pue


def _scale_with_site(catalog: Catalog, values: dict[str, dict], notes: dict[str, dict], count: int) -> None:
    """Storage and staff from the catalog's per-GPU and per-MW ratios, linear in the site's size."""
    storage, costs = values["storage"], values["costs"]
    spec = catalog.defaults.get("storage.capacity_pb_per_gpu")
    if "capacity_pb" not in storage and spec is not None:
        storage["capacity_pb"] = round(float(spec.value) * count, 6)
        notes["storage"]["capacity_pb"] = (
            f"{float(spec.value) * 1e3:g} TB per accelerator × {count:,}. " + _note(spec))
    spec = catalog.defaults.get("costs.staff_per_mw")
    if "staff_count" not in costs and spec is not None:
        facility_mw = _facility_peak_mw(catalog, count, float(values["facility"].get("pue", 1.3)))
        costs["staff_count"] = round(float(spec.value) * facility_mw, 6)  # full-time equivalents
        notes["costs"]["staff_count"] = (
            f"{spec.value:g} staff per MW of facility power × about {facility_mw:,.1f} MW. " + _note(spec))


def _fill_blank_choices(catalog: Catalog, values: dict[str, dict], notes: dict[str, dict],
                        count: int = BLANK_COUNT) -> None:
    for key, (value, note) in BLANK_CHOICES.items():
        section, field = key.split(".", 1)
        if field not in values[section]:
            values[section][field] = value
            notes[section].setdefault(field, note)
    _fill_from_items(catalog, values, notes)
    power = values["power"]
    if "grid_mw" not in power:
        # Enough grid for the blank cluster at full load, rounded up to 5 MW.
        need = _facility_peak_mw(catalog, count, float(values["facility"].get("pue", 1.3))) * 1.2
        power["grid_mw"] = float(max(5, 5 * -(-need // 5)))
        notes["power"]["grid_mw"] = "Enough grid for this cluster at full load, with 20% to spare."


def blank_scenario(catalog: Catalog | None = None, arrival: str | None = None,
                   count: int = BLANK_COUNT) -> Scenario:
    """A new scenario: one pool of ``count`` H100 (default 1,024) arriving ``arrival`` (default:
    this month), every other field from the catalog defaults, with the defaults' sources as
    notes. Storage, staff and grid scale with ``count`` (see the module docstring)."""
    catalog = catalog or load_catalog()
    values: dict[str, dict] = {}
    notes: dict[str, dict] = {}
    for section in _SECTIONS:
        values[section], notes[section] = _section_values(catalog, section)
    _fill_from_items(catalog, values, notes)

    values["storage"].pop("capacity_pb_per_gpu", None)
    values["costs"].pop("staff_per_mw", None)
    _scale_with_site(catalog, values, notes, count)
    _fill_blank_choices(catalog, values, notes, count)
    values["workload"].pop("checkpoint_bytes_per_param", None)

    doc: dict[str, Any] = {
        "name": "New scenario",
        "description": "",
        "sources": [],
        "pools": [
            {
                "name": "H100",
                "accelerator": BLANK_ACCELERATOR,
                "count": count,
                "arrival": arrival or _month(),
            }
        ],
    }
    for section in _SECTIONS:
        body = dict(values[section])
        section_notes = {k: v for k, v in notes[section].items() if k in body}
        if section_notes and section in _SECTIONS_WITH_NOTES:
            body["notes"] = section_notes
        doc[section] = body
    try:
        return Scenario.model_validate(doc)
    except ValidationError as exc:  # the shipped defaults are incomplete or out of range
        err = validation_error(exc, doc)
        raise ScenarioError(f"the catalog defaults do not make a valid scenario: {err}") from None


_SECTIONS_WITH_NOTES = {n for n in _SECTIONS if "notes" in Scenario.model_fields[n].annotation.model_fields}
