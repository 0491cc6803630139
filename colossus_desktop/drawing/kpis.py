"""The KPI definitions: the headline numbers of a scenario, formatted for humans.

Each :class:`Kpi` turns :class:`~colossus_desktop.engine.results.Results` into a short value
("1.2 GW", "$48.3 B", "61 days") and a tooltip with the precise value and what it means. The
window's KPI strip (``ui/kpi_strip.py``), the presentation mode and the PDF report all show
these, so a number reads the same on screen and on paper.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from colossus_desktop.drawing import format as fmt
from colossus_desktop.engine.results import SHORTFALL_MW_MIN

CONTEXT = "Kpis"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _v(a) -> float:
    return float(np.asarray(a).reshape(-1)[0])


@dataclass(frozen=True)
class Kpi:
    id: str
    caption: str
    value: Callable[[object], str]  # Results → short text
    tooltip: Callable[[object], str]  # Results → precise text


def _acc_tip(r) -> str:
    return tr("{0} accelerators installed across all pools; the training run uses {1}.").format(
        fmt.number(_v(r.cluster.accelerators), 0), fmt.number(_v(r.cluster.train_gpus), 0))


def _accelerators(n: float) -> str:
    """Exact up to 100,000 (2,048 is a number people quote), compact above (1.0 M)."""
    return fmt.number(n, 0) if abs(n) < 100_000 else fmt.count(n)


def _exaflops(pflops: float) -> str:
    """Peak compute always in EFLOP/s, the unit the debate uses (2.03 / 16.2 / 2,500 EFLOP/s)."""
    e = pflops / 1e3
    decimals = 2 if abs(e) < 10 else 1 if abs(e) < 100 else 0
    return f"{fmt.number(e, decimals)} EFLOP/s"


def _peak_tip(r, field: str, name: str) -> str:
    pf = _v(getattr(r.cluster, field))
    return tr("Peak dense {0} throughput of the whole cluster: {1} PFLOP/s ({2} FLOP/s). "
              "Dense, never the sparse figure.").format(name, fmt.number(pf, 0), fmt.g(pf * 1e15, 4))


def _short(r) -> bool:
    """Whether the supply leaves demand unserved (the engine's flag threshold, 0.5 MW)."""
    return _v(r.power.shortfall_mw) > SHORTFALL_MW_MIN


def _unserved_tip(r) -> str:
    if not _short(r):
        return ""
    return " " + tr("Grid and turbines serve {0} MW; {1} MW ({2} MWh a year) is unserved.").format(
        fmt.number(_v(r.power.facility_mw) - _v(r.power.shortfall_mw), 1),
        fmt.number(_v(r.power.shortfall_mw), 1), fmt.number(_v(r.power.annual_unserved_mwh), 0))


def _stretch_tip(r) -> str:
    if not _short(r):
        return ""
    s = _v(r.power.served_fraction)
    return " " + tr("The power supply serves {0} of the demand, so the run takes {1} times as long.").format(
        fmt.percent(s, 1), fmt.number(1.0 / s, 2) if s > 0 else "∞")


def _pace_tip(r) -> str:
    """Why the run's energy stays finite when its time does not (a newcomer's question with grid
    and turbines at 0 MW: ∞ days but 192 GWh)."""
    if not _short(r):
        return ""
    if _v(r.power.served_fraction) > 0:
        return " " + tr("A power shortfall stretches the run, not its energy or emissions: they are "
                        "what its computation needs, whatever the pace.")
    return " " + tr("No power reaches the site, so the run never finishes (time to train ∞); its "
                    "energy and emissions are what its computation would need, whatever the pace.")


def _served_caps_use_tip(r) -> str:
    """The used share is the lower of the form's utilisation and the share of demand served."""
    served = _v(r.power.served_fraction)
    if not _short(r) or _v(r.cost.gpu_hours_used_fraction) < served:
        return ""
    return " " + tr("The power supply serves {0} of the demand, which caps the share of hours "
                    "doing useful work below the utilisation set in the form.").format(fmt.percent(served, 0))


def _co2_rate_tip(r) -> str:
    if _v(r.power.served_fraction) > 0:
        return ""
    return " " + tr("With no supply to weigh, the rate is the grid's, as if the grid served the whole run.")


def _never_finishes(r) -> bool:
    """No finite time to train (no power reaches the site, or no layout runs): no finite GPU-hours."""
    return not np.isfinite(_v(r.training.gpu_hours))


def _gpu_hours_tip(r) -> str:
    gpu_hours, gpus = _v(r.training.gpu_hours), _v(r.cluster.train_gpus)
    if _never_finishes(r):
        return tr("The run never finishes at this site (time to train ∞), so its GPU-hours are not finite.")
    return tr("Accelerator-hours of the training run: {0} wall-clock hours × {1} accelerators = {2} "
              "GPU-hours. Failures, restarts, checkpoints and any power shortfall are included, "
              "as in the wall-clock time.").format(
        fmt.number(gpu_hours / gpus if gpus > 0 else float("nan"), 0), fmt.number(gpus, 0), fmt.number(gpu_hours, 0))


def _run_cost_tip(r) -> str:
    gpu_hours, cost = _v(r.training.gpu_hours), _v(r.training.cost_usd)
    if _never_finishes(r):
        return tr("The run never finishes at this site (time to train ∞): it has no finite GPU-hours, "
                  "so no finite cost.")
    rate = cost / gpu_hours if gpu_hours > 0 else float("nan")
    return tr("GPU-hours of the run × ${0} per GPU-hour = ${1}. The rate is the workload's rental "
              "price when it gives one, else this cluster's own cost per installed GPU-hour (${2}: "
              "capex annualised plus opex) over the share of accelerators not kept spare.").format(
        fmt.number(rate, 3), fmt.number(cost, 0), fmt.number(_v(r.cost.usd_per_gpu_hour), 3))


KPIS: tuple[Kpi, ...] = (
    Kpi("accelerators", QT_TRANSLATE_NOOP("Kpis", "Accelerators"),
        lambda r: _accelerators(_v(r.cluster.accelerators)), _acc_tip),
    Kpi("peak_bf16", QT_TRANSLATE_NOOP("Kpis", "Peak BF16"),
        lambda r: _exaflops(_v(r.cluster.peak_bf16_pflops)),
        lambda r: _peak_tip(r, "peak_bf16_pflops", "BF16")),
    Kpi("peak_fp8", QT_TRANSLATE_NOOP("Kpis", "Peak FP8"),
        lambda r: _exaflops(_v(r.cluster.peak_fp8_pflops)),
        lambda r: _peak_tip(r, "peak_fp8_pflops", "FP8")),
    Kpi("facility_mw", QT_TRANSLATE_NOOP("Kpis", "Peak facility power"),
        lambda r: fmt.power_mw(_v(r.power.facility_peak_mw)),
        lambda r: tr("Peak facility power (IT at nameplate × PUE): {0} MW. Average draw: {1} MW "
                     "(IT {2} MW).").format(fmt.number(_v(r.power.facility_peak_mw), 1),
                                            fmt.number(_v(r.power.facility_mw), 1),
                                            fmt.number(_v(r.power.it_mw), 1)) + _unserved_tip(r)),
    Kpi("capex", QT_TRANSLATE_NOOP("Kpis", "Capex"),
        lambda r: fmt.money(_v(r.cost.capex_usd)),
        lambda r: tr("Capital expenditure, all categories: ${0}. Opex: ${1} per year.").format(
            fmt.number(_v(r.cost.capex_usd), 0), fmt.number(_v(r.cost.opex_usd_per_year), 0))),
    # TCO analyses quote both: per installed hour, and per hour doing useful work (issue #9)
    # caption and value pair up: "$/GPU-hour · used" over "$3.48 · $4.19"
    Kpi("usd_per_gpu_hour", QT_TRANSLATE_NOOP("Kpis", "$/GPU-hour · used"),
        lambda r: f"{fmt.money(_v(r.cost.usd_per_gpu_hour))} · {fmt.money(_v(r.cost.usd_per_used_gpu_hour))}",
        lambda r: tr("Annualised capex plus opex per installed accelerator-hour: ${0}. Per used "
                     "hour ({1} of installed hours do useful work): ${2}.").format(
            fmt.number(_v(r.cost.usd_per_gpu_hour), 3), fmt.percent(_v(r.cost.gpu_hours_used_fraction), 0),
            fmt.number(_v(r.cost.usd_per_used_gpu_hour), 3)) + _served_caps_use_tip(r)),
    Kpi("training_days", QT_TRANSLATE_NOOP("Kpis", "Time to train"),
        lambda r: fmt.days(_v(r.training.wall_days)),
        lambda r: tr("Wall-clock days of the training run, failures and checkpoints included: {0} "
                     "(ideal, without failures: {1}; goodput {2}).").format(
            fmt.number(_v(r.training.wall_days), 2), fmt.number(_v(r.training.compute_days), 2),
            fmt.percent(_v(r.training.goodput), 1)) + _stretch_tip(r)),
    # The figures quoted for a run (DeepSeek-V3's "2.788M H800 GPU hours, $5.576M"): issue #14
    Kpi("gpu_hours", QT_TRANSLATE_NOOP("Kpis", "GPU-hours of the run"),
        lambda r: fmt.hours(_v(r.training.gpu_hours)), _gpu_hours_tip),
    Kpi("run_cost", QT_TRANSLATE_NOOP("Kpis", "Cost of the run"),
        lambda r: fmt.money(_v(r.training.cost_usd)), _run_cost_tip),
    Kpi("energy", QT_TRANSLATE_NOOP("Kpis", "Energy of the run"),
        lambda r: fmt.energy_mwh(_v(r.training.energy_mwh)),
        lambda r: tr("Facility energy of the training run: {0} MWh.").format(
            fmt.number(_v(r.training.energy_mwh), 0)) + _pace_tip(r)),
    Kpi("co2", QT_TRANSLATE_NOOP("Kpis", "CO₂ of the run"),
        lambda r: fmt.tonnes(_v(r.training.co2_tonnes)) + " CO₂",
        lambda r: tr("Emissions of the training run's energy: {0} t CO₂ at {1} kg/MWh.").format(
            fmt.number(_v(r.training.co2_tonnes), 0), fmt.number(_v(r.power.carbon_kg_per_mwh), 0)) + _pace_tip(r)
        + _co2_rate_tip(r)),
)


def key_figures(results) -> list[tuple[str, str, str]]:
    """(caption, value, how it is computed) of every KPI, as the window's cards show them; the
    explanation as plain text. The report's key-figure tables (PDF, PPTX, CSV, XLSX) use these."""
    import re

    rows = []
    for k in KPIS:
        try:
            value, tip = k.value(results), k.tooltip(results)
        except (AttributeError, IndexError, KeyError, TypeError, ValueError):
            value, tip = "—", ""
        rows.append((tr(k.caption), value, re.sub(r"<[^>]+>", "", tip)))
    return rows
