"""Fat-tree sizing against the reference's figures (shared/reference §B.4, §C.1)."""

from __future__ import annotations

import pytest

from colossus_desktop.engine import evaluate

from .factory import make_inputs

QM9700 = dict(net_switch_capacity_gbps=25600.0, net_switch_port_gbps=400.0, net_switch_cage_gbps=800.0,
              net_switch_max_ports=64.0)


def tiers(n, **kw):
    return evaluate(make_inputs(pool_count=[[float(n)]], **kw)).cluster.network_tiers[0]


def test_colossus_spectrum_x_needs_three_tiers():
    # 100,000 GPUs at 400G on SN5600 (128 x 400G): three tiers, as Colossus has.
    assert tiers(100_000) == 3


def test_radix_64_limits():
    # Quantum-2 QM9700 (64 x 400G): 2,048 endpoints in two tiers, 65,536 in three.
    assert tiers(64, **QM9700) == 1
    assert tiers(2048, **QM9700) == 2
    assert tiers(2049, **QM9700) == 3
    assert tiers(65_536, **QM9700) == 3
    assert tiers(65_537, **QM9700) == 4


def test_optics_per_gpu_match_fibermall_ratio():
    # H100 + QM9700 two-tier: 1 x 400G at the NIC + 1.5 x 800G twin-port on the switches.
    r = evaluate(make_inputs(pool_count=[[2048.0]], **QM9700))
    assert r.cluster.optical_transceivers[0] / 2048 == pytest.approx(2.5)
    # Three tiers: 1 + 2.5 (our estimate in the reference).
    r3 = evaluate(make_inputs(pool_count=[[65_536.0]], **QM9700))
    assert r3.cluster.optical_transceivers[0] / 65_536 == pytest.approx(3.5, rel=0.01)


def test_non_blocking_switch_counts():
    r = evaluate(make_inputs(pool_count=[[2048.0]], **QM9700))
    leaf, spine, *_ = r.cluster.switches_by_tier[0]
    assert (leaf, spine) == (64, 32)  # k leaves with k/2 down each; k/2 spines


def test_oversubscription_and_planes():
    base = evaluate(make_inputs(pool_count=[[100_000.0]])).cluster.switches[0]
    over = evaluate(make_inputs(pool_count=[[100_000.0]], net_oversubscription=3.0)).cluster.switches[0]
    assert over < base
    planes = evaluate(make_inputs(pool_count=[[100_000.0]], net_planes=4.0, net_switch_max_ports=512.0))
    # 100G per plane on a switch that splits into 512 ports: radix 512 reaches 131,072 in two tiers
    assert planes.cluster.network_tiers[0] == 2
    assert planes.cluster.switches[0] == pytest.approx(4 * (391 + 196), rel=0.01)
