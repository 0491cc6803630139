"""The data behind a report as tables: inputs, outputs, the per-pool table and the series. No Qt.

Every value is the engine's own number at full precision (CSV cells are written with
``repr``, so reading one back gives the same float); units come from the field names. The
same rows feed the CSV files and the XLSX workbook.
"""

from __future__ import annotations

import csv
import math
import os
from pathlib import Path
from typing import Any

import numpy as np

from colossus_desktop.assumptions import field_note
from colossus_desktop.messages import QT_TRANSLATE_NOOP

SECTIONS = ("layout", "network", "storage", "facility", "power", "costs", "finance", "workload", "reliability")

# name suffix → unit, longest first
_UNITS = (
    ("usd_per_used_gpu_hour", "USD/used GPU-hour"), ("usd_per_gpu_hour", "USD/GPU-hour"), ("_usd_per_year", "USD/year"), ("_usd_per_mwh", "USD/MWh"),
    ("_usd_per_mw", "USD/MW"), ("_usd_per_pb", "USD/PB"), ("_kg_co2_per_mwh", "kg CO2/MWh"),
    ("_kg_per_mwh", "kg/MWh"), ("_l_per_kwh", "L/kWh"), ("_kw_per_pb", "kW/PB"), ("_per_gpu_year", "per GPU-year"),
    ("_per_day", "per day"), ("_fraction_per_year", "fraction/year"), ("_usd", "USD"), ("_mwh", "MWh"),
    ("_gwh", "GWh"), ("_mw", "MW"), ("_kw", "kW"), ("_w", "W"), ("_pflops", "PFLOP/s"), ("_tflops", "TFLOP/s"),
    ("_tonnes", "t"), ("_m3", "m3"), ("_days", "days"), ("_hours", "h"), ("_min", "min"), ("_s", "s"),
    ("_bytes", "bytes"), ("_tb", "TB"), ("_pb", "PB"), ("_gb", "GB"), ("_tbps", "TB/s"), ("_gbps", "Gb/s"),
    ("_gb_per_s", "GB/s"), ("_b", "billions"), ("_t", "trillions"), ("_years", "years"), ("_flops", "FLOP"),
)


def unit_of(name: str) -> str:
    for suffix, unit in _UNITS:
        if name.endswith(suffix):
            return unit
    if name in ("mfu", "goodput", "utilization", "cost_of_capital", "spare_fraction", "optical_fraction",
                "checkpoint_overhead", "failure_overhead", "served_fraction",
                "gpu_hours_used_fraction"):
        return "fraction"
    return ""


def _plain(value: Any) -> Any:
    if isinstance(value, (np.floating, np.integer, np.bool_)):
        return value.item()
    return value


# ------------------------------------------------------------------------------- rows
INPUT_HEADER = ("section", "field", "value", "unit", "note")


def input_rows(scenario) -> list[tuple]:
    """The scenario as the user gave it: one row per field, with the field's note (source)."""
    rows: list[tuple] = [("scenario", "name", scenario.name, "", "")]
    for section in SECTIONS:
        obj = getattr(scenario, section, None)
        if obj is None:
            continue
        data = obj.model_dump()
        data.pop("notes", None)
        for key, value in _flatten(data):
            rows.append((section, key, _plain(value), unit_of(key.split(".")[-1]), field_note(scenario, f"{section}.{key}")))
    return rows


def _flatten(data: dict, prefix: str = ""):
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            yield from _flatten(value, name + ".")
        else:
            yield name, value


OUTPUT_HEADER = ("section", "result", "value", "unit")


def output_rows(results, index: int = 0) -> list[tuple]:
    """Every scalar result of scenario ``index``, plus the capex/opex breakdowns and the
    per-tier switch counts (series go to :func:`yearly_rows` and :func:`buildout_rows`)."""
    doc = results.to_dict(index)
    rows: list[tuple] = []
    for section, values in doc.items():
        if section == "buildout" or not isinstance(values, dict):
            continue
        for key, value in values.items():
            if isinstance(value, dict):
                for sub, v in value.items():
                    rows.append((section, f"{key}.{sub}", _plain(v), unit_of(key)))
            elif isinstance(value, list):
                if key.startswith("yearly_"):
                    continue
                for i, v in enumerate(value):
                    rows.append((section, f"{key}[{i + 1}]", _plain(v), unit_of(key)))
            else:
                rows.append((section, key, _plain(value), unit_of(key)))
    return rows


