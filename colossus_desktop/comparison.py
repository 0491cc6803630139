"""A comparison evaluated: each entry's scenario, results, key figures, and how they differ.

:func:`evaluate_comparison` resolves every entry of a
:class:`~colossus_desktop.scenario.comparison.Comparison` (files, presets, embedded scenarios,
the window's document), applies the common workload, evaluates each one with
:func:`~colossus_desktop.evaluation.evaluate_scenario` (results and the cluster-size sweep the
overlaid charts draw) and reads the key figures of the shared registry
(:data:`~colossus_desktop.engine.analysis.outputs.OUTPUTS`). Differences are ``value −
reference``; ratios ``value / reference``.

When an entry's scenario carries uncertainty (schema 5 ``uncertainty``), every entry gets a
Monte Carlo run with the same sample count and seed (:func:`colossus_desktop.analysis.run_monte_carlo`):
the Latin hypercube draws then share their uniforms column by column (common random numbers),
so sample ``i`` of two entries with the same uncertain inputs sees the same draws, and the
ratio to the reference is taken sample by sample before its P10/P50/P90. An entry without
uncertainty is its base value in every sample. Quantiles are NaN-aware. No Qt here.

After an edit only the window's document changes: ``reuse`` (the previous :class:`Compared`)
and ``known`` (the window's own evaluation) let :func:`evaluate_comparison` take the entries
whose scenario is unchanged, and their Monte Carlo draws (same samples and seed), so it
evaluates and samples only what changed; the figures are the same as without them.
"""

from __future__ import annotations

import dataclasses

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from colossus_desktop.engine.analysis.outputs import OUTPUTS
from colossus_desktop.engine.catalog import Catalog, load_catalog
from colossus_desktop.evaluation import Evaluated, evaluate_scenario
from colossus_desktop.scenario.comparison import Comparison, entry_scenario
from colossus_desktop.scenario.errors import ScenarioError
from colossus_desktop.scenario.model import Scenario

#: The key figures a comparison shows, in table order: the site, then the efficiency figures,
#: then the training run (the same model on each when the comparison has a common workload).
KEYS: tuple[str, ...] = (
    "capex_usd", "opex_usd_per_year", "tco_usd", "facility_mw", "usd_per_gpu_hour",
    "peak_eflops_per_mw", "capex_usd_per_pflops", "run_usd_per_1e24_flop", "run_mwh_per_1e24_flop",
    "tokens_per_usd", "tokens_per_mwh",
    "wall_days", "run_cost_usd", "gpu_hours", "energy_mwh", "co2_tonnes", "mfu", "goodput",
)
#: The efficiency figures of the issue (those whose uncertainty the view and CLI show first).
EFFICIENCY_KEYS: tuple[str, ...] = (
    "peak_eflops_per_mw", "capex_usd_per_pflops", "run_usd_per_1e24_flop", "run_mwh_per_1e24_flop",
    "tokens_per_usd", "tokens_per_mwh", "wall_days",
)
QUANTILES = (0.1, 0.5, 0.9)
#: Samples of a live Monte Carlo run in the window (a few hundred ms per entry).
LIVE_SAMPLES = 2000


@dataclass(frozen=True)
class Column:
    """One evaluated entry."""

    label: str
    source: str  # "preset:colossus-2", a file path, "embedded", "current document"
    scenario: Scenario  # the common workload applied
    evaluated: Evaluated
    uncertain: bool  # the scenario carries uncertain inputs


@dataclass(frozen=True)
class Compared:
    """A comparison's figures. ``values[key]`` is (E,) over the E entries; ``bands[key]`` and
    ``ratio_bands[key]`` are (E, 3): P10, P50, P90 of the figure and of its ratio to the
    reference (None without uncertainty)."""

    name: str
    description: str
    columns: list[Column]
    reference: int
    same_workload: bool
    keys: tuple[str, ...]
    values: dict[str, np.ndarray]
    bands: dict[str, np.ndarray] | None = None
    ratio_bands: dict[str, np.ndarray] | None = None
    samples: int = 0
    seed: int | None = None
    #: (E, samples) draws of each key behind ``bands`` (kept so an unchanged entry's Monte Carlo
    #: run can be reused after an edit of another entry); None without uncertainty.
    draws: dict[str, np.ndarray] | None = None

    @property
    def labels(self) -> list[str]:
        return [c.label for c in self.columns]

    @property
    def unsampled_mfu(self) -> list[str]:
        """Labels of the columns whose MFU the engine predicts and no distribution varies: their
        bands leave out the throughput model's own error (docs/validation.md)."""
        out = []
        for c in self.columns:
            predicted = c.evaluated.results.training.mfu_source[0] < 0.5
            sampled = any(u.path == "workload.mfu" for u in c.scenario.uncertainty.inputs)
            if predicted and not sampled:
                out.append(c.label)
        return out

    def difference(self, key: str) -> np.ndarray:
        """(E,) value − reference value, in the figure's unit."""
        v = self.values[key]
        return v - v[self.reference]

    def ratio(self, key: str) -> np.ndarray:
        """(E,) value / reference value (NaN where the reference is 0 or not finite)."""
        v = self.values[key]
        ref = v[self.reference]
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(np.isfinite(ref) & (ref != 0), v / ref, np.nan)


