"""The allowed range of a numeric field, read from the model's constraints (no Qt)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from colossus_desktop.scenario.bounds import Bounds, bounds_at, bounds_of, field_info
from colossus_desktop.scenario.model import CustomAccelerator, Layout, Network, Pool, Reliability, Workload


def test_reads_each_kind_of_constraint():
    assert bounds_of(Network, "link_gbps") == Bounds(0, True, 3200, False, integer=False)
    assert bounds_of(Layout, "gpus_per_node") == Bounds(1, False, 1024, False, integer=True)
    assert bounds_of(Reliability, "spare_fraction") == Bounds(0, False, 1, True, integer=False)
    assert bounds_of(Workload, "gpus") == Bounds(0, True, None, False, integer=True)  # int | None
    assert bounds_of(Workload, "checkpoint_gb") == Bounds()  # "> 0 or auto" lives in a validator
    assert bounds_of(CustomAccelerator, "scaleup_domain").integer


def test_a_path_walks_lists_and_nested_models():
    assert bounds_at(["pools", 3, "count"]) == bounds_of(Pool, "count")
    assert bounds_at(["pools", 0, "custom", "tdp_w"]) == bounds_of(CustomAccelerator, "tdp_w")
    assert bounds_at(["finance", "depreciation_years", "servers"]) == Bounds(0, True, 50, False)
    assert field_info(["workload", "mfu"]).description.startswith("Model FLOPs")
    with pytest.raises(KeyError):
        field_info(["network", "no_such_field"])


def test_contains_follows_exclusive_and_inclusive_ends():
    b = bounds_of(Reliability, "spare_fraction")
    assert b.contains(0) and b.contains(0.999) and not b.contains(1) and not b.contains(-0.001)
    assert not bounds_of(Network, "link_gbps").contains(0) and bounds_of(Network, "link_gbps").contains(3200)


def test_inclusive_moves_an_exclusive_end_one_step_inwards():
    assert bounds_of(Workload, "mfu").inclusive(0.1, scale=100) == pytest.approx((0.1, 100))
    assert bounds_of(Reliability, "spare_fraction").inclusive(0.1, scale=100) == pytest.approx((0, 99.9))
    assert bounds_of(Workload, "gpus").inclusive(0.01) == (1, None)  # whole numbers step by 1
    assert Bounds().inclusive(1) == (None, None)


def test_imports_no_qt():
    code = (
        "import sys, colossus_desktop.scenario.bounds\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
