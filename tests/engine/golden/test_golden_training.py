"""Golden scenarios for the training sub-model (engine/training.py), worked by hand.

    FLOPs   = 6 · N_active · D  (8 with full recomputation)
    compute = FLOPs / (n · peak per accelerator · MFU);  running = compute / goodput
    wall    = running / s  (s = served share of the facility demand, 1 without a shortfall)
    GPU-h   = wall · n
    energy  = facility power · share · running,  share = n / (accelerators · (1 − spares))
    cost    = GPU-h · $/GPU-hour / (1 − spares)   (idle spares are paid for by the run)
    CO2     = energy · intensity;  water = energy / PUE · WUE  (IT energy)

Base (tests/engine/golden): 1,024 × 989.4 TFLOP/s BF16 (1,978.8 FP8), MFU 0.5, 10e9 parameters,
1e12 tokens, facility 1.3577 MW, $2.534868 per GPU-hour (test_golden_cost.py), grid 300 kg/MWh,
WUE 0.5 L/kWh, PUE 1.25, no failures (goodput 1) unless stated.
"""

from __future__ import annotations

import pytest

from colossus_desktop.engine import evaluate

from . import FACILITY_MW, USD_PER_GPU_HOUR, golden_inputs

FLOPS = 6 * 10e9 * 1e12  # 6e22


def test_whole_cluster_run():
    r = evaluate(golden_inputs()).training
    assert r.total_flops[0] == pytest.approx(6e22, rel=1e-9)
    compute_s = FLOPS / (1024 * 989.4e12 * 0.5)  # 118,442.996 s
    wall_h = compute_s / 3600  # 32.900832 h
    assert r.achieved_pflops[0] == pytest.approx(506.5728, rel=1e-9)  # 1,024 · 989.4 · 0.5 / 1,000
    assert r.compute_days[0] == pytest.approx(1.3708680, rel=1e-6)
    assert r.wall_days[0] == pytest.approx(1.3708680, rel=1e-6)
    assert r.gpu_hours[0] == pytest.approx(1024 * wall_h, rel=1e-9)  # 33,690.45
    assert r.cost_usd[0] == pytest.approx(1024 * wall_h * USD_PER_GPU_HOUR, rel=1e-9)  # $85,400.84
    assert r.energy_mwh[0] == pytest.approx(1.3577 * wall_h, rel=1e-9)  # 44.6695 MWh
    assert r.co2_tonnes[0] == pytest.approx(1.3577 * wall_h * 0.3, rel=1e-9)  # 13.4008 t
    # water on the IT energy: 44.6695 / 1.25 MWh · 0.5 L/kWh = 17.8678 m³ (not 22.33 on facility energy)
    assert r.water_m3[0] == pytest.approx(1.3577 * wall_h / 1.25 * 0.5, rel=1e-9)
    assert FACILITY_MW == pytest.approx(1.3577, rel=1e-12)


def test_recomputation_is_hardware_flops_and_fp8_halves_the_time():
    # Recomputation never counts as model FLOPs (issue 10's first fault: "8ND" model FLOPs): with a
    # full recomputation layout fixed, model FLOPs stay 6 · N · D without a shape; FP8 doubles the
    # peak and halves the time at the same MFU.
    r = evaluate(golden_inputs(par_recompute=2.0, precision_code=1.0)).training
    assert r.total_flops[0] == pytest.approx(6e22, rel=1e-9) and r.model_flops[0] == pytest.approx(6e22, rel=1e-9)
    assert r.compute_days[0] == pytest.approx(6e22 / (1024 * 1978.8e12 * 0.5) / 86400, rel=1e-9)  # 0.685434


def test_run_on_half_the_cluster_pays_half_its_energy():
    # 512 of 1,024 accelerators: twice the wall time, half the facility power
    r = evaluate(golden_inputs(train_gpus=512.0)).training
    wall_h = FLOPS / (512 * 989.4e12 * 0.5) / 3600  # 65.801664 h
    assert r.wall_days[0] * 24 == pytest.approx(wall_h, rel=1e-9)
    assert r.gpu_hours[0] == pytest.approx(512 * wall_h, rel=1e-9)  # 33,690.45, as on the whole cluster
    # energy = 1.3577 MW · 512/1,024 · 65.801664 h = 44.6695 MWh (89.34 without the share)
    assert r.energy_mwh[0] == pytest.approx(44.669459816, rel=1e-9)


