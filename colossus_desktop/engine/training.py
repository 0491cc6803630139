"""Training: FLOPs, wall-clock, GPU-hours, energy, cost, CO2 and water of one run.

    model FLOPs = (6 · N_active + attention) · D     PaLM appendix B (engine/performance/shape.py);
                                                      6 · N_active · D without a model shape
    MFU         = the scenario's, or predicted for the best layout (engine/performance)
    compute     = model FLOPs / (n · peak_x · MFU)   peak_x: dense peak per accelerator at the
                                                      run's precision, averaged over the pools

Recomputation adds hardware FLOPs, never model FLOPs (MFU, not HFU). A model that fits no
layout cannot be trained: its run has no end (compute = ∞, and a flag says why).
    running = compute / goodput                    (reliability model)
    wall    = running / s                          s = served share of the facility demand
    GPU-h   = wall · n

For a mixture of experts N_active is the parameters active per token (DeepSeek-V3: 37B of
671B). A power shortfall (engine/power.py) throttles the site evenly to the served share s:
the run advances at s of its rate, so its wall-clock (and the GPU-hours it occupies, hence
its cost) stretches by 1/s = demand / served, while the work, and so its energy, carbon and
interruptions, are those of the running time (our assumption, stated in engine/power.py).

    energy  = facility · share · running  (= served power · share · wall)
    share   = n / (accelerators · (1 − spares))   the run's accelerators plus their spares

CO2 uses the effective intensity of the served grid and turbine energy, water the WUE per kWh
of IT energy. Cost is GPU-hours times the cluster's own cost per installed GPU-hour (grossed
up for idle spares), or a rental rate when given; interruptions = running / job MTBF.

Checks against published runs (tests/engine/test_published.py): Llama 3 405B 3.8e25 FLOPs;
DeepSeek-V3 2.788M H800-hours; Megatron-LM's GPT-3 (34 days) and 1T (84 days) projections.
"""

from __future__ import annotations

import numpy as np

from .inputs import Inputs
from .performance import LAYOUT_KEYS, TERMS
from .performance.shape import hardware_flops_per_token
from .units import SECONDS_PER_DAY, SECONDS_PER_HOUR

RESULT_LAYOUT_NAMES = {"mbs": "micro_batch_size", "zero": "zero_stage"}


def params_active(inp: Inputs, sh: dict) -> np.ndarray:
    """Parameters a token uses: the scenario's figure, else the shape's (a MoE's experts × top-k),
    else all of them."""
    from_shape = np.where(sh["complete"] > 0.5, sh["params_active"], inp.params_total)
    return np.where(np.isnan(inp.params_active), from_shape, inp.params_active)


