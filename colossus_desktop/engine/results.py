"""The engine's results: arrays with one row per scenario, grouped by sub-model.

Shapes: ``(N,)`` unless stated; ``(N, T)`` for per-tier counts, ``(N, M)`` for the monthly
build-out (months in ``buildout.months``), ``(N, Y)`` for the yearly cost series (year 1 … Y;
years past a scenario's horizon are zero). ``to_dict(i)`` gives scenario ``i`` as plain JSON
data, the form the CLI prints.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass

import numpy as np

CAPEX_CATEGORIES = ("accelerators", "servers", "network", "storage", "facility", "power_plant")
OPEX_CATEGORIES = ("energy", "maintenance", "staff")

# The results classes hold arrays: no generated == (two of them would compare as arrays, not
# as True or False) and no generated repr (dozens of arrays). dataclasses writes each of those
# methods as source and compiles it when the module is imported, a cost paid at every start-up
# (docs/performance.md, "Start-up, sixth pass").
_ARRAYS = {"frozen": True, "eq": False, "repr": False}


@dataclass(**_ARRAYS)
class ClusterResults:
    accelerators: np.ndarray  # installed accelerators, all pools
    train_gpus: np.ndarray  # accelerators the training run uses
    peak_bf16_pflops: np.ndarray
    peak_fp8_pflops: np.ndarray
    peak_fp4_pflops: np.ndarray
    peak_workload_pflops: np.ndarray  # dense peak at the run's precision (BF16, FP8 or FP4)
    hbm_tb: np.ndarray
    h100_equivalents: np.ndarray  # dense BF16 peak / H100 SXM's 989.4 TFLOP/s
    nodes: np.ndarray
    racks: np.ndarray
    network_tiers: np.ndarray  # tiers inside a pod plus the core's above pods
    pods: np.ndarray  # scale-out pods (per plane); one: no core layer
    switches: np.ndarray  # all of them: pods, core and front-end, every plane
    switches_by_tier: np.ndarray  # (N, 4): the pods' leaf, tier 2, tier 3, tier 4
    core_switches: np.ndarray  # above the pods, with the pods' extra top-tier switches for up-links
    frontend_switches: np.ndarray
    links: np.ndarray  # cables: accelerator-to-leaf, switch-to-switch, front-end
    optical_transceivers: np.ndarray
    copper_cables: np.ndarray  # DAC/ACC: accelerator-to-leaf links not on optics, front-end node links
    fabric_over_capacity: np.ndarray  # 1.0: more endpoints than four tiers of the switch connect
    port_over_switch_speed: np.ndarray  # 1.0: a NIC port faster than the switch's native ports


@dataclass(**_ARRAYS)
class PowerResults:
    accelerators_mw: np.ndarray  # average draw of the accelerators
    hosts_mw: np.ndarray  # CPUs, memory, NICs, fans, PSU losses of the servers
    network_mw: np.ndarray  # switches and optics
    storage_mw: np.ndarray
    it_mw: np.ndarray  # average IT power
    it_peak_mw: np.ndarray  # IT power at nameplate (utilisation 1)
    cooling_overhead_mw: np.ndarray  # (PUE - 1) x IT, average
    facility_mw: np.ndarray  # average facility power = IT x PUE
    facility_peak_mw: np.ndarray
    grid_supply_mw: np.ndarray  # average power drawn from the grid
    turbine_supply_mw: np.ndarray  # average power generated on site
    shortfall_mw: np.ndarray  # unserved: average demand that grid + turbines cannot serve
    served_fraction: np.ndarray  # (grid + turbines served) / facility demand; the run slows to it
    peak_shortfall_mw: np.ndarray  # peak demand beyond grid + turbines + batteries
    annual_energy_gwh: np.ndarray  # energy served per year (facility): grid + turbines
    grid_energy_gwh: np.ndarray  # <= grid_mw x 8,766 h
    turbine_energy_gwh: np.ndarray  # <= turbines_mw x 8,766 h
    annual_unserved_mwh: np.ndarray  # demand nobody serves per year (not bought, not emitted)
    carbon_kg_per_mwh: np.ndarray  # effective intensity of the served energy
    annual_co2_tonnes: np.ndarray
    annual_water_m3: np.ndarray
    rack_kw: np.ndarray  # average nameplate IT power per rack


@dataclass(**_ARRAYS)
class CostResults:
    capex_usd: np.ndarray
    capex_breakdown_usd: dict[str, np.ndarray]  # CAPEX_CATEGORIES
    network_capex_breakdown_usd: dict[str, np.ndarray]  # switches, optics, copper
    opex_usd_per_year: np.ndarray
    opex_breakdown_usd_per_year: dict[str, np.ndarray]  # OPEX_CATEGORIES
    annualized_capex_usd: np.ndarray  # capital recovery: depreciation plus cost of capital
    usd_per_gpu_hour: np.ndarray  # per installed GPU-hour
    usd_per_used_gpu_hour: np.ndarray  # per GPU-hour doing useful work
    gpu_hours_used_fraction: np.ndarray  # used share: the input, capped at the served power share
    tco_usd: np.ndarray  # capex + opex over the horizon (undiscounted)
    horizon_years: np.ndarray  # years of the horizon; the yearly series are zero past it
    yearly_depreciation_usd: np.ndarray  # (N, Y)
    yearly_capital_cost_usd: np.ndarray  # (N, Y): interest on the undepreciated balance
    yearly_energy_usd: np.ndarray  # (N, Y)
    yearly_maintenance_usd: np.ndarray  # (N, Y)
    yearly_staff_usd: np.ndarray  # (N, Y)


@dataclass(**_ARRAYS)
class ReliabilityResults:
    cluster_mtbf_hours: np.ndarray  # mean time between job interruptions for the training job
    interruptions_per_day: np.ndarray
    checkpoint_bytes: np.ndarray
    checkpoint_write_s: np.ndarray
    checkpoint_interval_s: np.ndarray
    checkpoint_overhead: np.ndarray  # share of time spent writing checkpoints
    failure_overhead: np.ndarray  # share of time lost to rework and restarts
    goodput: np.ndarray  # useful training time / elapsed time
    goodput_collapse: np.ndarray  # bool: goodput below 50 % or the first-order model breaks down


@dataclass(**_ARRAYS)
class TrainingResults:
    tokens: np.ndarray  # D: the tokens the run trains on
    total_flops: np.ndarray  # 6 · N_active · D (the scaling-law convention; no attention)
    model_flops: np.ndarray  # 6 · N_active · D plus attention (PaLM, appendix B); no recomputation
    hardware_flops: np.ndarray  # model FLOPs plus what the layout's recomputation repeats
    mfu: np.ndarray  # the one used: the scenario's, or predicted when it gives none
    mfu_source: np.ndarray  # 1.0 = the scenario's input, 0.0 = predicted (to_dict: "input" / "predicted")
    mfu_predicted: np.ndarray  # NaN without a model shape or a layout that fits
    tflops_per_gpu: np.ndarray  # model TFLOP/s per accelerator of the run
    hardware_tflops_per_gpu: np.ndarray  # with recomputation (as Megatron-LM and BLOOM report throughput)
    tflops_per_gpu_6nd: np.ndarray  # 6·N_active per token only (as GPU-hour-derived rates are quoted)
    step_time_s: np.ndarray  # one optimizer step of the best layout (NaN: no shape)
    tokens_per_step: np.ndarray
    layout: dict[str, np.ndarray]  # tp, pp, dp, ep, cp, vpp, micro_batch_size, recompute (0/1/2), zero_stage
    step_breakdown_s: dict[str, np.ndarray]  # compute, recompute, tp, bubble, dp, ep, cp (exposed seconds)
    memory_gb_per_gpu: np.ndarray  # model states + activations on the heaviest stage (the leanest layout's when none fits)
    memory_states_gb_per_gpu: np.ndarray
    memory_activations_gb_per_gpu: np.ndarray
    hbm_gb_per_gpu: np.ndarray
    fits: np.ndarray  # bool: some layout fits in memory (True when the shape is unknown)
    layout_valid: np.ndarray  # bool: some layout divides the accelerators, heads, layers and batch as fixed
    tp_outside_domain: np.ndarray  # the fixed TP when it exceeds or straddles the NVLink domain or splits no heads, else NaN
    layout_gpus_needed: np.ndarray  # a fixed layout's accelerators when more than the run has (else NaN)
    scaleup_domain: np.ndarray  # accelerators per NVLink-class domain of the run
    gpus_used: np.ndarray  # tp · pp · dp · cp of the chosen layout (NaN without a shape)
    alternatives_step_time_s: np.ndarray  # (N, 4): the best layout and the next three
    alternatives_breakdown_s: dict[str, np.ndarray]  # (N, 4) each, as step_breakdown_s
    alternatives_layout: dict[str, np.ndarray]  # (N, 4) each
    goodput: np.ndarray
    achieved_pflops: np.ndarray  # useful model PFLOP/s while running
    compute_days: np.ndarray  # wall-clock without failures or checkpoints
    wall_days: np.ndarray
    gpu_hours: np.ndarray
    energy_mwh: np.ndarray  # facility energy of the run
    cost_usd: np.ndarray
    co2_tonnes: np.ndarray
    water_m3: np.ndarray
    interruptions: np.ndarray


@dataclass(**_ARRAYS)
class BuildoutResults:
    months: np.ndarray  # (M,) month indices since 1970-01
    installed_accelerators: np.ndarray  # (N, M)
    it_mw: np.ndarray  # (N, M) average IT power
    facility_mw: np.ndarray  # (N, M)
    cumulative_capex_usd: np.ndarray  # (N, M)


#: A shortfall smaller than this (MW) is rounding, not a finding worth a warning.
SHORTFALL_MW_MIN = 0.5


@dataclass(frozen=True)
class Flag:
    """A finding the engine reports: a stable ``code`` and the ``figures`` it rests on (units in
    the keys, e.g. ``{"shortfall_mw": 120.0}``); ``results`` names the results concerned, as
    ``section.field`` (``non_finite`` only)."""

    code: str
    figures: dict[str, float]
    results: tuple[str, ...] = ()


#: Flags that say the run cannot start or never ends: its duration, GPU-hours, cost, energy and
#: emissions are then infinite or undefined, and that is the reason given.
RUN_STOPPERS = frozenset({"tp_outside_domain", "layout_needs_more_gpus", "no_valid_layout", "no_layout_fits",
                          "no_mfu", "goodput_collapse", "power_shortfall"})
#: Results every valid scenario has as finite numbers (``section.field``).
ALWAYS_FINITE = ("cluster.accelerators", "cluster.train_gpus", "cost.capex_usd", "cost.opex_usd_per_year",
                 "cost.tco_usd", "cost.usd_per_gpu_hour", "power.it_mw",
                 "power.facility_mw", "power.annual_energy_gwh", "power.annual_co2_tonnes", "power.annual_water_m3")
#: The run's results (and the cost per used GPU-hour, which no power serves): finite unless a
#: flag of RUN_STOPPERS says why not.
RUN_RESULTS = ("training.wall_days", "training.gpu_hours", "training.cost_usd", "training.energy_mwh",
               "training.co2_tonnes", "cost.usd_per_used_gpu_hour")


@dataclass(**_ARRAYS)
class Results:
    cluster: ClusterResults
    power: PowerResults
    cost: CostResults
    reliability: ReliabilityResults
    training: TrainingResults
    buildout: BuildoutResults

    @property
    def n(self) -> int:
        return int(self.cluster.accelerators.shape[0])

    def take(self, rows) -> Results:
        """The results of scenarios ``rows`` (indices into the N rows, in that order): every
        per-scenario array, ``(N,)`` or ``(N, …)``, and every dict of them keeps those rows;
        ``buildout.months``, the shared month axis, is kept whole. Raises ``IndexError`` for a
        row outside ``0 … N-1``."""
        idx = np.asarray(rows, dtype=np.intp).reshape(-1)
        n = self.n

        def one(value):
            if isinstance(value, dict):
                return {k: one(v) for k, v in value.items()}
            if isinstance(value, np.ndarray) and value.ndim >= 1 and value.shape[0] == n:
                return value[idx]
            return value

        sections = {}
        for f in fields(self):
            section = getattr(self, f.name)
            sections[f.name] = type(section)(**{g.name: (getattr(section, g.name) if (f.name, g.name) == ("buildout", "months")
                                                          else one(getattr(section, g.name))) for g in fields(section)})
        return Results(**sections)

    def flags(self, i: int = 0) -> list[Flag]:
        """What scenario ``i`` should warn about, as codes and figures (no words: those live in
        :mod:`colossus_desktop.messages`, shared by the window, the reports and the CLI).

        * ``goodput_collapse`` (``goodput``, a fraction): goodput below the reliability model's
          ``COLLAPSE_BELOW``;
        * ``power_shortfall`` (``shortfall_mw``, ``served_fraction``): average demand that grid
          and turbines do not cover, when over 0.5 MW, and the served share the site (and the
          run's pace) is throttled to;
        * ``peak_shortfall`` (``peak_shortfall_mw``): otherwise, peak demand beyond grid,
          turbines and batteries, when over 0.5 MW;
        * ``fabric_over_capacity`` (``radix``): a pod or the core has more endpoints than four
          tiers of the switch connect, so the network is extrapolated, not buildable;
        * ``port_over_switch_speed`` (``radix``): a NIC port is faster than the switch's ports;
        * ``no_layout_fits`` (``memory_gb_per_gpu``, ``hbm_gb_per_gpu``): the model does not fit
          the accelerators in any layout (the least memory found, and the HBM);
        * ``tp_outside_domain`` (``tp``, ``domain``): the fixed tensor parallelism exceeds the
          NVLink domain, straddles two of them, or does not divide the attention heads;
        * ``layout_needs_more_gpus`` (``needed``, ``train_gpus``): the fixed degrees multiply to
          more accelerators than the run has;
        * ``idle_accelerators`` (``used``, ``train_gpus``): the chosen layout leaves over 1 % of
          the run's accelerators idle (they are still paid for);
        * ``no_valid_layout`` (``train_gpus``): no layout matches the fixed parallelism, the
          accelerators, the heads, the layers and the batch (before memory is even checked);
        * ``no_mfu`` (no figures): neither an MFU nor a complete model shape to predict one;
        * ``non_finite`` (``count``; ``Flag.results`` names them): results that came out infinite
          or undefined with no flag above to say why (inputs beyond what the model computes in
          floating point). Always last; the reason for every non-finite headline result.
        """
        out = []
        t = self.training
        if np.isfinite(t.tp_outside_domain[i]):
            out.append(Flag("tp_outside_domain", {"tp": float(t.tp_outside_domain[i]),
                                                  "domain": float(t.scaleup_domain[i])}))
        elif np.isfinite(t.layout_gpus_needed[i]):
            out.append(Flag("layout_needs_more_gpus", {"needed": float(t.layout_gpus_needed[i]),
                                                       "train_gpus": float(self.cluster.train_gpus[i])}))
        elif not bool(t.layout_valid[i]):
            out.append(Flag("no_valid_layout", {"train_gpus": float(self.cluster.train_gpus[i])}))
        elif not bool(t.fits[i]):
            out.append(Flag("no_layout_fits", {"memory_gb_per_gpu": float(t.memory_gb_per_gpu[i]),
                                               "hbm_gb_per_gpu": float(t.hbm_gb_per_gpu[i])}))
        elif not np.isfinite(t.mfu[i]):
            out.append(Flag("no_mfu", {}))
        elif np.isfinite(t.gpus_used[i]) and t.gpus_used[i] < 0.99 * self.cluster.train_gpus[i]:
            out.append(Flag("idle_accelerators", {"used": float(t.gpus_used[i]),
                                                  "train_gpus": float(self.cluster.train_gpus[i])}))
        if bool(self.reliability.goodput_collapse[i]):
            out.append(Flag("goodput_collapse", {"goodput": float(self.reliability.goodput[i])}))
        if self.power.shortfall_mw[i] > SHORTFALL_MW_MIN:
            out.append(Flag("power_shortfall", {"shortfall_mw": float(self.power.shortfall_mw[i]),
                                                "served_fraction": float(self.power.served_fraction[i])}))
        elif self.power.peak_shortfall_mw[i] > SHORTFALL_MW_MIN:
            out.append(Flag("peak_shortfall", {"peak_shortfall_mw": float(self.power.peak_shortfall_mw[i])}))
        c = self.cluster
        if c.fabric_over_capacity[i] > 0.5:
            out.append(Flag("fabric_over_capacity", {"switches": float(c.switches[i])}))
        if c.port_over_switch_speed[i] > 0.5:
            out.append(Flag("port_over_switch_speed", {"switches": float(c.switches[i])}))
        checked = ALWAYS_FINITE if any(f.code in RUN_STOPPERS for f in out) else ALWAYS_FINITE + RUN_RESULTS
        bad = tuple(name for name in checked if not np.isfinite(self._value(name, i)))
        if bad:
            out.append(Flag("non_finite", {"count": float(len(bad))}, bad))
        return out

    def _value(self, name: str, i: int) -> float:
        section, field = name.split(".")
        return float(getattr(getattr(self, section), field)[i])

    def to_dict(self, i: int = 0) -> dict:
        """Scenario ``i`` as JSON-ready nested dicts (time series as lists)."""
        return {f.name: _section_dict(getattr(self, f.name), i) for f in fields(self)}


def _section_dict(section, i: int) -> dict:
    out = {}
    for f in fields(section):
        v = getattr(section, f.name)
        if f.name == "months":
            out[f.name] = [_month_label(int(m)) for m in v]
        elif f.name == "layout":
            out[f.name] = _layout_dict(v, i)
        elif isinstance(v, dict):
            out[f.name] = {k: (_scalar(a[i]) if np.ndim(a) == 1 else [_scalar(x) for x in np.asarray(a)[i]])
                           for k, a in v.items()}
        elif f.name == "mfu_source":
            out[f.name] = "input" if v[i] > 0.5 else "predicted"
        elif f.name.startswith("yearly_"):
            years = int(section.horizon_years[i])
            out[f.name] = [_scalar(x) for x in np.asarray(v)[i, :years]]
        else:
            a = np.asarray(v)
            out[f.name] = _scalar(a[i]) if a.ndim == 1 else [_scalar(x) for x in a[i]]
    return out


RECOMPUTE_NAMES = ("none", "selective", "full")


def _layout_dict(layout: dict, i: int) -> dict | None:
    """A layout as JSON: whole numbers, recompute by name; None without a model shape."""
    if not np.isfinite(layout["tp"][i]):
        return None
    return {k: (RECOMPUTE_NAMES[int(v[i])] if k == "recompute" else int(v[i])) for k, v in layout.items()}


def _scalar(x):
    x = np.asarray(x).item()
    if isinstance(x, bool):
        return x
    if isinstance(x, float) and not np.isfinite(x):
        return None
    return x


def _month_label(m: int) -> str:
    return f"{1970 + m // 12:04d}-{m % 12 + 1:02d}"


def month_index(label: str) -> int:
    """``"2024-07"`` → months since 1970-01."""
    year, month = label.split("-")
    return (int(year) - 1970) * 12 + int(month) - 1


assert is_dataclass(Results)
