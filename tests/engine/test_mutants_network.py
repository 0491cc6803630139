"""Small fat-tree fabrics of engine/network.py worked by hand, killing mutmut's survivors
(docs/validation.md).

    k = min(C / (link / planes), max_ports) (at least 2),  d = clip(⌊k·o/(1+o)⌋, 1, k − 1),  u = k − d
    E_1 = k,  E_t = 2·d·(k/2)^(t−1);  tiers: fewest with E_t ≥ accelerators (at most 4)
    leaves ⌈E/k⌉ for one tier, else ⌈E/d⌉; middle tiers ⌈links/(k/2)⌉; the top ⌈links/k⌉
    links = accelerators + inter-switch links

Mutant names are mutmut's (``x_network__mutmut_<n>``).
"""

from __future__ import annotations

import numpy as np

from colossus_desktop.engine.network import fat_tree, network

from .factory import make_inputs


def _fabrics():
    # 400G links on one plane, at most 64 ports. Rows (capacity Gb/s, oversubscription, accelerators):
    # 0: 3,200, 1:1, 6    → k = 8: one tier (6 ≤ 8), one switch, 6 links.
    # 1: 3,200, 1:1, 0    → nothing.
    # 2: 3,200, 1:1, 1    → one tier, one switch, 1 link.
    # 3: 800,   1:1, 1    → k = 2 (the floor of the radix).
    # 4: 1,200, 1:1, 4    → k = 3, d = ⌊1.5⌋ = 1, u = 2, k/2 → 1: E_2 = E_3 = 2 < 4, so 4 tiers:
    #                       leaves 4, up-links 8; tier 2 ⌈8/1⌉ = 8 (8 links up); tier 3 8; top ⌈8/3⌉ = 3.
    # 5: 3,200, 7:1, 10   → k = 8, d = ⌊7⌋ = 7, u = 1: E_2 = 56, two tiers: leaves ⌈10/7⌉ = 2,
    #                       2 up-links, top ⌈2/8⌉ = 1; links 10 + 2 = 12.
    inp = make_inputs(
        net_link_gbps=400.0, net_planes=1.0, net_switch_max_ports=64.0,
        net_switch_capacity_gbps=[3200.0, 3200.0, 3200.0, 800.0, 1200.0, 3200.0],
        net_oversubscription=[1.0, 1.0, 1.0, 1.0, 1.0, 7.0],
        pool_count=[[6.0], [0.0], [1.0], [1.0], [4.0], [10.0]],
    )
    return network(inp, np.array([6.0, 0.0, 1.0, 1.0, 4.0, 10.0]))


def test_radix_tiers_and_switches_of_small_fabrics():
    # Kills x_network__mutmut_* (capacity × port, k ≥ 3, down clipped from 2, e ≥ 1, tiers None/1.0
    # when empty, tiers and leaves for e ≥ 0 or e > 1, one = None, leaves e × k, leaves 1.0 when empty).
    out = _fabrics()
    assert out["radix"].tolist() == [8.0, 8.0, 8.0, 2.0, 3.0, 8.0]
    assert out["network_tiers"].tolist() == [1.0, 0.0, 1.0, 1.0, 4.0, 2.0]
    np.testing.assert_array_equal(
        out["switches_by_tier"],
        [[1, 0, 0, 0], [0, 0, 0, 0], [1, 0, 0, 0], [1, 0, 0, 0], [4, 8, 8, 3], [2, 1, 0, 0]],
    )


def test_links_of_small_fabrics():
    # One tier has no up-links: links = accelerators (6, 0, 1, 1). Row 4: 4 + 8 + 8 + 8 = 28.
    # Row 5: 10 + 2 = 12 (with d clipped to k − 2 = 6 it would be 10 + 4).
    # Kills x_network__mutmut_* (links_up where(None), down clipped to k − 2).
    assert _fabrics()["links"].tolist() == [6.0, 0.0, 1.0, 1.0, 28.0, 12.0]


