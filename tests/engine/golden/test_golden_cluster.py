"""Golden scenarios for the compute and network sub-models, worked by hand.

Compute (engine/compute.py): peak = Σ count · TFLOP/s / 1,000 [PFLOP/s]; H100-equivalents =
BF16 peak / 989.4 TFLOP/s; servers (nodes) = ⌈accelerators / GPUs per server⌉; racks =
⌈servers / servers per rack⌉. Network (engine/network.py): a folded Clos of radix k.
"""

from __future__ import annotations

import math

import pytest

from colossus_desktop.engine import evaluate

from . import NETWORK_CAPEX_USD, NETWORK_MW, golden_inputs


def test_two_pools_peak_memory_and_h100_equivalents():
    # Pool A: 512 × (989.4 BF16, 1,978.8 FP8); pool B: 512 × (312 BF16, no FP8 → runs FP8 at 312).
    r = evaluate(
        golden_inputs(
            pool_count=[[512.0, 512.0]],
            pool_bf16_tflops=[[989.4, 312.0]],
            pool_fp8_tflops=[[1978.8, math.nan]],
            pool_hbm_gb=[[80.0, 40.0]],
        )
    ).cluster
    assert r.accelerators[0] == 1024
    # BF16: (512 · 989.4 + 512 · 312) / 1,000 = 506.5728 + 159.744 = 666.3168 PFLOP/s
    assert r.peak_bf16_pflops[0] == pytest.approx(666.3168, rel=1e-9)
    # FP8: 512 · 1,978.8 / 1,000 + 159.744 = 1,013.1456 + 159.744 = 1,172.8896 PFLOP/s
    assert r.peak_fp8_pflops[0] == pytest.approx(1172.8896, rel=1e-9)
    # FP4 falls back to FP8 for both pools
    assert r.peak_fp4_pflops[0] == pytest.approx(1172.8896, rel=1e-9)
    # H100e: 666,316.8 TFLOP/s / 989.4 = 512 + 512 · 312/989.4 = 512 + 161.4514...
    assert r.h100_equivalents[0] == pytest.approx(512 + 512 * 312 / 989.4, rel=1e-9)
    # HBM: (512 · 80 + 512 · 40) GB / 1,000 = 61.44 TB
    assert r.hbm_tb[0] == pytest.approx(61.44, rel=1e-9)


def test_servers_and_racks():
    # 1,024 accelerators / 8 per server = 128 servers; 128 / 4 per rack = 32 racks.
    r = evaluate(golden_inputs()).cluster
    assert r.nodes[0] == 128
    assert r.racks[0] == 32
    # 1,025 accelerators need a 129th server and a 33rd rack (ceilings).
    r = evaluate(golden_inputs(pool_count=[[1025.0]])).cluster
    assert (r.nodes[0], r.racks[0]) == (129, 33)


def test_two_tier_fat_tree():
    # k = min(25,600 / 400, 128) = 64; non-blocking leaf: 32 ports down, 32 up.
    # Two tiers hold 2 · 32 · 32 = 2,048 ≥ 1,024 endpoints.
    # Leaves ⌈1,024 / 32⌉ = 32; up-links 32 · 32 = 1,024; spines ⌈1,024 / 64⌉ = 16.
    r = evaluate(golden_inputs())
    c = r.cluster
    assert c.network_tiers[0] == 2
    assert list(c.switches_by_tier[0]) == [32, 16, 0, 0]
    assert c.switches[0] == 48
    # cables: 1,024 GPU-to-leaf + 1,024 leaf-to-spine
    assert c.links[0] == 2048
    # optics: 1,024 at the NICs + (1,024 edge + 2 · 1,024 inter-switch ends) / 2 ports per cage
    assert c.optical_transceivers[0] == 1024 + 1536
    # power 48 · 1,000 + 1,024 · 5 + 1,536 · 10 = 68,480 W; capex 48 · 100k + 1,024 · 500 + 1,536 · 1,000
    assert r.power.network_mw[0] == pytest.approx(NETWORK_MW, rel=1e-9)
    assert r.cost.capex_breakdown_usd["network"][0] == pytest.approx(NETWORK_CAPEX_USD, rel=1e-9)


def test_two_planes_copper_edge_and_the_third_tier():
    # 4,096 accelerators, 2 planes of 200 Gb/s: k = min(25,600 / 200, 128) = 128, 64 down / 64 up.
    # Two tiers hold 2 · 64 · 64 = 8,192 ≥ 4,096 per plane: leaves 4,096 / 64 = 64, spines 64 · 64 / 128 = 32.
    # Edge optics on half the links: 2,048 per plane. Cages carry ⌊800 / 200⌋ = 4 ports.
    r = evaluate(golden_inputs(pool_count=[[4096.0]], net_planes=2.0, net_optical_fraction=0.5))
    c = r.cluster
    assert c.network_tiers[0] == 2
    assert list(c.switches_by_tier[0]) == [128, 64, 0, 0]  # (64 + 32) per plane × 2
    # switch-side cages per plane ⌈(2,048 + 2 · 4,096) / 4⌉ = 2,560; NIC modules 2,048; × 2 planes
    assert c.optical_transceivers[0] == 2 * (2048 + 2560)
    # capex 192 · 100k + 4,096 · 500 + 5,120 · 1,000 = 19.2M + 2.048M + 5.12M
    assert r.cost.capex_breakdown_usd["network"][0] == pytest.approx(26_368_000.0, rel=1e-9)
    # every accelerator is an endpoint of each plane: a third tier from 8,193 accelerators on
    assert evaluate(golden_inputs(pool_count=[[8192.0]], net_planes=2.0)).cluster.network_tiers[0] == 2
    assert evaluate(golden_inputs(pool_count=[[8193.0]], net_planes=2.0)).cluster.network_tiers[0] == 3