def _has_uncertainty(scenario: Scenario) -> bool:
    u = getattr(scenario, "uncertainty", None)
    return bool(u is not None and getattr(u, "inputs", None))


def resolve(comp: Comparison, base_dir: str | os.PathLike[str] | None, current: Scenario | None = None,
            catalog: Catalog | None = None) -> list[tuple[str, str, Scenario]]:
    """(label, source, scenario with the common workload) for every entry; ScenarioError naming
    the entry that fails. Reading files only: quick enough for the GUI thread."""
    if not comp.entries:
        raise ScenarioError("has no entries: add at least one scenario", field="entries")
    return [(e.label, e.source_text(), entry_scenario(comp, i, base_dir, current, catalog))
            for i, e in enumerate(comp.entries)]


def evaluate_comparison(comp: Comparison, base_dir: str | os.PathLike[str] | None, current: Scenario | None = None,
                        *, samples: int | None = None, seed: int | None = None, uncertainty: bool = True,
                        progress: Callable[[int, int], None] | None = None,
                        catalog: Catalog | None = None, reuse: Compared | None = None,
                        known: Sequence[Evaluated] = ()) -> Compared:
    """Evaluate every entry of ``comp`` (files relative to ``base_dir``; ``current`` for an entry
    that is the window's document).

    ``samples``/``seed``: of the Monte Carlo run when an entry carries uncertainty (default: the
    reference's, else the first uncertain entry's own ``uncertainty.samples``/``seed``);
    ``uncertainty=False`` skips it. ``progress(done, total)`` counts entries evaluated, then
    samples; it may raise to cancel. ``reuse``: an earlier result (same ``catalog``) whose
    evaluations, and Monte Carlo draws when samples and seed match, are taken for the entries
    whose scenario is equal; ``known``: evaluations (same catalog, default points) taken likewise.
    Raises ScenarioError naming a bad entry."""
    catalog = catalog or load_catalog()
    resolved = resolve(comp, base_dir, current, catalog)
    n = len(resolved)
    earlier = [*known, *(c.evaluated for c in (reuse.columns if reuse is not None else ()))]
    columns: list[Column] = []
    for i, (label, source, scenario) in enumerate(resolved):
        try:
            ev = next((e for e in earlier if e.scenario == scenario), None) or evaluate_scenario(scenario, catalog)
        except ValueError as exc:
            raise ScenarioError(f"({label}) {exc}", field=f"entries[{i}]") from None
        columns.append(Column(label, source, scenario, ev, _has_uncertainty(scenario)))
        if progress is not None:
            progress(i + 1, n)
    values = {k: np.array([float(np.asarray(OUTPUTS[k].get(c.evaluated.results)).reshape(-1)[0]) for c in columns])
              for k in KEYS}
    compared = Compared(comp.name, comp.description, columns, comp.reference,
                        comp.common_workload is not None, KEYS, values)
    if not uncertainty or not any(c.uncertain for c in columns):
        return compared
    return _with_uncertainty(compared, samples, seed, progress, catalog, reuse)


def with_earlier_bands(quick: Compared, earlier: Compared | None) -> Compared:
    """``quick`` (evaluated without uncertainty) with ``earlier``'s P10–P90 bands kept for the
    entries whose scenario did not change, and NaN (shown as "…") for those that did: what the
    window shows at once after an edit while the new bands are computed. Ratio bands are all NaN
    when the reference changed. ``quick`` unchanged when ``earlier`` has no bands or other entries.
    ``draws`` stay None: they never stand for a changed scenario."""
    if earlier is None or earlier.bands is None or len(earlier.columns) != len(quick.columns):
        return quick
    changed = np.array([a.scenario != b.scenario for a, b in zip(quick.columns, earlier.columns)])
    ref_changed = bool(changed[quick.reference]) or quick.reference != earlier.reference
    bands, ratio_bands = {}, {}
    for k in quick.keys:
        b = np.array(earlier.bands[k], dtype=float)
        b[changed] = np.nan
        bands[k] = b
        r = np.array(earlier.ratio_bands[k], dtype=float)
        r[:] = np.nan if ref_changed else r
        r[changed] = np.nan
        ratio_bands[k] = r
    return dataclasses.replace(quick, bands=bands, ratio_bands=ratio_bands, samples=earlier.samples,
                               seed=earlier.seed, draws=None)


def _uncertainty_defaults(compared: Compared) -> tuple[int, int]:
    order = [compared.columns[compared.reference], *compared.columns]
    u = next(c.scenario.uncertainty for c in order if c.uncertain)
    return int(u.samples), int(u.seed)