def test_planes_optics_power_and_cost():
    # Factory gear: switch 1,500 W / $50,000; NIC-side optic 10 W / $500; switch-side optic 17 W /
    # $1,000; 3,200 Gb/s switches, 6 accelerators with 400G links.
    # Row 0: 2 planes (200G ports, k = 16: one tier), half the edge links optical, 800G cages (4 ports
    #   each): per plane 1 switch, 6 × 0.5 = 3 NIC optics, ⌈3/4⌉ = 1 switch optic; × 2 planes: 2
    #   switches, 6 + 2 = 8 modules, 12 links; 2·1,500 + 6·10 + 2·17 = 3,094 W; 2·50,000 + 6·500 +
    #   2·1,000 = $105,000.
    # Row 1: 1 plane, optical fraction 1.5 counts as 1, 400G cages (1 port each): 1 switch, 6 + 6
    #   modules; 1,500 + 60 + 102 = 1,662 W; 50,000 + 3,000 + 6,000 = $59,000.
    # Row 2: 1 plane, optical fraction −0.5 counts as 0: 1 switch, no optics; 1,500 W; $50,000.
    # Kills x_network__mutmut_197 (e ÷ fraction), _204 (fraction from 1), _213 (≥ 2 ports per cage),
    # _223, _225, _247, _250 (÷ planes), _231, _234 … _238 (power and price terms), _258 (÷ 1,000,001).
    inp = make_inputs(
        net_link_gbps=400.0, net_switch_capacity_gbps=3200.0, net_switch_max_ports=64.0,
        net_planes=[2.0, 1.0, 1.0], net_optical_fraction=[0.5, 1.5, -0.5], net_switch_cage_gbps=[800.0, 400.0, 800.0],
        pool_count=[[6.0]],
    )
    out = network(inp, np.array([6.0]))
    assert out["radix"].tolist() == [16.0, 8.0, 8.0]
    np.testing.assert_array_equal(out["switches_by_tier"], [[2, 0, 0, 0], [1, 0, 0, 0], [1, 0, 0, 0]])
    assert out["links"].tolist() == [12.0, 6.0, 6.0]
    assert out["optical_transceivers"].tolist() == [8.0, 12.0, 0.0]
    np.testing.assert_allclose(out["network_mw"], [3094e-6, 1662e-6, 1500e-6], rtol=1e-12)
    np.testing.assert_allclose(out["network_capex_usd"], [105000.0, 59000.0, 50000.0], rtol=1e-12)


# Fabrics as built (issue 9): pods, a core above them, NICs per node, leaves in the rack, the
# front-end and copper. Formulas of the module's docstring; the factory's switch is 51,200 Gb/s,
# 800G native ports and cages, at most 128 ports, 1,500 W and $50,000 (rows below override it).
#
#     port s = link · g / n / planes,  k = ⌊min(C / s, max_ports)⌋ ≥ 2,  d = ⌊k·o/(1+o)⌋,  u = k − d
#     E_1 = k,  E_t = 2·d·(k/2)^(t−1);  leaves ⌈E/d⌉ (one tier: ⌈E/k⌉), middle ⌈links/(k/2)⌉, top ⌈links/k⌉
#     pods: ⌊E/pod⌋ full + a rest; above > 1 pod: ⌈pod · s / pod_oversub / native⌉ up-ports each,
#     the pod's top gains ⌈ports / k_native⌉, the core is a fat tree of radix k_native over them
#     modules: NIC side E · optical; switch side ⌈(E · optical + 2 · inter) / ⌊cage/s⌋
#              + 2 · core links / ⌊cage/native⌋⌉ (per plane) + ⌈2 · front-end links / ⌊cage/fe⌋⌉