def test_idle_spares_are_charged_to_the_run():
    # 25 % spares: 768 accelerators train; $2.534868 / 0.75 = $3.379824 per training GPU-hour
    r = evaluate(golden_inputs(spare_fraction=0.25))
    assert r.cluster.train_gpus[0] == 768
    t = r.training
    wall_h = FLOPS / (768 * 989.4e12 * 0.5) / 3600  # 43.867776 h
    assert t.gpu_hours[0] == pytest.approx(768 * wall_h, rel=1e-9)  # 33,690.45
    assert t.cost_usd[0] == pytest.approx(768 * wall_h * USD_PER_GPU_HOUR / 0.75, rel=1e-9)  # $113,867.79
    # the run occupies the whole usable cluster and its spares: all 1.3577 MW for 43.87 h
    assert t.energy_mwh[0] == pytest.approx(1.3577 * wall_h, rel=1e-9)  # 59.5593 MWh


def test_rental_rate_replaces_the_own_cost():
    r = evaluate(golden_inputs(rental_usd_per_gpu_hour=2.0, spare_fraction=0.25)).training
    assert r.cost_usd[0] == pytest.approx(2.0 * 33690.45212586753, rel=1e-9)  # GPU-h · $2, no gross-up


def test_failures_stretch_the_wall_clock():
    # M = 10 h and δ = 120 s as in test_golden_reliability.py: goodput 0.9053418
    r = evaluate(golden_inputs(failures_per_gpu_year=8766 / 10240, storage_write_tbps=0.001)).training
    wall_h = FLOPS / (1024 * 989.4e12 * 0.5) / 3600 / 0.9053418049  # 36.340 h
    assert r.goodput[0] == pytest.approx(0.9053418049, rel=1e-9)
    assert r.wall_days[0] * 24 == pytest.approx(wall_h, rel=1e-9)
    assert r.interruptions[0] == pytest.approx(wall_h / 10, rel=1e-9)  # one per 10 h of wall time


def test_power_shortfall_stretches_the_run_not_its_energy():
    # grid 1.0 + turbines 0.2 MW serve s = 1.2 / 1.3577 = 0.883847 of the demand: the site runs
    # at s of its load, so the run takes 1/s longer; rental $2 keeps the rate fixed
    r = evaluate(golden_inputs(grid_mw=1.0, turbines_mw=0.2, rental_usd_per_gpu_hour=2.0)).training
    running_h = FLOPS / (1024 * 989.4e12 * 0.5) / 3600  # 32.900832 h
    wall_h = running_h * 1.3577 / 1.2  # 37.223866 h
    assert r.compute_days[0] * 24 == pytest.approx(running_h, rel=1e-9)  # the ideal time is unchanged
    assert r.wall_days[0] * 24 == pytest.approx(wall_h, rel=1e-9)
    assert r.gpu_hours[0] == pytest.approx(1024 * wall_h, rel=1e-9)  # 38,117.24 occupied GPU-hours
    assert r.cost_usd[0] == pytest.approx(2.0 * 1024 * wall_h, rel=1e-9)  # $76,234.48
    # the same work: 1.3577 MW · 32.900832 h = 1.2 MW served · 37.223866 h = 44.6695 MWh
    assert r.energy_mwh[0] == pytest.approx(1.3577 * running_h, rel=1e-9)
    # at the served mix 333.33 kg/MWh (3,506.4 t / 10,519.2 MWh): 44.6695 / 3 = 14.8898 t
    assert r.co2_tonnes[0] == pytest.approx(1.3577 * running_h * 3506.4 / 10519.2, rel=1e-9)


def test_interruptions_count_running_time_under_a_shortfall():
    # M = 10 h, goodput 0.9053418 as above; s = 0.883847 stretches the wall, not the failures:
    # s of the accelerators run, so each fails 1/s less often over a 1/s longer wall
    r = evaluate(golden_inputs(failures_per_gpu_year=8766 / 10240, storage_write_tbps=0.001,
                               grid_mw=1.0, turbines_mw=0.2)).training
    running_h = FLOPS / (1024 * 989.4e12 * 0.5) / 3600 / 0.9053418049  # 36.340 h
    assert r.wall_days[0] * 24 == pytest.approx(running_h * 1.3577 / 1.2, rel=1e-9)  # 41.116 h
    assert r.interruptions[0] == pytest.approx(running_h / 10, rel=1e-9)  # 3.634
