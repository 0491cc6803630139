"""What a report's uncertainty and sweep sections show, as data and table rows. No Qt.

* :class:`UncertaintyData`: a scenario's Monte Carlo run and tornado
  (:func:`colossus_desktop.analysis.run_monte_carlo` / ``run_tornado``), with the inputs'
  labels; :func:`uncertainty_data` runs them (or takes the window's own results).
* :class:`SweepData`: a 1-D or 2-D sweep (:func:`colossus_desktop.analysis.run_sweep`), the
  swept inputs and the outputs chosen; :func:`sweep_data` runs it (or takes the Sweep tab's).
* :func:`quantile_rows`, :func:`sweep_rows` and :func:`distribution_rows`: the same numbers for
  the PDF, the deck, the CSV and the XLSX (full precision; the PDF formats them).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from colossus_desktop.engine.analysis.outputs import OUTPUTS

#: The most samples a report runs: a scenario asking for more (up to 10^6) is reported from this
#: many, and the report says so (about 1.5 s of engine time; the quantiles move in the third digit).
MAX_REPORT_SAMPLES = 100_000
#: The outputs whose tornado a report draws, and whose histogram (the first).
TORNADO_KEYS = ("run_cost_usd", "wall_days")
HISTOGRAM_KEY = "run_cost_usd"
#: The outputs of a sweep section when none are chosen (as ``colossus-desktop sweep``).
DEFAULT_SWEEP_OUTPUTS = ("wall_days", "run_cost_usd", "capex_usd", "facility_mw")
QUANTILES = (0.1, 0.5, 0.9)


@dataclass(frozen=True)
class UncertaintyData:
    """A scenario's Monte Carlo run (``mc``: MonteCarlo), its tornado (``tornado``: Tornado),
    the uncertain inputs as the scenario gives them (``entries``: UncertainInput list, with
    their sources), ``params`` (path → Parameter, for labels and units), and
    ``requested_samples``: the scenario's own sample count (more than ``mc`` ran when capped)."""

    mc: object
    tornado: object
    entries: list
    params: dict
    requested_samples: int
    correlations: list = field(default_factory=list)

    @property
    def samples(self) -> int:
        return int(np.asarray(self.mc.samples).shape[0])

    @property
    def capped(self) -> bool:
        return self.samples < self.requested_samples

    def run_text(self) -> str:
        """"10,000 samples (Latin hypercube), seed 1, 11 uncertain inputs", for footers and notes
        (in the report's language: "10 000 tirages…")."""
        from colossus_desktop.lang import number, translate

        corr = translate("Report", ", {0} rank correlations").format(len(self.correlations)) if self.correlations else ""
        cap = translate("Report", " (the scenario asks for {0}; a report runs at most {1})").format(
            number(self.requested_samples, 0), number(MAX_REPORT_SAMPLES, 0)) if self.capped else ""
        return translate("Report", "{0} samples (Latin hypercube){1}, seed {2}, {3} uncertain inputs{4}").format(
            number(self.samples, 0), cap, self.mc.seed, len(self.entries), corr)


def uncertainty_data(scenario, catalog=None, mc=None, tornado=None,
                     max_samples: int = MAX_REPORT_SAMPLES) -> UncertaintyData | None:
    """The uncertainty section's data for ``scenario``, or None when it has no uncertain inputs.
    ``mc``/``tornado``: results already computed for this scenario (the window's); otherwise they
    are run here with the scenario's samples (at most ``max_samples``) and seed. Errors of the
    analysis (ScenarioError naming the field) pass through."""
    from colossus_desktop.analysis import run_monte_carlo, run_tornado
    from colossus_desktop.engine.catalog import load_catalog
    from colossus_desktop.scenario.parameters import parameters

    u = scenario.uncertainty
    if not u.inputs:
        return None
    catalog = catalog or load_catalog()
    if mc is None:
        mc = run_monte_carlo(scenario, samples=min(int(u.samples), max_samples), catalog=catalog)
    if tornado is None:
        tornado = run_tornado(scenario, catalog=catalog)
    params = {p.path: p for p in parameters(scenario, catalog)}
    return UncertaintyData(mc, tornado, list(u.inputs), params, int(u.samples), list(u.correlations))


