"""P10–P90 bands of a Monte Carlo run on the main window's time-to-train and cost charts.

* Time to train: the P10–P90 of the wall-clock days *at the scenario's own size*, as an error
  bar on the "this scenario" point. A band over the whole size sweep would need one Monte Carlo
  run per size (48 of them); the chart draws only what was run.
* Cost per year: the P10–P90 of each year's total cost. The Monte Carlo outputs are one figure
  per sample, so the yearly totals are evaluated again, in the worker thread, for the first
  :data:`YEARLY_SAMPLES` samples (the engine's own limit for time series in one call) with the
  same inputs held as the Monte Carlo run; their quantiles come from ``MonteCarlo.quantiles``.

The charts only draw what they are handed (``set_band``); ``show_bands(window, None)`` removes
the bands (no uncertainty in the document).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

YEARLY_SAMPLES = 4096  # engine.evaluate computes time series up to this many rows
YEARLY_FIELDS = ("yearly_depreciation_usd", "yearly_capital_cost_usd", "yearly_energy_usd",
                 "yearly_maintenance_usd", "yearly_staff_usd")


@dataclass(frozen=True)
class Bands:
    """wall_days (3,) P10, P50, P90 at the scenario's size; yearly_usd (3, Y) P10/P50/P90 of
    each year's total cost (None when it could not be evaluated)."""

    wall_days: np.ndarray
    yearly_usd: np.ndarray | None


def yearly_cost_quantiles(scenario, mc) -> np.ndarray | None:
    """(3, Y) P10/P50/P90 of each year's total cost over the first YEARLY_SAMPLES samples of
    ``mc`` (document units, the paths of ``mc``); runs the engine, so call it off the GUI thread."""
    from colossus_desktop.analysis import uncertain
    from colossus_desktop.engine import evaluate
    from colossus_desktop.engine.analysis import MonteCarlo
    from colossus_desktop.engine.analysis.varied import apply
    from colossus_desktop.engine.catalog import load_catalog
    from colossus_desktop.scenario.inputs import to_inputs

    catalog = load_catalog()
    varied, _dists, _corr = uncertain(scenario, catalog)
    if [v.path for v in varied] != list(mc.paths):
        return None
    rows = np.asarray(mc.samples, dtype=float)[:YEARLY_SAMPLES]
    results = evaluate(apply(to_inputs(scenario, catalog), varied, rows, hold="montecarlo"), series=True)
    total = sum(np.asarray(getattr(results.cost, f), dtype=float) for f in YEARLY_FIELDS)  # (n, Y)
    years = total.shape[1]
    yearly = MonteCarlo(paths=list(mc.paths), samples=rows, outputs={str(y): total[:, y] for y in range(years)},
                        seed=mc.seed, base={})
    q = yearly.quantiles((0.1, 0.5, 0.9))
    return np.array([q[str(y)] for y in range(years)], dtype=float).T


def bands_of(mc, yearly: np.ndarray | None) -> Bands:
    return Bands(np.asarray(mc.quantiles((0.1, 0.5, 0.9))["wall_days"], dtype=float), yearly)


def show_bands(window, bands: Bands | None) -> None:
    """Hand the bands to the window's time-to-train and cost charts (None: remove them)."""
    for chart in getattr(window, "charts", []):
        if chart.chart_id == "time_to_train" and hasattr(chart, "set_band"):
            chart.set_band(None if bands is None else bands.wall_days)
        elif chart.chart_id == "cost_years" and hasattr(chart, "set_band"):
            chart.set_band(None if bands is None else bands.yearly_usd)
