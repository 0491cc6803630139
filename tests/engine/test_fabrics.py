"""Fabrics as built (engine/network.py) and the cost faults of issue 9, worked by hand.

Switch of the factory: 51,200 Gb/s, 800G cages, at most 128 ports, $50,000, 1,500 W.
"""

from __future__ import annotations

import numpy as np
import pytest

from colossus_desktop.engine import evaluate

from .factory import make_inputs


def cluster(**kw):
    return evaluate(make_inputs(**kw), series=False)


def test_a_system_price_gets_no_server_factor():
    # DGX H100 ≈ $270,000 for 8 GPUs = $33,750 per GPU, server included (SemiAnalysis via Epoch's
    # 'Hardware prices.csv'): the 1.64 server factor must not be added again (issue 9's $63k).
    chip = cluster(pool_count=[[8.0]], pool_price_usd=[[33_750.0]], pool_price_includes_server=[[0.0]])
    system = cluster(pool_count=[[8.0]], pool_price_usd=[[33_750.0]], pool_price_includes_server=[[1.0]])
    assert system.cost.capex_breakdown_usd["accelerators"][0] == 270_000.0
    assert system.cost.capex_breakdown_usd["servers"][0] == 0.0
    assert chip.cost.capex_breakdown_usd["servers"][0] == pytest.approx(270_000.0 * 0.64)


def test_maintenance_is_a_rate_per_asset_class():
    out = cluster(pool_count=[[1024.0]], maintenance_compute_per_year=0.01, maintenance_network_per_year=0.02,
                  maintenance_storage_per_year=0.03, maintenance_facility_per_year=0.004,
                  maintenance_power_plant_per_year=0.0236, turbines_mw=10.0)
    capex = {k: v[0] for k, v in out.cost.capex_breakdown_usd.items()}
    want = (0.01 * (capex["accelerators"] + capex["servers"]) + 0.02 * capex["network"] + 0.03 * capex["storage"]
            + 0.004 * capex["facility"] + 0.0236 * capex["power_plant"])
    assert out.cost.opex_breakdown_usd_per_year["maintenance"][0] == pytest.approx(want, rel=1e-12)


def test_each_pool_uses_its_own_nics_and_pools_of_other_speeds_are_joined_above():
    # 4,096 GPUs at 400G (k = 128, two tiers: 64 leaves + 32 spines) and 4,096 at 800G (k = 64:
    # 2·32·32 = 2,048 < 4,096, three tiers: 128 + 128 + 64). Two fabrics, so a core joins them:
    # up-links at the native 800G: 4,096·400/800 = 2,048 and 4,096 ports → the pods' tops gain
    # ⌈2,048/64⌉ + ⌈4,096/64⌉ = 96 switches, and the core is a fat tree over 6,144 ports of radix
    # 64: three tiers, 192 + 192 + 96.
    out = cluster(pool_count=[[4096.0, 4096.0]], net_link_gbps=np.nan, pool_link_gbps=[[400.0, 800.0]],
                  pool_bf16_tflops=989.4)
    c = out.cluster
    assert c.pods[0] == 2
    np.testing.assert_array_equal(c.switches_by_tier[0], [64 + 128, 32 + 128, 64, 0])
    assert c.core_switches[0] == 96 + 192 + 192 + 96
    assert c.network_tiers[0] == 3 + 3


def test_pods_with_oversubscription_above_them():
    # 12,288 GPUs at 400G in pods of 3,072 (Meta's) at 7:1 above: each pod two tiers (48 leaves,
    # 24 spines); 4 pods; up-links ⌈3,072·400/7/800⌉ = 220 ports each, the tops gain ⌈220/64⌉ = 4;
    # the core over 880 ports of radix 64: two tiers, ⌈880/32⌉ = 28 leaves + ⌈28·32/64⌉ = 14.
    c = cluster(pool_count=[[12_288.0]], net_pod_gpus=3072.0, net_pod_oversubscription=7.0).cluster
    assert c.pods[0] == 4
    np.testing.assert_array_equal(c.switches_by_tier[0], [4 * 48, 4 * 24, 0, 0])
    assert c.core_switches[0] == 4 * 4 + 28 + 14
    assert c.network_tiers[0] == 4


