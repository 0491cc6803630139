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

from colossus_desktop.engine.network import network

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
