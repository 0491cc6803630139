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