def test_leaves_in_the_rack_serve_only_that_rack():
    # 72 GPUs a rack (18 trays of 4), 400G, k = 128, d = 64: rails pack 64 per leaf; leaves in each
    # rack take the rack's 72 on ⌈72/64⌉ = 2 leaves of 36, each with 36 ports up.
    base = dict(pool_count=[[720.0]], gpus_per_node=4.0, nodes_per_rack=18.0)
    rails = cluster(**base, net_rail_optimized=1.0).cluster
    racks = cluster(**base, net_rail_optimized=0.0).cluster
    assert rails.switches_by_tier[0][0] == 12  # ⌈720/64⌉
    assert racks.switches_by_tier[0][0] == 20  # 10 racks × 2
    assert racks.links[0] - 720 == 20 * 36  # up-links: 36 per leaf


def test_one_nic_per_node_and_a_pool_without_nics():
    # Fire-Flyer 2: one NIC per 8-GPU node. 1,024 GPUs at 25 Gb/s each = 128 endpoints of 200G.
    ff2 = cluster(pool_count=[[1024.0]], net_link_gbps=25.0, net_nics_per_node=1.0).cluster
    assert ff2.links[0] == 128 and ff2.switches[0] == 1 and ff2.network_tiers[0] == 1
    # A TPU-like pool: no scale-out NICs, no fabric.
    tpu = cluster(pool_count=[[1024.0]], net_link_gbps=np.nan, pool_link_gbps=np.nan)
    assert tpu.cluster.switches[0] == 0 and tpu.cost.capex_breakdown_usd["network"][0] == 0


def test_front_end_and_copper_are_counted():
    # 1,024 GPUs = 128 nodes with a 400G front-end port each (k = 128, one tier: ⌈128/128⌉ = 1
    # switch, 128 copper links); no optics on the GPU links: 1,024 copper cables at $200 and 0.1 W.
    out = cluster(pool_count=[[1024.0]], net_frontend_gbps_per_node=400.0, net_optical_fraction=0.0,
                  net_copper_price_usd=200.0, net_copper_power_w=0.1)
    c = out.cluster
    assert c.frontend_switches[0] == 1
    assert c.copper_cables[0] == 1024 + 128
    assert out.cost.network_capex_breakdown_usd["copper"][0] == (1024 + 128) * 200.0
    parts = out.cost.network_capex_breakdown_usd
    assert out.cost.capex_breakdown_usd["network"][0] == pytest.approx(parts["switches"][0] + parts["optics"][0] + parts["copper"][0])


def test_fabrics_the_switch_cannot_build_are_flagged():
    # A 2-port switch (radix 2, d = 1): four tiers connect 2·1·1³ = 2 endpoints, not 1,024.
    tiny = cluster(pool_count=[[1024.0]], net_switch_capacity_gbps=800.0, net_switch_max_ports=2.0)
    assert tiny.cluster.fabric_over_capacity[0] == 1.0
    assert "fabric_over_capacity" in [f.code for f in tiny.flags()]
    # One 800G NIC port per 8-GPU node at 400G a GPU: 3,200G ports on an 800G switch.
    fast = cluster(pool_count=[[1024.0]], net_nics_per_node=1.0)
    assert fast.cluster.port_over_switch_speed[0] == 1.0 and fast.cluster.fabric_over_capacity[0] == 0.0
    assert "port_over_switch_speed" in [f.code for f in fast.flags()]
    # The factory fabric (16,384 H100 at 400G on a 51.2T switch) is buildable: no flag.
    ok = cluster()
    assert not {"fabric_over_capacity", "port_over_switch_speed"} & {f.code for f in ok.flags()}