def _pods_and_core():
    # Switch 3,200 Gb/s (rows 0, 1) or 1,600 (row 2), native 800G ports, at most 64: k_native =
    # ⌊3,200/800⌋ = 4 (row 2: 2). One-plane port 400G: k = 8, d = u = 4 (row 2: k = 4, d = u = 2).
    # Pods above at 2:1.
    # Row 0: 44 GPUs in pods of 16, cage 800 (2 ports a cage; the core's 1).
    #   A pod (E_2 = 2·4·4 = 32 ≥ 16): 4 leaves, 16 links up, ⌈16/8⌉ = 2 spines. Rest 12: 3 leaves,
    #   12 links, 2 spines. Leaves 2·4 + 3 = 11, spines 2·2 + 2 = 6; links inside 2·16 + 12 = 44.
    #   Up-ports ⌈16·400/2/800⌉ = 4 a pod and ⌈12·400/2/800⌉ = 3 for the rest: 11; the tops gain
    #   2·⌈4/4⌉ + ⌈3/4⌉ = 3. Core: 11 ports, radix 4 (d = u = 2; E_2 = 8 < 11 ≤ E_3 = 16): 6 leaves,
    #   12 links, ⌈12/2⌉ = 6 middle (12 links), ⌈12/4⌉ = 3 top: 15 switches, 24 links.
    #   Switches 17 + 3 + 15 = 35 (core 18); tiers 2 + 3 = 5; links 44 + 44 + 11 + 24 = 123;
    #   modules 44 + ⌈(44 + 2·44)/2 + 2·35/1⌉ = 44 + 136 = 180.
    # Row 1: 33 GPUs at 800G over 2 planes (400G ports again), pods of 16, cage 1,600 (4 ports a
    #   cage; the core's 2). Per plane: 2 pods as above (8 leaves, 4 spines, 32 links) and a rest of
    #   1 GPU (1 leaf, one tier); up-ports 2·4 + ⌈0.5⌉ = 9, tops gain 2·1 + 1 = 3; core over 9
    #   ports: 5 leaves, 10 links, 5 middle, 3 top: 13 switches, 20 links.
    #   × 2 planes: leaves 18, spines 8, switches 2·(13 + 3 + 13) = 58 (core 32), tiers 5,
    #   links 2·(33 + 32 + 9 + 20) = 188, modules 2·33 + 2·⌈(33 + 64)/4 + 2·29/2⌉ = 66 + 2·54 = 174.
    # Row 2: 16 GPUs in pods of 8, k = 4: each pod 4 leaves (E_2 = 2·2·2 = 8), 8 links, ⌈8/4⌉ = 2
    #   spines. Up-ports ⌈8·400/2/800⌉ = 2 a pod, the tops gain 2·⌈2/2⌉ = 2. Core over 4 ports of
    #   radix 2 (d = u = 1, k/2 = 1: E_t = 2 for every t, so 4 tiers): 4 leaves, 4 links, 4, 4 links,
    #   4, 4 links, ⌈4/2⌉ = 2 top: 14 switches, 12 links. Switches 12 + 2 + 14 = 28 (core 16),
    #   tiers 2 + 4 = 6, links 16 + 16 + 4 + 12 = 48, modules 16 + ⌈(16 + 32)/2 + 2·16/1⌉ = 72.
    inp = make_inputs(
        net_switch_capacity_gbps=[3200.0, 3200.0, 1600.0], net_switch_port_gbps=800.0, net_switch_max_ports=64.0,
        net_link_gbps=[400.0, 800.0, 400.0], net_planes=[1.0, 2.0, 1.0], net_switch_cage_gbps=[800.0, 1600.0, 800.0],
        net_pod_gpus=[16.0, 16.0, 8.0], net_pod_oversubscription=2.0, pool_count=[[44.0], [33.0], [16.0]],
    )
    return network(inp, np.array([44.0, 33.0, 16.0]))


def test_pods_with_a_partial_last_pod_and_a_core():
    # Kills x_network__mutmut_182 (no rest), _189 (a rest of 1 dropped), _210 (− rest's switches),
    # _229 (− rest's links), _233 (− the rest pod), _235 (a rest of 1 is no pod), _254 (k_native ≥ 3),
    # _272 (rest ÷ port), _284, _296, _324 (up-links, pod tops, core summed over all rows),
    # _285, _297 (− the rest's up-links and top switches), _461, _462 (− core, − pod tops),
    # _503 (core ÷ planes).
    out = _pods_and_core()
    assert out["pods"].tolist() == [3.0, 3.0, 2.0]
    np.testing.assert_array_equal(out["switches_by_tier"], [[11, 6, 0, 0], [18, 8, 0, 0], [8, 4, 0, 0]])
    assert out["core_switches"].tolist() == [18.0, 32.0, 16.0]
    assert out["switches"].tolist() == [35.0, 58.0, 28.0]
    assert out["network_tiers"].tolist() == [5.0, 5.0, 6.0]


def test_core_links_and_their_modules():
    # Kills x_network__mutmut_423, _512 (− core links), _430 (cage × native), _431 (≥ 2 ports a
    # core cage), _448 (side − core), _449 (core links × cage: row 1's cage holds 2), _451 (3 ends).
    out = _pods_and_core()
    assert out["links"].tolist() == [123.0, 188.0, 48.0]
    assert out["optical_transceivers"].tolist() == [180.0, 174.0, 72.0]


def test_pods_of_one_nic_per_node():
    # 8 GPUs a node, one NIC: an endpoint per 8 GPUs. Rows (GPUs, pod GPUs): (16, 4), (8, 4), (64, 16).
    # Pods of 4 GPUs are 0.5 endpoint: ⌊2/0.5⌋ = 4 pods and ⌊1/0.5⌋ = 2; pods of 16 are 2 endpoints:
    # ⌊8/2⌋ = 4. Each pod one leaf (⌈0.5/k⌉ = ⌈2/k⌉ = 1).
    # Kills x_network__mutmut_142 (pod GPUs ÷ endpoint share: 32 or 128 endpoints a pod, one pod),
    # _149 (a pod ≥ 1.000000001 endpoint: 1 pod + a rest), _167 (no full pods up to 1 endpoint).
    inp = make_inputs(net_nics_per_node=1.0, net_pod_gpus=[4.0, 4.0, 16.0], pool_count=[[16.0], [8.0], [64.0]])
    out = network(inp, np.array([16.0, 8.0, 64.0]))
    assert out["pods"].tolist() == [4.0, 2.0, 4.0]
    np.testing.assert_array_equal(out["switches_by_tier"], [[4, 0, 0, 0], [2, 0, 0, 0], [4, 0, 0, 0]])