POOL_HEADER = ("pool", "name", "accelerator", "count", "arrival", "price_usd", "bf16_tflops", "fp8_tflops",
               "hbm_gb", "tdp_w", "peak_bf16_pflops", "nameplate_mw", "accelerator_capex_usd", "note")


def pool_rows(scenario, inputs) -> list[tuple]:
    """One row per pool: what it is, when it arrives, and its share of compute, power and cost
    (from the engine's inputs: the effective price and specs, catalog or custom)."""
    def at(name: str, i: int) -> float:
        return float(np.asarray(getattr(inputs, name))[0][i])

    rows = []
    for i, p in enumerate(scenario.pools):
        n = at("pool_count", i)
        tdp = at("pool_tdp_w", i)
        factor = at("pool_system_power_factor", i)
        price = at("pool_price_usd", i)
        rows.append((
            i + 1, p.name, p.accelerator or (p.custom.name if p.custom else ""), n, p.arrival, price,
            at("pool_bf16_tflops", i), at("pool_fp8_tflops", i), at("pool_hbm_gb", i), tdp,
            n * at("pool_bf16_tflops", i) / 1000.0, n * tdp * factor / 1e6, n * price, p.note,
        ))
    return rows


def yearly_rows(results, index: int = 0) -> tuple[tuple, list[tuple]]:
    cost = results.to_dict(index)["cost"]
    keys = [k for k in cost if k.startswith("yearly_")]
    years = len(cost[keys[0]]) if keys else 0
    header = ("year", *keys)
    return header, [(y + 1, *(_plain(cost[k][y]) for k in keys)) for y in range(years)]


def buildout_rows(results, index: int = 0) -> tuple[tuple, list[tuple]]:
    b = results.to_dict(index)["buildout"]
    keys = [k for k in b if k != "months"]
    months = b.get("months", [])
    label = [m if isinstance(m, str) else f"{1970 + int(m) // 12:04d}-{int(m) % 12 + 1:02d}" for m in months]
    return ("month", *keys), [(label[i], *(_plain(b[k][i]) for k in keys)) for i in range(len(months))]


# ------------------------------------------------------------------------------- writers
def _cell(value: Any) -> Any:
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ("" if math.isnan(value) else repr(value))
    if value is None:
        return ""
    return value


def write_table_csv(path: Path, header, rows) -> Path:
    """One table as CSV (full precision: floats by ``repr``), written atomically."""
    return _write_csv(Path(path), header, rows)


