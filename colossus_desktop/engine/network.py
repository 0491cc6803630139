"""Network: a folded-Clos (fat-tree) scale-out fabric sized for the accelerator count.

Radix. Each accelerator has ``link`` Gb/s of scale-out bandwidth, split over ``planes``
independent fabrics; one plane's ports run at ``link / planes``. A switch of capacity C with
native ports of speed s splits into at most ``max_ports`` logical ports, so its radix is

    k = min(C / (link / planes), max_ports)

Tiers. A leaf with oversubscription o (down:up) has d = ⌊k·o/(1+o)⌋ ports down and u = k − d
up. The largest fabric of t tiers (up-links of tier ≥ 2 at a 1:1 ratio) connects

    E_1 = k,    E_t = 2·d·(k/2)^(t−1)   (t ≥ 2)

endpoints: for o = 1, k²/2 with two tiers and k³/4 with three (radix 64: 2,048 and 65,536,
as in the reference). The fabric gets the fewest tiers with E_t ≥ accelerators (at most 4).

Switches. Leaves ⌈E/d⌉; each middle tier takes the up-links of the tier below on half its
ports (⌈links/(k/2)⌉); the top tier uses all k ports down (⌈links/k⌉).

Optics. Every inter-switch link is optical with a module at each end; a share
``optical_fraction`` of the accelerator-to-leaf links is optical (the rest copper). On the
accelerator side one module per optical link; on the switch side one module per cage, and a
cage of ``cage_gbps`` carries ⌊cage/port⌋ ports (a twin-port 800G OSFP serves two 400G
links). This gives 1 × 400G + 1.5 × 800G per GPU for a two-tier 400G fabric and 1 + 2.5 for
three tiers, as the reference's FiberMall ratio and our three-tier estimate.

Assumptions: NICs are inside the servers (their cost and power are in the server factors);
no separate front-end or storage network; cables other than optics are free. Sources:
reference §B.4 (switch radices, fat-tree limits, optics per GPU).
"""

from __future__ import annotations

import numpy as np

from .inputs import Inputs

MAX_TIERS = 4


def network(inp: Inputs, accelerators: np.ndarray) -> dict[str, np.ndarray]:
    planes = np.maximum(inp.net_planes, 1.0)
    port = inp.net_link_gbps / planes
    k = np.floor(np.minimum(inp.net_switch_capacity_gbps / port, inp.net_switch_max_ports))
    k = np.maximum(k, 2.0)
    o = np.maximum(inp.net_oversubscription, 1.0)
    down = np.clip(np.floor(k * o / (1.0 + o)), 1.0, k - 1.0)
    up = k - down
    half = np.floor(k / 2.0)
    e = np.maximum(accelerators, 0.0)  # endpoints per plane

    # capacity of 2, 3 and 4 tiers; tiers needed
    cap = [k] + [2.0 * down * half ** (t - 1) for t in range(2, MAX_TIERS + 1)]
    tiers = np.full_like(e, float(MAX_TIERS))
    for t in range(MAX_TIERS - 1, 0, -1):
        tiers = np.where(e <= cap[t - 1], float(t), tiers)
    tiers = np.where(e > 0, tiers, 0.0)

    one = tiers == 1
    leaves = np.where(one, np.ceil(e / k), np.ceil(e / down))
    leaves = np.where(e > 0, leaves, 0.0)
    links_up = np.where(one, 0.0, leaves * up)  # leaf → tier 2

    per_tier = [leaves]
    inter_links = links_up
    incoming = links_up
    for t in range(2, MAX_TIERS + 1):
        is_top = tiers == t
        is_mid = tiers > t
        count = np.where(is_top, np.ceil(incoming / k), np.where(is_mid, np.ceil(incoming / half), 0.0))
        per_tier.append(count)
        incoming = np.where(is_mid, count * half, 0.0)
        inter_links = inter_links + incoming
    by_tier = np.stack(np.broadcast_arrays(*per_tier), axis=-1)

    switches_per_plane = by_tier.sum(axis=-1)
    optical_edge = e * np.clip(inp.net_optical_fraction, 0.0, 1.0)
    ports_per_cage = np.maximum(np.floor(inp.net_switch_cage_gbps / port), 1.0)
    switch_side_modules = (optical_edge + 2.0 * inter_links) / ports_per_cage
    nic_side_modules = optical_edge

    switches = switches_per_plane * planes
    nic_modules = nic_side_modules * planes
    switch_modules = np.ceil(switch_side_modules) * planes
    power_w = (
        switches * inp.net_switch_power_w
        + nic_modules * inp.net_optic_nic_power_w
        + switch_modules * inp.net_optic_switch_power_w
    )
    cost = (
        switches * inp.net_switch_price_usd
        + nic_modules * inp.net_optic_nic_price_usd
        + switch_modules * inp.net_optic_switch_price_usd
    )
    return {
        "radix": k,
        "network_tiers": tiers,
        "switches": switches,
        "switches_by_tier": by_tier * planes[:, None],
        "links": (e + inter_links) * planes,
        "optical_transceivers": nic_modules + switch_modules,
        "network_mw": power_w / 1e6,
        "network_capex_usd": cost,
    }
