"""Scenario → engine inputs: catalog look-ups, custom accelerators, units."""

from __future__ import annotations

import math

import numpy as np
import pytest

from colossus_desktop.engine import evaluate
from colossus_desktop.engine.catalog import load_catalog
from colossus_desktop.scenario import ScenarioError, load_preset, to_inputs
from colossus_desktop.scenario.model import CustomAccelerator, Pool


def test_custom_accelerator_equals_its_catalog_twin():
    catalog = load_catalog()
    h100 = catalog.accelerator("h100-sxm")
    scenario = load_preset("llama-3-405b")
    twin = scenario.model_copy(deep=True)
    custom = CustomAccelerator(
        name="My H100",
        bf16_tflops=h100.value("bf16_tflops"),
        fp8_tflops=h100.value("fp8_tflops"),
        fp4_tflops=h100.value("fp4_tflops"),
        hbm_gb=h100.value("hbm_gb"),
        hbm_tbps=h100.value("hbm_tbps"),
        tdp_w=h100.value("tdp_w"),
        scaleup_gb_per_s=h100.value("scaleup_gb_per_s"),
        scaleup_domain=h100.value("scaleup_domain"),
        price_usd=h100.value("price_usd"),
        price_basis=h100.value("price_basis"),
        scaleout_gbps=h100.value("scaleout_gbps"),
        system_power_factor=h100.value("system_power_factor"),
    )
    twin.pools[0] = Pool.model_validate({**twin.pools[0].model_dump(), "accelerator": None, "custom": custom.model_dump()})
    a = evaluate(to_inputs(scenario)).to_dict(0)
    b = evaluate(to_inputs(twin)).to_dict(0)
    assert a == b


def test_a_custom_chip_changes_the_results():
    scenario = load_preset("deepseek-v3")
    fast = scenario.model_copy(deep=True)
    custom = CustomAccelerator(
        name="Twice an H800", bf16_tflops=1978.8, fp8_tflops=3957.8, hbm_gb=80, hbm_tbps=3.35, tdp_w=700,
        scaleup_gb_per_s=400, scaleup_domain=8, price_usd=30000, system_power_factor=1.82,
    )
    fast.pools[0] = Pool.model_validate({**fast.pools[0].model_dump(), "accelerator": None, "custom": custom.model_dump()})
    for s in (scenario, fast):  # at a given MFU, twice the peak halves the compute time
        s.workload.mfu = 0.2
    base = evaluate(to_inputs(scenario)).training.compute_days[0]
    quicker = evaluate(to_inputs(fast)).training.compute_days[0]
    assert quicker == pytest.approx(base / 2, rel=1e-9)


def test_units_and_auto_values():
    scenario = load_preset("deepseek-v3")
    inputs = to_inputs(scenario)
    assert inputs.params_active[0] == 37e9 and inputs.tokens[0] == 14.8e12
    assert inputs.precision_code[0] == 1  # fp8
    assert math.isnan(inputs.checkpoint_interval_s[0])  # auto: Young–Daly
    assert inputs.pool_arrival_month.shape == (1, len(scenario.pools))


def test_unknown_switch_names_the_field():
    scenario = load_preset("deepseek-v3").model_copy(deep=True)
    scenario.network.switch = "cisco-9000"
    with pytest.raises(ScenarioError) as err:
        to_inputs(scenario)
    assert err.value.field == "network.switch" and "cisco-9000" in str(err.value)


def test_price_override_per_pool():
    scenario = load_preset("deepseek-v3").model_copy(deep=True)
    scenario.pools[0].price_usd = 10_000
    r = evaluate(to_inputs(scenario))
    assert r.cost.capex_breakdown_usd["accelerators"][0] == pytest.approx(2048 * 10_000)
    assert np.all(np.isfinite(r.training.wall_days))