def test_front_end_fabrics():
    # No scale-out (no link speed); front-end only, over nodes = ⌈GPUs/8⌉, leaves shared (d = ⌊k/2⌋).
    # Row 0: 128 nodes at 800G, k = 51,200/800 = 64, d = u = 32, E_2 = 2,048: ⌈128/32⌉ = 4 leaves,
    #   128 links up, ⌈128/64⌉ = 2 spines: 6 switches; links 128 + 128 = 256; cage 800/800 = 1 port:
    #   ⌈2·128/1⌉ = 256 modules; 128 copper cables (edge).
    # Row 1: 3 nodes at 400G on a 800 Gb/s switch: k = 2, d = u = 1, k/2 = 1 (E_t = 2 < 3): 3 leaves,
    #   3 links, 3, 3 links, 3, 3 links, ⌈3/2⌉ = 2 top: 11 switches; links 3 + 9 = 12; cage 800/400
    #   = 2 ports: ⌈2·9/2⌉ = 9 modules.
    # Row 2: 1,600 nodes with a 1 GbE management port: k = 128 (max ports), d = u = 64: 25 leaves,
    #   1,600 links up, ⌈1,600/128⌉ = 13 spines: 38 switches; links 3,200; cage 800/1 = 800 ports:
    #   ⌈3,200/800⌉ = 4 modules.
    # Kills x_network__mutmut_337 (port ≥ 1.000000001: 799 a cage, 5 modules), _348 (C × port:
    # k = 128, one tier), _349 (k ≥ 3), _358 (no front-end at 1 Gb/s), _373 (ratio ≥ 2: 42 down,
    # 88 links), _385 (summed over all rows), _438 (cage × port), _439 (≥ 2 ports a cage), _445
    # (− front-end modules), _455 (3 ends), _509, _510 (− front-end links, − front-end edge).
    inp = make_inputs(
        net_link_gbps=np.nan, pool_link_gbps=np.nan, net_switch_capacity_gbps=[51200.0, 800.0, 51200.0],
        net_frontend_gbps_per_node=[800.0, 400.0, 1.0], pool_count=[[1024.0], [24.0], [12800.0]],
    )
    out = network(inp, np.array([1024.0, 24.0, 12800.0]))
    assert out["frontend_switches"].tolist() == [6.0, 11.0, 38.0]
    assert out["switches"].tolist() == [6.0, 11.0, 38.0]
    assert out["links"].tolist() == [256.0, 12.0, 3200.0]
    assert out["optical_transceivers"].tolist() == [256.0, 9.0, 4.0]
    assert out["copper_cables"].tolist() == [128.0, 3.0, 1600.0]


def test_copper_edge_links_and_nics_per_node():
    # Switch 3,200 Gb/s; a quarter of the edge links optical, copper 0.5 W.
    # Row 0: 16 GPUs at 400G over 2 planes (200G ports, k = 16, one tier): per plane 16 edge links,
    #   4 optical, 12 copper; 1 switch, 4 NIC modules, ⌈4/⌊800/200⌋⌉ = 1 switch module. × 2: 2
    #   switches, 8 + 2 = 10 modules, 24 copper; 2·1,500 + 8·10 + 2·17 + 24·0.5 = 3,126 W.
    # Row 1: 64 GPUs at 25 Gb/s, one NIC a node (Fire-Flyer 2): 8 endpoints of 200G, k = 3,200/200
    #   = 16; 2 optical, 6 copper; 1 switch, 2 + 1 modules; 1,500 + 20 + 17 + 3 = 1,540 W.
    # Kills x_network__mutmut_44 (port = link × NIC share: 3.125G, k = 64 → 128), _403 (copper =
    # edge + optical), _458 (copper ÷ planes), _477 (− copper power).
    inp = make_inputs(
        net_switch_capacity_gbps=3200.0, net_link_gbps=[400.0, 25.0], net_planes=[2.0, 1.0],
        net_nics_per_node=[np.nan, 1.0], net_optical_fraction=0.25, net_copper_power_w=0.5,
        pool_count=[[16.0], [64.0]],
    )
    out = network(inp, np.array([16.0, 64.0]))
    assert out["radix"].tolist() == [16.0, 16.0]
    assert out["switches"].tolist() == [2.0, 1.0]
    assert out["optical_transceivers"].tolist() == [10.0, 3.0]
    assert out["copper_cables"].tolist() == [24.0, 6.0]
    np.testing.assert_allclose(out["network_mw"], [3126e-6, 1540e-6], rtol=1e-12)


