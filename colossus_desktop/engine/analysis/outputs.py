"""The key figures (KPIs) every analysis shares: Monte Carlo, tornado, sweeps, the comparison,
the command line and the reports read outputs through this one registry, so a figure has one
definition and one unit everywhere.

Each :class:`Output` reads (N,) values from engine :class:`~colossus_desktop.engine.results.Results`;
the unit is in the key. Definitions (fields of Results; "the run" is the training run):

    wall_days              training.wall_days: wall-clock of the run, failures and power shortfall included
    run_cost_usd           training.cost_usd: GPU-hours × the cluster's cost per GPU-hour (or the rental rate)
    gpu_hours              training.gpu_hours: wall-clock × the run's accelerators
    capex_usd              cost.capex_usd: accelerators, servers, network, storage, facility, power plant
    opex_usd_per_year      cost.opex_usd_per_year: energy, maintenance, staff
    tco_usd                cost.tco_usd: capex + horizon × opex (undiscounted)
    facility_mw            power.facility_mw: average facility power = IT × PUE
    energy_mwh             training.energy_mwh: facility energy of the run
    co2_tonnes             training.co2_tonnes: CO2 of the run's energy
    usd_per_gpu_hour       cost.usd_per_gpu_hour: per installed GPU-hour
    goodput                training.goodput: useful training time / elapsed time (fraction)
    mfu                    training.mfu: model FLOPs utilisation (fraction of the peak at the run's precision)
    peak_eflops_per_mw     cluster.peak_workload_pflops / 1,000 / facility_mw: dense peak at the run's
                           precision per MW of average facility power
    capex_usd_per_pflops   capex_usd / cluster.peak_workload_pflops
    run_usd_per_1e24_flop  run_cost_usd / (training.model_flops / 10^24)
    run_mwh_per_1e24_flop  energy_mwh / (training.model_flops / 10^24)
    tokens_per_usd         training.tokens / run_cost_usd
    tokens_per_mwh         training.tokens / energy_mwh

Model FLOPs are 6 · N_active · D plus attention (PaLM appendix B; engine/training.py). A run
that cannot start (no layout fits) has an infinite wall-clock and cost, so its per-dollar and
per-MWh figures are 0 and its per-FLOP figures infinite; a 0/0 gives NaN.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from colossus_desktop.translatable import QT_TRANSLATE_NOOP

from ..results import Results


@dataclass(frozen=True)
class Output:
    """One key figure: ``key`` (unit in the name), a short English ``label``, its ``unit`` as
    displayed ("" for fractions), and ``get``: Results → (N,) float array."""

    key: str
    label: str
    unit: str
    get: Callable[[Results], np.ndarray]


def _ratio(num: Callable[[Results], np.ndarray], den: Callable[[Results], np.ndarray], factor: float = 1.0):
    def get(r: Results) -> np.ndarray:
        with np.errstate(divide="ignore", invalid="ignore"):
            return factor * np.asarray(num(r), dtype=float) / np.asarray(den(r), dtype=float)

    return get


def _field(section: str, name: str) -> Callable[[Results], np.ndarray]:
    return lambda r: np.asarray(getattr(getattr(r, section), name), dtype=float)


_TABLE = (
    ("wall_days", QT_TRANSLATE_NOOP("Outputs", "Time to train"), "days", _field("training", "wall_days")),
    ("run_cost_usd", QT_TRANSLATE_NOOP("Outputs", "Training run cost"), "USD", _field("training", "cost_usd")),
    ("gpu_hours", QT_TRANSLATE_NOOP("Outputs", "GPU-hours"), "GPU-h", _field("training", "gpu_hours")),
    ("capex_usd", QT_TRANSLATE_NOOP("Outputs", "Capex"), "USD", _field("cost", "capex_usd")),
    ("opex_usd_per_year", QT_TRANSLATE_NOOP("Outputs", "Opex per year"), "USD/yr", _field("cost", "opex_usd_per_year")),
    ("tco_usd", QT_TRANSLATE_NOOP("Outputs", "Total cost of ownership"), "USD", _field("cost", "tco_usd")),
    ("facility_mw", QT_TRANSLATE_NOOP("Outputs", "Facility power (average)"), "MW", _field("power", "facility_mw")),
    ("energy_mwh", QT_TRANSLATE_NOOP("Outputs", "Energy of the run"), "MWh", _field("training", "energy_mwh")),
    ("co2_tonnes", QT_TRANSLATE_NOOP("Outputs", "CO2 of the run"), "t", _field("training", "co2_tonnes")),
    ("usd_per_gpu_hour", QT_TRANSLATE_NOOP("Outputs", "Cost per installed GPU-hour"), "USD/GPU-h", _field("cost", "usd_per_gpu_hour")),
    ("goodput", QT_TRANSLATE_NOOP("Outputs", "Goodput"), "", _field("training", "goodput")),
    ("mfu", QT_TRANSLATE_NOOP("Outputs", "MFU"), "", _field("training", "mfu")),
    ("peak_eflops_per_mw", QT_TRANSLATE_NOOP("Outputs", "Peak per MW"), "EFLOP/s per MW",
     _ratio(_field("cluster", "peak_workload_pflops"), _field("power", "facility_mw"), 1e-3)),
    ("capex_usd_per_pflops", QT_TRANSLATE_NOOP("Outputs", "Capex per PFLOP/s"), "USD per PFLOP/s",
     _ratio(_field("cost", "capex_usd"), _field("cluster", "peak_workload_pflops"))),
    ("run_usd_per_1e24_flop", QT_TRANSLATE_NOOP("Outputs", "Run cost per 10^24 FLOP"), "USD per 1e24 FLOP",
     _ratio(_field("training", "cost_usd"), _field("training", "model_flops"), 1e24)),
    ("run_mwh_per_1e24_flop", QT_TRANSLATE_NOOP("Outputs", "Run energy per 10^24 FLOP"), "MWh per 1e24 FLOP",
     _ratio(_field("training", "energy_mwh"), _field("training", "model_flops"), 1e24)),
    ("tokens_per_usd", QT_TRANSLATE_NOOP("Outputs", "Tokens per dollar"), "tokens/USD",
     _ratio(_field("training", "tokens"), _field("training", "cost_usd"))),
    ("tokens_per_mwh", QT_TRANSLATE_NOOP("Outputs", "Tokens per MWh"), "tokens/MWh",
     _ratio(_field("training", "tokens"), _field("training", "energy_mwh"))),
)

#: every key figure by key, in display order
OUTPUTS: dict[str, Output] = {key: Output(key, label, unit, get) for key, label, unit, get in _TABLE}


def output_values(results: Results, keys: Iterable[str] | None = None) -> dict[str, np.ndarray]:
    """{key: (N,) float array} for ``keys`` (all of OUTPUTS when None), as new arrays (not views
    of ``results``). Raises KeyError naming an unknown key and the known ones."""
    keys = list(OUTPUTS) if keys is None else list(keys)
    unknown = [k for k in keys if k not in OUTPUTS]
    if unknown:
        raise KeyError(f"unknown output {unknown[0]!r} (known: {', '.join(OUTPUTS)})")
    return {k: np.array(OUTPUTS[k].get(results), dtype=float) for k in keys}