@dataclass(frozen=True)
class SweepData:
    """A sweep (``sweep``: Sweep, 1 or 2 axes), the swept inputs (``params``: Parameter per
    axis), the outputs to show (``keys``: OUTPUTS keys) and the scenario's own value of each
    output (``base``: key → float, NaN when the engine has none)."""

    sweep: object
    params: list
    keys: list[str]
    base: dict[str, float]

    @property
    def two_d(self) -> bool:
        return len(self.sweep.axes) == 2

    def points(self) -> int:
        return int(math.prod(len(a) for a in self.sweep.axes))


def base_outputs(results) -> dict[str, float]:
    """Every OUTPUTS value of ``results`` (scenario 0), by key; NaN where the engine has none."""
    out = {}
    for key, o in OUTPUTS.items():
        try:
            out[key] = float(np.asarray(o.get(results), dtype=float).reshape(-1)[0])
        except (AttributeError, IndexError, KeyError, TypeError, ValueError, ZeroDivisionError):
            out[key] = math.nan
    return out


def sweep_data(ev, specs: list[tuple[str, np.ndarray]], keys=None, catalog=None, result=None) -> SweepData:
    """The sweep section of ``ev`` (an Evaluated): ``specs`` = [(path, values)] (one or two,
    document units); ``keys``: the outputs (default :data:`DEFAULT_SWEEP_OUTPUTS`; unknown keys
    raise ValueError naming them). ``result``: a Sweep already run over these specs (the Sweep
    tab's); otherwise it is run here. ScenarioError (field = the path) for a bad path or value."""
    from colossus_desktop.analysis import run_sweep
    from colossus_desktop.engine.catalog import load_catalog
    from colossus_desktop.scenario.parameters import find_parameter, parameters

    keys = list(dict.fromkeys(keys or DEFAULT_SWEEP_OUTPUTS))
    unknown = [k for k in keys if k not in OUTPUTS]
    if unknown:
        raise ValueError(f"unknown output {unknown[0]!r} (known: {', '.join(OUTPUTS)})")
    catalog = catalog or load_catalog()
    if result is None:
        result = run_sweep(ev.scenario, specs, catalog=catalog)
    params_all = parameters(ev.scenario, catalog)
    params = [find_parameter(ev.scenario, path, catalog, params=params_all) for path in result.paths]
    return SweepData(result, params, [k for k in keys if k in result.outputs], base_outputs(ev.results))


# ------------------------------------------------------------------------------- rows
QUANTILE_HEADER = ("output", "label", "unit", "p10", "p50", "p90", "scenario")


def quantile_rows(data: UncertaintyData) -> list[tuple]:
    """One row per output of :data:`OUTPUTS`: key, label, unit, P10, P50, P90 (NaN-aware,
    ``MonteCarlo.quantiles``) and the unvaried scenario's value."""
    q = data.mc.quantiles(QUANTILES)
    return [(k, o.label, o.unit, *(float(v) for v in q[k]), float(data.mc.base.get(k, math.nan)))
            for k, o in OUTPUTS.items() if k in q]


DISTRIBUTION_HEADER = ("path", "input", "unit", "distribution", "parameters", "source")


def distribution_text(entry) -> str:
    """An input's distribution in words: "range: low 1.09, mode 1.14, high 1.56"."""
    params = ", ".join(f"{k} {v:g}" for k, v in entry.parameters().items())
    return f"{entry.distribution}: {params}" if params else entry.distribution


def distribution_rows(data: UncertaintyData) -> list[tuple]:
    """One row per uncertain input: path, label, unit, kind, its parameters, its source."""
    rows = []
    for e in data.entries:
        p = data.params.get(e.path)
        params = "; ".join(f"{k}={v!r}" for k, v in e.parameters().items())
        rows.append((e.path, p.label if p else e.path, p.unit if p else "", e.distribution, params, e.source or ""))
    return rows


def sweep_header(data: SweepData) -> tuple:
    """The sweep table's columns: each input's path, then each output's key (units in brackets)."""
    heads = [f"{p.path} [{p.unit}]" if p.unit else p.path for p in data.params]
    heads += [f"{k} [{OUTPUTS[k].unit}]" if OUTPUTS[k].unit else k for k in data.keys]
    return tuple(heads)


def sweep_rows(data: SweepData) -> list[tuple]:
    """One row per grid point (2-D: the first input outermost): the inputs, then the outputs."""
    grids = np.meshgrid(*[np.asarray(a, dtype=float) for a in data.sweep.axes], indexing="ij")
    cols = [g.reshape(-1) for g in grids]
    cols += [np.asarray(data.sweep.outputs[k], dtype=float).reshape(-1) for k in data.keys]
    return [tuple(float(c[i]) for c in cols) for i in range(cols[0].size)]