def test_a_three_port_one_gigabit_switch():
    # A custom switch of 3 native 1 Gb/s ports (C = 3, cage 1), 1 Gb/s links, pods of 2 GPUs, 4 GPUs.
    # k = k_native = 3, d = 1, u = 2, k/2 → 1. A pod: one leaf (2 ≤ 3). 2 pods → a core:
    # up-ports ⌈2·1/1/1⌉ = 2 a pod, the tops gain 2·⌈2/3⌉ = 2. Core over 4 ports (E_1 = 3, E_t = 2):
    # 4 leaves, 8 links, 8, 8 links, 8, 8 links, ⌈8/3⌉ = 3 top: 23 switches, 24 links.
    # Switches 2 + 2 + 23 = 27 (core 25); tiers 1 + 4 = 5; links 4 + 4 + 24 = 32;
    # modules 4 + ⌈4/1 + 2·28/1⌉ = 64.
    # Kills x_network__mutmut_45 (port ≥ 1.000000001: k = 2), _89 (no endpoints at 1 Gb/s), _242
    # (native port ≥ 1.000000001: k_native = 2, a core of 14).
    inp = make_inputs(
        net_switch_capacity_gbps=3.0, net_switch_port_gbps=1.0, net_switch_max_ports=3.0, net_switch_cage_gbps=1.0,
        net_link_gbps=1.0, net_pod_gpus=2.0, pool_count=[[4.0]],
    )
    out = network(inp, np.array([4.0]))
    assert out["radix"].tolist() == [3.0]
    assert out["switches"].tolist() == [27.0]
    assert out["core_switches"].tolist() == [25.0]
    assert out["network_tiers"].tolist() == [5.0]
    assert out["links"].tolist() == [32.0]
    assert out["optical_transceivers"].tolist() == [64.0]


def test_leaves_in_the_rack_with_oversubscription():
    # Leaves in each rack, 3:1. Switch 6,400 Gb/s: k = 16, d = ⌊16·3/4⌋ = 12. A rack of one 8-GPU
    # node: d' = 8/⌈8/12⌉ = 8 down, ⌈8/3⌉ = 3 up. 32 GPUs: E_2 = 2·8·8 = 128, two tiers: 4 leaves,
    # 12 links up, ⌈12/16⌉ = 1 spine; links 32 + 12 = 44.
    # Kills x_leaf_ports__mutmut_45 (⌈d'·o⌉ = 24 → min(24, 16 − 8) = 8 up: 64 links, 2 spines).
    inp = make_inputs(net_switch_capacity_gbps=6400.0, net_oversubscription=3.0, net_rail_optimized=0.0,
                      nodes_per_rack=1.0, pool_count=[[32.0]])
    out = network(inp, np.array([32.0]))
    np.testing.assert_array_equal(out["switches_by_tier"], [[4, 1, 0, 0]])
    assert out["links"].tolist() == [44.0]


def test_radix_is_that_of_the_pools_present():
    # Pool 0 empty at 400G (k = 128), pool 1 with 1 GPU at 800G (k = 64): the radix is 64.
    # Kills x__radix__mutmut_3 (no pool present), _6 (empty pools count), _7 (a pool of 1 does not),
    # _8 (always the first pool's).
    inp = make_inputs(net_link_gbps=np.nan, pool_link_gbps=[[400.0, 800.0]], pool_count=[[0.0, 1.0]])
    assert network(inp, np.array([1.0]))["radix"].tolist() == [64.0]


def test_fat_tree_broadcasts_its_up_ports():
    # 4 endpoints, k = 8 (one tier, one leaf, no links) against two rows of up-ports: the tiers have
    # the broadcast shape (2,). Kills x_fat_tree__mutmut_28 and _32 (up left out of the shape: a 0-d
    # tier count). Through network() the four arrays always have one shape.
    tiers, by_tier, links = fat_tree(4.0, 8.0, 4.0, np.array([4.0, 4.0]))
    assert tiers.shape == (2,) and tiers.tolist() == [1.0, 1.0]
    np.testing.assert_array_equal(by_tier, [[1, 0, 0, 0], [1, 0, 0, 0]])
    assert links.tolist() == [0.0, 0.0]
