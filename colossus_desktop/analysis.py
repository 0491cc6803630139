"""Sweeps, Monte Carlo and the tornado of a scenario: the glue between the document and
``engine/analysis`` (no Qt; the CLI, the views and the reports call these).

* :func:`uncertain` turns ``scenario.uncertainty`` into engine terms: one
  :class:`~colossus_desktop.engine.analysis.varied.Varied` and one distribution per input, and
  the rank-correlation matrix (or None).
* Sampled values are **clipped to the field's allowed range** (scenario/bounds.py, the same
  range the form and the loader use): a normal PUE of 1.1 ± 0.1 has a tail below 1, and the
  engine must never see a PUE of 0.9. Clipping (not re-drawing) keeps the Latin hypercube's
  strata and the seed's reproducibility; the clipped share piles up at the bound, which a
  histogram shows plainly. An exclusive bound (MFU > 0) clips to the next float inside it.
  Uniform, triangular and range distributions never need it: the loader refuses ends outside
  the range (scenario/uncertain_paths.py: check_uncertainty). Whole-number fields (pool
  counts) are sampled as continuous values; the engine takes fractional counts.
* :func:`default_uncertainty` is what the uncertainty view offers for a new input: the catalog's
  low/typical/high ("range", :func:`catalog_range`) when the scenario's value lies inside it, else
  the catalog's relative spread around that value, else ±20 % around it; the last two are marked
  as assumptions.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, fields

import numpy as np

from colossus_desktop.engine.analysis.distributions import Distribution
from colossus_desktop.engine.analysis.varied import Varied
from colossus_desktop.engine.catalog import Catalog, load_catalog
from colossus_desktop.scenario.bounds import Bounds
from colossus_desktop.scenario.errors import ScenarioError
from colossus_desktop.scenario.model import Scenario
from colossus_desktop.scenario.parameters import (
    Parameter,
    check_values,
    find_parameter,
    parameters,
    unknown_path_reason,
)
from colossus_desktop.scenario.uncertainty import correlation_matrix

#: The half-width of the fallback triangle when the catalog has no range: an assumption, said so.
FALLBACK_SPREAD = 0.20
ASSUMED_SOURCE = "Assumption: ±20 % around the scenario's value (the catalog has no range for this field)."
#: The most points a sweep evaluates (1-D: N; 2-D: N1 × N2).
MAX_SWEEP_POINTS = 10_000


@dataclass(frozen=True)
class ClippedDistribution(Distribution):
    """A :class:`Distribution` whose samples are clipped to ``[clip_low, clip_high]`` (document
    units, the field's allowed range). ``quantile`` and ``swing`` follow, since they go through
    ``ppf``."""

    clip_low: float = -math.inf
    clip_high: float = math.inf

    def __post_init__(self):  # validate the distribution's own parameters only
        Distribution(**{f.name: getattr(self, f.name) for f in fields(Distribution)})

    def ppf(self, u: np.ndarray) -> np.ndarray:
        return np.clip(super().ppf(u), self.clip_low, self.clip_high)

    def plain(self) -> Distribution:
        return Distribution(**{f.name: getattr(self, f.name) for f in fields(Distribution)})


def clip_range(bounds: Bounds) -> tuple[float, float]:
    """The closed interval samples are clipped to: the bounds, moved one float inwards where exclusive."""
    low = -math.inf if bounds.low is None else float(bounds.low)
    high = math.inf if bounds.high is None else float(bounds.high)
    if bounds.low is not None and bounds.low_exclusive:
        low = math.nextafter(low, math.inf)
    if bounds.high is not None and bounds.high_exclusive:
        high = math.nextafter(high, -math.inf)
    return low, high


def uncertain(scenario: Scenario, catalog: Catalog | None = None,
              params: list[Parameter] | None = None) -> tuple[list[Varied], list[Distribution], np.ndarray | None]:
    """``scenario.uncertainty`` in engine terms: (varied, distributions, correlation matrix (d, d)
    or None), in the order of ``uncertainty.inputs``. Distributions are clipped to each field's
    range (module docstring). ScenarioError (field ``uncertainty.inputs[i].path``) for a path that
    is not a numeric input of the scenario."""
    params = parameters(scenario, catalog) if params is None else params
    by_path = {p.path: p for p in params}
    varied, dists = [], []
    for i, item in enumerate(scenario.uncertainty.inputs):
        p = by_path.get(item.path)
        if p is None:
            raise ScenarioError(f"{item.path!r} is {unknown_path_reason(item.path, list(by_path))}",
                                field=f"uncertainty.inputs[{i}].path")
        low, high = clip_range(p.bounds)
        dists.append(ClippedDistribution(item.distribution, **item.parameters(), clip_low=low, clip_high=high))
        varied.append(p.varied)
    return varied, dists, correlation_matrix(scenario.uncertainty)


def _need_inputs(scenario: Scenario) -> None:
    if not scenario.uncertainty.inputs:
        raise ScenarioError("has no distributions: add some to uncertainty.inputs (the uncertainty view offers the "
                            "catalog's ranges)", field="uncertainty.inputs")


def run_monte_carlo(scenario: Scenario, samples: int | None = None, seed: int | None = None,
                    progress: Callable[[int, int], None] | None = None, catalog: Catalog | None = None):
    """Monte Carlo of ``scenario`` over its uncertain inputs (engine/analysis/montecarlo.py):
    ``samples`` and ``seed`` default to the scenario's. Returns a ``MonteCarlo``; ScenarioError
    when the scenario has no uncertain inputs; ``Cancelled`` from ``progress`` passes through."""
    from colossus_desktop.engine.analysis.montecarlo import monte_carlo
    from colossus_desktop.scenario.inputs import to_inputs

    _need_inputs(scenario)
    catalog = catalog or load_catalog()
    varied, dists, corr = uncertain(scenario, catalog)
    n = scenario.uncertainty.samples if samples is None else samples
    s = scenario.uncertainty.seed if seed is None else seed
    return monte_carlo(to_inputs(scenario, catalog), varied, dists, n, s, corr=corr, progress=progress)


def run_tornado(scenario: Scenario, catalog: Catalog | None = None):
    """The tornado of ``scenario``: each uncertain input moved to the ends of its distribution
    (low/high, or P10/P90 for normal and lognormal), the others at the scenario's own values.
    Returns a ``Tornado`` (engine/analysis/tornado.py)."""
    from colossus_desktop.engine.analysis.tornado import tornado
    from colossus_desktop.scenario.inputs import to_inputs

    _need_inputs(scenario)
    catalog = catalog or load_catalog()
    params = parameters(scenario, catalog)
    varied, dists, _ = uncertain(scenario, catalog, params)
    by_path = {p.path: p for p in params}
    base = np.array([by_path[v.path].value for v in varied])
    return tornado(to_inputs(scenario, catalog), varied, dists, base)


def run_sweep(scenario: Scenario, specs: list[tuple[str, np.ndarray]],
              progress: Callable[[int, int], None] | None = None, catalog: Catalog | None = None):
    """A 1-D or 2-D sweep: ``specs`` = [(path, values)] (one or two, document units). ScenarioError
    (field = the path) for an unknown path, a value outside the field's range, a non-whole value of
    a whole-number field, or more than MAX_SWEEP_POINTS points. Returns a ``Sweep``."""
    from colossus_desktop.engine.analysis.sweep import sweep
    from colossus_desktop.scenario.inputs import to_inputs

    if not 1 <= len(specs) <= 2:
        raise ScenarioError(f"a sweep varies one or two inputs, not {len(specs)}")
    catalog = catalog or load_catalog()
    params = parameters(scenario, catalog)
    varied, axes = [], []
    for path, values in specs:
        p = find_parameter(scenario, path, catalog, params=params)
        if any(v.path == path for v in varied):
            raise ScenarioError("is swept twice; a 2-D sweep needs two different inputs", field=path)
        values = np.asarray(values, dtype=float).ravel()
        try:
            check_values(p, values)
        except ValueError as exc:
            raise ScenarioError(str(exc), field=path) from None
        varied.append(p.varied)
        axes.append(values)
    points = math.prod(len(a) for a in axes)
    if points > MAX_SWEEP_POINTS:
        raise ScenarioError(f"{' × '.join(str(len(a)) for a in axes)} = {points:,} points is more than "
                            f"{MAX_SWEEP_POINTS:,}")
    return sweep(to_inputs(scenario, catalog), varied, axes, progress=progress)


def catalog_range(param: Parameter) -> dict | None:
    """The ``uncertainty.inputs`` entry "range" for ``param``: the catalog's low / high, its source
    copied; the mode is the scenario's own value when that lies inside the range, else the
    catalog's typical. None when the catalog has no range for the field."""
    if param.default_range is None:
        return None
    low, typical, high = param.default_range
    v = param.value
    if math.isfinite(v) and low <= v <= high and v != typical:
        # the scenario's own value is the mode, so the base case sits where the user put it
        return {"path": param.path, "distribution": "range", "low": low, "mode": v, "high": high,
                "source": f"Catalog range (low / high; mode = this scenario's value, catalog typical "
                          f"{typical:g}): {param.range_source}"}
    return {"path": param.path, "distribution": "range", "low": low, "mode": typical, "high": high,
            "source": f"Catalog range (low / typical / high): {param.range_source}"}


def outside_support(entry: dict, value: float) -> bool:
    """True when the scenario's ``value`` lies outside the ends of a bounded ``uncertainty.inputs``
    ``entry`` (uniform, triangular, range): no draw can then be the base case, and the P10–P90 of
    the results may not contain it (an MFU typed as 0.18 under a range of 0.197 to 0.52). Normal
    and lognormal entries have no ends: False."""
    if entry.get("distribution") not in ("uniform", "triangular", "range") or not math.isfinite(value):
        return False
    return not entry["low"] <= value <= entry["high"]


def default_uncertainty(param: Parameter) -> dict:
    """The ``uncertainty.inputs`` entry the view offers for ``param``, always with the scenario's
    own value inside it (the base case is then a draw the distribution can make):

    * the value within the catalog's range: that range, peaking at the value (:func:`catalog_range`);
    * the value outside it (an MFU of 0.18 against the catalog's 0.197 / 0.375 / 0.52): a triangle
      peaking at the value, with the catalog's spread relative to its typical (low / typical and
      high / typical: 0.53× and 1.39× for that MFU), clipped to the field's range, marked as an
      assumption and naming the catalog's source. Only for a range of positive values; otherwise
    * a triangle of ±20 % around the value, clipped to the field's range, marked as an assumption.

    ValueError when the value is 0 and the catalog has no range (no spread can be derived)."""
    v = param.value
    clip_low, clip_high = clip_range(param.bounds)
    if param.default_range is not None:
        low, typical, high = param.default_range
        if not math.isfinite(v) or low <= v <= high:
            return catalog_range(param)
        if 0 < low < typical < high and v > 0:
            lo, hi = max(v * low / typical, clip_low), min(v * high / typical, clip_high)
            if lo < v < hi:
                return {"path": param.path, "distribution": "triangular", "low": lo, "mode": v, "high": hi,
                        "source": f"Assumption: the catalog's spread (low / typical / high {low:g} / {typical:g} / "
                                  f"{high:g}) around this scenario's value {v:g}, which lies outside that range: "
                                  f"{param.range_source}"}
    if v == 0:
        raise ValueError(f"{param.path} is 0 and the catalog has no range for it: give a distribution by hand")
    low = max(v - abs(v) * FALLBACK_SPREAD, clip_low)
    high = min(v + abs(v) * FALLBACK_SPREAD, clip_high)
    return {"path": param.path, "distribution": "triangular", "low": low, "mode": v, "high": high,
            "source": ASSUMED_SOURCE}
