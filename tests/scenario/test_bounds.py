"""The allowed range of a numeric field, read from the model's constraints (no Qt)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from colossus_desktop.scenario.bounds import Bounds, bounds_at, bounds_of, field_info
from colossus_desktop.scenario.model import CustomAccelerator, Layout, Network, Pool, Reliability, Workload


def test_reads_each_kind_of_constraint():
    assert bounds_of(Network, "link_gbps") == Bounds(1, False, 3200, False, integer=False)
    assert bounds_of(Layout, "gpus_per_node") == Bounds(1, False, 1024, False, integer=True)
    assert bounds_of(Reliability, "spare_fraction") == Bounds(0, False, 0.999, False, integer=False)
    assert bounds_of(Workload, "mfu") == Bounds(0.001, False, 1, False, integer=False)
    assert bounds_of(Workload, "gpus") == Bounds(0, True, 100_000_000, False, integer=True)  # int | None
    # a number or "auto": the constraints sit on the union's number member
    assert bounds_of(Workload, "checkpoint_gb") == Bounds(1, False, 1e9, False)
    assert bounds_of(CustomAccelerator, "scaleup_domain").integer


def test_a_path_walks_lists_and_nested_models():
    assert bounds_at(["pools", 3, "count"]) == bounds_of(Pool, "count")
    assert bounds_at(["pools", 0, "custom", "tdp_w"]) == bounds_of(CustomAccelerator, "tdp_w")
    assert bounds_at(["finance", "depreciation_years", "servers"]) == Bounds(0.1, False, 50, False)
    assert field_info(["workload", "mfu"]).description.startswith("Model FLOPs")
    with pytest.raises(KeyError):
        field_info(["network", "no_such_field"])


def test_contains_follows_exclusive_and_inclusive_ends():
    b = bounds_of(Reliability, "spare_fraction")
    assert b.contains(0) and b.contains(0.999) and not b.contains(0.9991) and not b.contains(-0.001)
    b = bounds_of(Network, "pod_oversubscription")
    assert b.contains(1) and not b.contains(0.999)
    assert not bounds_of(Network, "link_gbps").contains(0) and bounds_of(Network, "link_gbps").contains(3200)


def test_inclusive_moves_an_exclusive_end_one_step_inwards():
    assert bounds_of(Workload, "mfu").inclusive(0.1, scale=100) == pytest.approx((0.1, 100))
    assert bounds_of(Reliability, "spare_fraction").inclusive(0.1, scale=100) == pytest.approx((0, 99.9))
    assert Bounds(0, False, 1, True).inclusive(0.1, scale=100) == pytest.approx((0, 99.9))
    assert bounds_of(Workload, "gpus").inclusive(0.01) == (1, 100_000_000)  # whole numbers step by 1
    assert Bounds().inclusive(1) == (None, None)


def test_imports_no_qt():
    code = (
        "import sys, colossus_desktop.scenario.bounds\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _numeric_fields(model, prefix=""):
    """(path, Bounds) of every int/float field of ``model`` and the models inside it."""
    from colossus_desktop.scenario.bounds import _model_of, bounds_from

    for name, info in model.model_fields.items():
        inner = _model_of(info.annotation)
        if inner is not None:
            yield from _numeric_fields(inner, f"{prefix}{name}.")
            continue
        b = bounds_from(info)
        text = repr(info.annotation)
        if ("float" in text or "int" in text) and "Literal[0, 1, 2, 3]" not in text:
            yield prefix + name, b


def test_every_number_a_document_holds_is_bounded_above():
    """Issue 12: a count of 2**63 loaded, then crashed the window; 1e300 tokens overflowed the
    engine. Every number has an upper bound a spin box holds (ints < 2**31, floats <= 1e15) and
    whose products stay far from float overflow."""
    from colossus_desktop.scenario.model import Scenario

    # uncertainty (issue 11) holds distribution parameters in the field's own units, checked
    # finite by its validator and ranged by the analysis, not the form's spin boxes of this test
    found = {p: b for p, b in _numeric_fields(Scenario) if not p.startswith("uncertainty.")}
    assert "pools.count" in found and "workload.checkpoint_gb" in found and "costs.staff_count" in found
    for path, b in found.items():
        assert b.high is not None, f"{path} has no upper bound"
        assert b.high < 2**31 if b.integer else b.high <= 1e15, f"{path}: {b.high:g} is beyond what the form holds"