def _write_csv(path: Path, header, rows) -> Path:
    tmp = path.with_name(f".{path.name}.part")
    with open(tmp, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        for row in rows:
            w.writerow([_cell(v) for v in row])
    os.replace(tmp, path)
    return path


KEY_FIGURES_HEADER = ("key figure", "value", "how it is computed")


def key_figure_rows(results) -> list[tuple]:
    """The KPI cards' figures as the window shows them: (caption, value, explanation)."""
    from colossus_desktop.drawing.kpis import key_figures

    return key_figures(results)


def write_csv(ev, out_dir: Path, base: str) -> list[Path]:
    """``base-key-figures.csv``, ``base-inputs.csv``, ``base-outputs.csv``, ``base-pools.csv``,
    ``base-yearly.csv``, ``base-buildout.csv``."""
    out_dir = Path(out_dir)
    written = [
        _write_csv(out_dir / f"{base}-key-figures.csv", KEY_FIGURES_HEADER, key_figure_rows(ev.results)),
        _write_csv(out_dir / f"{base}-inputs.csv", INPUT_HEADER, input_rows(ev.scenario)),
        _write_csv(out_dir / f"{base}-outputs.csv", OUTPUT_HEADER, output_rows(ev.results)),
        _write_csv(out_dir / f"{base}-pools.csv", POOL_HEADER, pool_rows(ev.scenario, ev.inputs)),
    ]
    written.append(_write_csv(out_dir / f"{base}-yearly.csv", *yearly_rows(ev.results)))
    written.append(_write_csv(out_dir / f"{base}-buildout.csv", *buildout_rows(ev.results)))
    return written


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None if math.isnan(value) else str(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return value


#: XLSX sheet titles and column names a reader sees, in the report's language (the CSV files keep
#: the English keys: they are data for scripts, like ``evaluate --json``)
SHEET_WORDS = {
    "Key figures": QT_TRANSLATE_NOOP("Report", "Key figures"),
    "key figure": QT_TRANSLATE_NOOP("Report", "key figure"),
    "how it is computed": QT_TRANSLATE_NOOP("Report", "how it is computed"),
    "Inputs": QT_TRANSLATE_NOOP("Report", "Inputs"), "Outputs": QT_TRANSLATE_NOOP("Report", "Outputs"),
    "Pools": QT_TRANSLATE_NOOP("Report", "Pools"), "Yearly costs": QT_TRANSLATE_NOOP("Report", "Yearly costs"),
    "Build-out": QT_TRANSLATE_NOOP("Report", "Build-out"), "Uncertainty": QT_TRANSLATE_NOOP("Report", "Uncertainty"),
    "Distributions": QT_TRANSLATE_NOOP("Report", "Distributions"), "Sweep": QT_TRANSLATE_NOOP("Report", "Sweep"),
    "section": QT_TRANSLATE_NOOP("Report", "section"), "field": QT_TRANSLATE_NOOP("Report", "field"),
    "value": QT_TRANSLATE_NOOP("Report", "value"), "unit": QT_TRANSLATE_NOOP("Report", "unit"),
    "note": QT_TRANSLATE_NOOP("Report", "note"), "result": QT_TRANSLATE_NOOP("Report", "result"),
    "pool": QT_TRANSLATE_NOOP("Report", "pool"), "name": QT_TRANSLATE_NOOP("Report", "name"),
    "accelerator": QT_TRANSLATE_NOOP("Report", "accelerator"), "count": QT_TRANSLATE_NOOP("Report", "count"),
    "arrival": QT_TRANSLATE_NOOP("Report", "arrival"), "year": QT_TRANSLATE_NOOP("Report", "year"),
    "month": QT_TRANSLATE_NOOP("Report", "month"), "output": QT_TRANSLATE_NOOP("Report", "output"),
    "label": QT_TRANSLATE_NOOP("Report", "label"), "scenario": QT_TRANSLATE_NOOP("Report", "scenario"),
    "path": QT_TRANSLATE_NOOP("Report", "path"), "input": QT_TRANSLATE_NOOP("Report", "input"),
    "distribution": QT_TRANSLATE_NOOP("Report", "distribution"),
    "parameters": QT_TRANSLATE_NOOP("Report", "parameters"), "source": QT_TRANSLATE_NOOP("Report", "source"),
}


def sheet_word(text: str) -> str:
    """A sheet title or column name in the report's language (unknown ones as given)."""
    from colossus_desktop.lang import translate

    return translate("Report", SHEET_WORDS[text]) if text in SHEET_WORDS else text


def write_xlsx(ev, path: Path, extra: list[tuple] | None = None) -> Path:
    """One workbook: Key figures, Inputs, Outputs, Pools, Yearly costs, Build-out (bold, frozen
    headers), then the ``extra`` sheets given as (title, header, rows). Sheet titles and column
    names follow the report's language (:func:`sheet_word`); the cells hold the engine's numbers."""
    sheets = [
        ("Key figures", KEY_FIGURES_HEADER, key_figure_rows(ev.results)),
        ("Inputs", INPUT_HEADER, input_rows(ev.scenario)),
        ("Outputs", OUTPUT_HEADER, output_rows(ev.results)),
        ("Pools", POOL_HEADER, pool_rows(ev.scenario, ev.inputs)),
        ("Yearly costs", *yearly_rows(ev.results)),
        ("Build-out", *buildout_rows(ev.results)),
        *(extra or []),
    ]
    sheets = [(sheet_word(t)[:31], [sheet_word(h) for h in header], rows) for t, header, rows in sheets]
    return write_workbook(path, sheets, ev.scenario.name)


def write_workbook(path: Path, sheets: list[tuple], book_title: str) -> Path:
    """An XLSX of ``sheets`` = [(title, header, rows)], bold frozen headers, written atomically."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    first = True
    for title, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        ws.append(list(header))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append([_xlsx_value(v) for v in row])
        ws.freeze_panes = "A2"
        for col, name in zip(ws.columns, header):
            width = max([len(str(name))] + [min(len(str(c.value or "")), 60) for c in col]) + 2
            ws.column_dimensions[col[0].column_letter].width = width
    wb.properties.title = book_title
    wb.properties.creator = "Colossus Desktop"
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    wb.save(tmp)
    os.replace(tmp, path)
    return path
