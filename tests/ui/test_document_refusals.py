"""Issue 12 through the document API (what every form edit goes through): inf, NaN, a count
the form cannot hold and a megabyte of text are refused in the loader's words, the bad value
never echoed, and the document is unchanged."""

from __future__ import annotations

import math

import pytest

from colossus_desktop.scenario.files import dumps_scenario
from colossus_desktop.ui.document import Document

from .scenario_data import sample_scenario


@pytest.fixture
def doc(qapp):
    return Document(sample_scenario())


CASES = [
    ("power.grid_mw", math.inf, "Must be a finite number"),
    ("power.grid_mw", -math.inf, "Must be a finite number"),
    ("facility.pue", math.nan, "Must be a finite number"),
    ("workload.checkpoint_gb", math.inf, 'Must be a finite number or "auto"'),
    ("pools[0].count", 2**63, "Must be <= 100,000,000"),
    ("pools[0].count", 10**5000, "Must be <= 100,000,000"),
    ("workload.gpus", 2**31, "Must be <= 100,000,000"),
    ("workload.mfu", 5e-324, "Must be >= 0.001"),
    ("pools[0].count", 0, "Must be > 0"),
    ("pools[0].count", "many", "Must be a whole number"),
    ("network.fabric", "x" * 1_000_000, "Must be one of: infiniband, ethernet, spectrum-x"),
]


@pytest.mark.parametrize(("path", "value", "expected"), CASES, ids=[f"{i}-{c[0]}" for i, c in enumerate(CASES)])
def test_a_refused_edit_says_why_in_the_users_terms(doc, path, value, expected):
    before = doc.scenario
    message = doc.set_field(path, value)
    assert message == expected
    assert doc.errors[path] == expected and doc.scenario is before and not doc.is_modified
    dumps_scenario(doc.scenario)  # still savable


def test_a_refusal_about_another_field_names_it(doc):
    total = doc.scenario.workload.params_total_b
    assert doc.set_field("workload.params_active_b", total * 2) == f"Must not exceed params_total_b ({total:g})"
    message = doc.set_fields({"workload.seq_length": 4096, "workload.global_batch_tokens": 100.0})
    assert message == "workload: global_batch_tokens (100) must hold at least one sequence of seq_length (4,096)"


def test_a_custom_accelerator_refusal_names_its_field(doc):
    spec = {"name": "Chip", "bf16_tflops": math.inf, "hbm_gb": 80, "hbm_tbps": 3, "tdp_w": 700,
            "scaleup_gb_per_s": 900, "scaleup_domain": 8, "price_usd": 3e4, "system_power_factor": 1.5}
    assert doc.set_pool_accelerator(0, None, spec) == "bf16_tflops: Must be a finite number"
    assert doc.set_pool_accelerator(0, None, {**spec, "bf16_tflops": 1000, "name": "y" * 10**6}) is None