def training(inp: Inputs, comp: dict, rel: dict, pwr: dict, cst: dict, train_gpus: np.ndarray, perf: dict) -> dict:
    """The run's figures, a dict of (N,) arrays named as
    :class:`~colossus_desktop.engine.results.TrainingResults`, from the compute, reliability,
    power, cost and performance dicts and the accelerators it trains on (N,)."""
    sh = perf["shape"]
    complete = perf["complete"]
    active = params_active(inp, sh)
    total_flops = 6.0 * active * inp.tokens
    model_flops = np.where(complete, sh["flops_per_token_model"] * inp.tokens, total_flops)
    rc = np.nan_to_num(perf["layout"]["recompute"], nan=0.0)
    hardware_flops = np.where(complete, hardware_flops_per_token(sh, rc) * inp.tokens, model_flops)
    given = ~np.isnan(inp.mfu)
    mfu = np.where(given, inp.mfu, perf["mfu_predicted"])
    accelerators = comp["accelerators"]
    with np.errstate(divide="ignore", invalid="ignore"):
        peak_per_gpu = np.where(accelerators > 0, comp["peak_workload_pflops"] * 1e15 / accelerators, 0.0)
        achieved = train_gpus * peak_per_gpu * np.nan_to_num(mfu, nan=0.0)  # useful FLOP/s while running
        achieved = np.where(perf["fits"], achieved, 0.0)  # no layout fits: the run cannot start
        compute_s = np.where(achieved > 0, model_flops / achieved, np.inf)
        goodput = rel["goodput"]
        running_s = np.where(goodput > 0, compute_s / goodput, np.inf)
        served = pwr["served_fraction"]
        wall_s = np.where(served > 0, running_s / served, np.inf)
    running_h = running_s / SECONDS_PER_HOUR
    wall_h = wall_s / SECONDS_PER_HOUR
    gpu_hours = wall_h * train_gpus
    usable = accelerators * (1.0 - inp.spare_fraction)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(usable > 0, np.minimum(train_gpus / usable, 1.0), 0.0)
        energy_mwh = pwr["facility_mw"] * share * running_h
        own_rate = cst["usd_per_gpu_hour"] / (1.0 - inp.spare_fraction)
    rate = np.where(np.isnan(inp.rental_usd_per_gpu_hour), own_rate, inp.rental_usd_per_gpu_hour)
    it_mwh = energy_mwh / inp.pue
    with np.errstate(divide="ignore", invalid="ignore"):
        interruptions = np.where(np.isfinite(rel["cluster_mtbf_hours"]), running_h / rel["cluster_mtbf_hours"], 0.0)
    top = perf["top"]
    with np.errstate(divide="ignore", invalid="ignore"):
        # a given MFU sets the step time too (the breakdown stays the predicted one)
        per_step = sh["flops_per_token_model"] * perf["tokens_per_step"]
        step_time = np.where(given & complete, per_step / (train_gpus * peak_per_gpu * mfu), perf["step_time_s"])
    step_time = np.where(perf["fits"], step_time, np.nan)  # a layout that does not fit has no step
    return {
        "tokens": inp.tokens,
        "total_flops": total_flops,
        "model_flops": model_flops,
        "hardware_flops": hardware_flops,
        "mfu": mfu,
        "mfu_source": given.astype(float),
        "mfu_predicted": perf["mfu_predicted"],
        "tflops_per_gpu": peak_per_gpu * mfu / 1e12,
        "hardware_tflops_per_gpu": peak_per_gpu * mfu / 1e12 * hardware_flops / model_flops,
        "tflops_per_gpu_6nd": peak_per_gpu * mfu / 1e12 * total_flops / model_flops,
        "step_time_s": step_time,
        "tokens_per_step": perf["tokens_per_step"],
        "layout": {RESULT_LAYOUT_NAMES.get(k, k): perf["layout"][k] for k in LAYOUT_KEYS},
        "step_breakdown_s": {k[:-2]: perf["terms"][k] for k in TERMS},
        "memory_gb_per_gpu": np.where(perf["fits"], perf["memory_gb_per_gpu"], perf["memory_min_gb_per_gpu"]),
        "memory_states_gb_per_gpu": perf["memory_states_gb_per_gpu"],
        "memory_activations_gb_per_gpu": perf["memory_activations_gb_per_gpu"],
        "hbm_gb_per_gpu": perf["hbm_gb_per_gpu"],
        "fits": perf["fits"],
        "layout_valid": perf["valid"],
        "tp_outside_domain": perf["tp_outside_domain"],
        "layout_gpus_needed": perf["layout_gpus_needed"],
        "scaleup_domain": perf["scaleup_domain"],
        "gpus_used": perf["gpus_used"],
        "alternatives_step_time_s": top["step_time_s"],
        "alternatives_breakdown_s": {k[:-2]: top[k] for k in TERMS},
        "alternatives_layout": {RESULT_LAYOUT_NAMES.get(k, k): top[k] for k in LAYOUT_KEYS},
        "goodput": goodput,
        "achieved_pflops": achieved / 1e15,
        "compute_days": compute_s / SECONDS_PER_DAY,
        "wall_days": wall_s / SECONDS_PER_DAY,
        "gpu_hours": gpu_hours,
        "energy_mwh": energy_mwh,
        "cost_usd": gpu_hours * rate,
        "co2_tonnes": energy_mwh * pwr["carbon_kg_per_mwh"] / 1e3,
        "water_m3": it_mwh * inp.wue_l_per_kwh,
        "interruptions": interruptions,
    }