def _with_uncertainty(compared: Compared, samples: int | None, seed: int | None,
                      progress: Callable[[int, int], None] | None, catalog: Catalog,
                      reuse: Compared | None = None) -> Compared:
    from colossus_desktop.analysis import run_monte_carlo

    own_samples, own_seed = _uncertainty_defaults(compared)
    samples = own_samples if samples is None else int(samples)
    seed = own_seed if seed is None else int(seed)
    uncertain = [i for i, c in enumerate(compared.columns) if c.uncertain]
    draws: dict[str, np.ndarray] = {k: np.empty((len(compared.columns), samples)) for k in compared.keys}
    for k in compared.keys:
        draws[k][:] = compared.values[k][:, None]  # an entry without uncertainty: its value in every sample
    same_run = reuse is not None and reuse.draws is not None and (reuse.samples, reuse.seed) == (samples, seed)
    for j, i in enumerate(uncertain):
        scenario = compared.columns[i].scenario
        old = next((m for m, c in enumerate(reuse.columns) if c.uncertain and c.scenario == scenario), None) \
            if same_run else None
        if old is not None:  # the same scenario, samples and seed: the same draws
            for k in compared.keys:
                draws[k][i] = reuse.draws[k][old]
            continue

        def step(done: int, total: int, j=j) -> None:
            if progress is not None:
                progress(j * samples + done, len(uncertain) * samples)

        mc = run_monte_carlo(scenario, samples=samples, seed=seed, progress=step, catalog=catalog)
        for k in compared.keys:
            draws[k][i] = np.asarray(mc.outputs[k], dtype=float)
    ref = compared.reference
    bands, ratio_bands = {}, {}
    for k, d in draws.items():
        bands[k] = _quantiles(d)
        with np.errstate(divide="ignore", invalid="ignore"):
            r = d / d[ref][None, :]
        r[~np.isfinite(r)] = np.nan
        ratio_bands[k] = _quantiles(r)
    return Compared(compared.name, compared.description, compared.columns, ref, compared.same_workload,
                    compared.keys, compared.values, bands, ratio_bands, samples, seed, draws)


def _quantiles(d: np.ndarray) -> np.ndarray:
    """(E, S) samples → (E, 3) P10, P50, P90, ignoring NaN (all-NaN rows give NaN)."""
    out = np.full((d.shape[0], len(QUANTILES)), np.nan)
    whole = ~np.isnan(d).any(axis=1)
    if whole.any():  # the rows without NaN in one call (a call per row was a quarter of an edit's work)
        out[whole] = np.quantile(d[whole], QUANTILES, axis=1).T
    for i in np.flatnonzero(~whole):
        row = d[i][~np.isnan(d[i])]
        if row.size:
            out[i] = np.quantile(row, QUANTILES)
    return out


def from_sources(sources: list[str], same_workload: int | None = None, reference: int | None = None,
                 catalog: Catalog | None = None) -> tuple[Comparison, str]:
    """A comparison from command-line sources and the folder its files are relative to.

    Each source is ``preset:ID``, a scenario file, or (alone) a comparison file. ``same_workload``:
    the 0-based entry whose workload every entry trains; ``reference``: the 0-based reference
    column (both override a comparison file's). Raises ScenarioError (a bad file or preset) or
    ValueError (a bad index or mix of sources), each naming the source."""
    from colossus_desktop.scenario.comparison import MAX_ENTRIES, Entry, is_comparison_file, load_comparison

    if not sources:
        raise ValueError("give at least one scenario: a FILE or preset:ID")
    comparisons = [s for s in sources if not s.startswith("preset:") and is_comparison_file(s)]
    if comparisons:
        if len(sources) > 1:
            raise ValueError(f"{comparisons[0]} is a comparison file: give it alone, not with other scenarios")
        comp = load_comparison(comparisons[0], catalog)
        base_dir = os.path.dirname(os.path.abspath(comparisons[0]))
    else:
        if len(sources) > MAX_ENTRIES:
            raise ValueError(f"a comparison holds at most {MAX_ENTRIES} scenarios ({len(sources)} given)")
        entries = []
        for s in sources:
            if s.startswith("preset:"):
                entries.append(Entry(label=s.removeprefix("preset:") or s, preset=s.removeprefix("preset:") or s))
            else:
                entries.append(Entry(label=os.path.splitext(os.path.basename(s))[0] or s, file=s))
        comp = Comparison(name="Comparison", entries=entries)
        base_dir = os.getcwd()
    n = len(comp.entries)
    update: dict = {}
    if reference is not None:
        if not 0 <= reference < n:
            raise ValueError(f"--reference {reference} names no scenario (0 to {n - 1}, counted from 0)")
        update["reference"] = reference
    if same_workload is not None:
        if not 0 <= same_workload < n:
            raise ValueError(f"--same-workload {same_workload} names no scenario (0 to {n - 1}, counted from 0)")
        own = entry_scenario(comp.model_copy(update={"common_workload": None}), same_workload, base_dir, None, catalog)
        update["common_workload"] = own.workload
    return (comp.model_copy(update=update) if update else comp), base_dir
