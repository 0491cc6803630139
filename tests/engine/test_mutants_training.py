"""One training run worked by hand through engine/training.py, killing mutmut's survivors
(docs/validation.md).

The module's equations:

    FLOPs = 6 · N_active · D,  achieved = n · (peak / accelerators) · MFU,  compute = FLOPs / achieved
    wall = compute / goodput,  GPU-h = wall · n
    energy = facility · min(n / (accelerators · (1 − spares)), 1) · wall,  IT energy = energy / PUE
    cost = GPU-h · $/GPU-h / (1 − spares)  (or the rental rate),  CO2 = energy · intensity,
    water = IT energy · WUE,  interruptions = wall / MTBF

Mutant names are mutmut's (``x_training__mutmut_<n>``).
"""

from __future__ import annotations

import numpy as np
import pytest

from colossus_desktop.engine.performance import predict_throughput
from colossus_desktop.engine.training import training

from .factory import float_warnings_raise, make_inputs

NAN = float("nan")
INF = float("inf")

# Row 1 trains on nothing for ever: its GPU-hours are ∞ × 0 (NaN, with numpy's warning).
pytestmark = pytest.mark.filterwarnings("ignore:invalid value encountered in multiply:RuntimeWarning")


def _run(served=(1.0, 1.0, 1.0)):
    # Row 0: 1,000 accelerators at 1 PFLOP/s each, 500 train with MFU 0.5, spares 20 % (usable 800),
    #        1.2e9 active parameters × 1e12 tokens, goodput 0.8, MTBF 2 h, facility 40 MW at
    #        300 kg/MWh, $2/GPU-h, PUE 1.25, WUE 2 L/kWh.
    # Row 1: no accelerators (nothing trains; MTBF infinite).
    # Row 2: one accelerator that trains, no spares, rented at $3/GPU-h.
    inp = make_inputs(
        params_active=1.2e9, tokens=1e12, mfu=0.5, spare_fraction=[0.2, 0.2, 0.0],
        rental_usd_per_gpu_hour=[NAN, NAN, 3.0], pue=1.25, wue_l_per_kwh=2.0,
    )
    comp = {"accelerators": np.array([1000.0, 0.0, 1.0]), "peak_workload_pflops": np.array([1000.0, 0.0, 1.0])}
    rel = {"goodput": np.array([0.8, 0.8, 0.8]), "cluster_mtbf_hours": np.array([2.0, INF, 2.0])}
    pwr = {"facility_mw": np.array([40.0, 40.0, 40.0]), "carbon_kg_per_mwh": np.array([300.0, 300.0, 300.0]),
           "served_fraction": np.array(served)}  # 1: no shortfall, the run is not stretched
    cst = {"usd_per_gpu_hour": np.array([2.0, 2.0, 2.0])}
    perf = predict_throughput(inp, comp, np.array([500.0, 0.0, 1.0]))  # no model shape: MFU as given
    return training(inp, comp, rel, pwr, cst, np.array([500.0, 0.0, 1.0]), perf)


def test_time_and_gpu_hours():
    # Row 0: FLOPs 6 × 1.2e9 × 1e12 = 7.2e21; achieved 500 × 1e15 × 0.5 = 2.5e17 FLOP/s = 250 PFLOP/s;
    # compute 7.2e21 / 2.5e17 = 28,800 s = 1/3 day; wall 28,800 / 0.8 = 36,000 s = 10 h = 5/12 day;
    # 5,000 GPU-hours. Row 1: nothing runs (0 PFLOP/s, not NaN). Row 2: 1e15 × 0.5 = 0.5 PFLOP/s.
    # Kills x_training__mutmut_26 (accelerators ≥ 0: 0/0), _27 (> 1), _32 and _144 (1e15 + 1: the
    # values below are exact in binary), _59 (compute × goodput), _143, _150.
    out = _run()
    assert out["total_flops"][0] == 7.2e21
    assert out["achieved_pflops"].tolist() == [250.0, 0.0, 0.5]
    np.testing.assert_allclose(out["compute_days"][0], 1 / 3, rtol=1e-12)
    np.testing.assert_allclose(out["wall_days"][[0, 1]], [5 / 12, INF], rtol=1e-12)
    np.testing.assert_allclose(out["gpu_hours"][0], 5000.0, rtol=1e-12)


def test_energy_cost_carbon_water_and_interruptions():
    # Row 0: share 500 / (1,000 × 0.8) = 0.625; energy 40 × 0.625 × 10 = 250 MWh; IT 250 / 1.25 =
    # 200 MWh; water 200 × 2 = 400 m³; CO2 250 × 300 / 1e3 = 75 t; cost 5,000 × 2 / 0.8 = $12,500
    # (spares grossed up); 10 h / 2 h = 5 interruptions.
    # Row 1: no usable accelerators, so share 0 (not 1, not None): 40 × 0 × ∞ = NaN; no failures, so
    # 0 interruptions. Row 2: share 1/1; 0.5 PFLOP/s → 7.2e21 / 5e14 / 0.8 / 3,600 = 5,000 h;
    # energy 40 × 1 × 5,000 = 200,000 MWh; rented: 5,000 GPU-h × $3 = $15,000; 2,500 interruptions.
    # Kills x_training__mutmut_65, _66, _67 (usable), _77, _79, _84, _89, _91 (share), _93, _94,
    # _98, _101, _102 (own rate), _104 (rental), _112 (water on facility energy), _121 … _134,
    # _160, _161, _164, _167.
    out = _run()
    np.testing.assert_allclose(out["energy_mwh"], [250.0, NAN, 200000.0], rtol=1e-12)
    np.testing.assert_allclose(out["water_m3"][0], 400.0, rtol=1e-12)
    np.testing.assert_allclose(out["co2_tonnes"][0], 75.0, rtol=1e-12)
    np.testing.assert_allclose(out["cost_usd"][[0, 2]], [12500.0, 15000.0], rtol=1e-12)
    np.testing.assert_allclose(out["interruptions"], [5.0, 0.0, 2500.0], rtol=1e-12)


def test_a_shortfall_stretches_the_run_but_not_its_work():
    # wall = running / s. Row 0 without supply (s = 0): the run never ends (∞, not NaN), so its
    # GPU-hours and cost are ∞; its energy stays 250 MWh and its interruptions 5 (those of the
    # 10 h of running). Row 2 at half supply (s = 0.5): 5,000 h of running take 10,000 h, 10,000
    # GPU-hours × $3 = $30,000; energy 200,000 MWh and 2,500 interruptions as unstretched.
    # The divisions by zero (running / 0, 0 peak / 0 accelerators, 0 GPUs / 0 usable, ∞ h / ∞ h
    # of row 1) stay inside np.errstate: no "… encountered in divide" warning (row 1's ∞ × 0
    # GPU-hours is a multiply, outside them).
    # Kills x_training__mutmut_11 … _14, _84, _86, _129, _131 (divide= / invalid="ignore" lost).
    with float_warnings_raise("divide"):
        out = _run(served=(0.0, 1.0, 0.5))
    np.testing.assert_allclose(out["wall_days"], [INF, INF, 10000.0 / 24.0], rtol=1e-12)
    np.testing.assert_allclose(out["gpu_hours"][[0, 2]], [INF, 10000.0], rtol=1e-12)
    np.testing.assert_allclose(out["cost_usd"][[0, 2]], [INF, 30000.0], rtol=1e-12)
    np.testing.assert_allclose(out["energy_mwh"][[0, 2]], [250.0, 200000.0], rtol=1e-12)
    np.testing.assert_allclose(out["interruptions"], [5.0, 0.0, 2500.0], rtol=1e-12)
