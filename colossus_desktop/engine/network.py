"""Network: the scale-out fabric as clusters are built (pods, planes, rails), plus a front-end.

Endpoints. Pool p's accelerators have ``link_p`` Gb/s of scale-out bandwidth each (their NICs:
ConnectX-7 400G on GB200 NVL72, ConnectX-8 800G on GB300). A node of g accelerators has n NIC
ports (n = g unless set; DeepSeek's Fire-Flyer 2 has one per node), so the fabric has
E_p = count_p · n/g endpoints of link_p · g/n Gb/s, split over ``planes`` identical fabrics.
One plane's port runs at s = link_p · g / n / planes.

Radix. A switch of capacity C splits into at most ``max_ports`` logical ports:
k = min(C / s, max_ports).

Pods. Accelerators are grouped in pods of ``pod_gpus`` (each pool its own pods; empty: a pool is
one pod). Inside a pod the fabric is a folded Clos (fat tree): a leaf with oversubscription o
has d = ⌊k·o/(1+o)⌋ ports down and u = k − d up; higher tiers are non-blocking. The largest
fabric of t tiers connects

    E_1 = k,    E_t = 2·d'·(k/2)^(t−1)   (t ≥ 2)

endpoints (o = 1: k²/2 and k³/4, radix 64: 2,048 and 65,536 as in the reference), and a pod
gets the fewest tiers with E_t ≥ its endpoints (at most 4). d' = d for rail-optimised leaves,
shared by the racks of a row; leaves in each rack (top of rack) serve only that rack's r
endpoints, so d' = r / ⌈r/d⌉ (a rack of 72 endpoints on 32-port-down leaves needs 3 leaves)
with ⌈d'/o⌉ ports up.
Switches: leaves ⌈E/d'⌉; each middle tier takes the up-links of the tier below on half its
ports (⌈links/(k/2)⌉); the top tier uses all k ports down (⌈links/k⌉).

Above pods. When the cluster has more than one pod, each pod sends its bandwidth divided by
``pod_oversubscription`` (Meta's Llama 3 cluster: 3,072-GPU pods, 1:7 above them) up to a
core layer, on ports of the switch's native speed: the pod's top tier gains ⌈up-link ports /
k_native⌉ switches, and the core is a non-blocking fat tree over all pods' up-link ports.

Front-end. ``frontend_gbps_per_node`` per node (storage, data loading, management; Colossus
1: one 400GbE per server) on a separate fat tree of the same switch, leaves shared by the
racks of a row, at ``frontend_oversubscription``.

Cabling. Every switch-to-switch link is optical, one module at each end; on the switch side a
cage of ``cage_gbps`` carries ⌊cage/port⌋ ports (a twin-port 800G OSFP serves two 400G links).
A share ``optical_fraction`` of the accelerator-to-leaf links is optical (a module at the NIC
and one on the switch), the rest copper (DAC/ACC, one cable, in the rack); front-end edge
links are copper. This gives 1 × 400G + 1.5 × 800G modules per GPU for a two-tier all-optical
400G fabric and 1 + 2.5 for three tiers, as the reference's FiberMall ratio.

A fabric is flagged when a pod (or the core) holds more endpoints than four tiers of its radix
connect, and when a NIC port is faster than the switch's native port: the counts are then
extrapolated, not a buildable design.

Assumptions: NICs are in the servers (their price is in the system price or the server cost
factor, their power in the system power factor); fibre patch cords are not counted (their
price is small next to the modules'); all pods of a pool are alike (the last may be partial).
Sources: reference §B.4 (switch radices, fat-tree limits, optics per GPU), §F (GB200/GB300
NICs), Llama 3 paper §3.3.1 (pods and oversubscription).
"""

from __future__ import annotations

import numpy as np

from .inputs import Inputs

MAX_TIERS = 4


def fat_tree(e: np.ndarray, k: np.ndarray, leaf_down: np.ndarray, up: np.ndarray):
    """The smallest fat tree for ``e`` endpoints of radix ``k``: ``(tiers, by_tier, links)``.

    Arrays broadcast together. ``leaf_down`` is the ports down a leaf fills, ``up`` its ports up.
    Returns the tiers (0 for no endpoints), the switches per tier (..., MAX_TIERS) and the
    switch-to-switch links.
    """
    half = np.floor(k / 2.0)
    cap = [k] + [2.0 * leaf_down * half ** (t - 1) for t in range(2, MAX_TIERS + 1)]
    tiers = np.full(np.broadcast(e, k, leaf_down, up).shape, float(MAX_TIERS))
    for t in range(MAX_TIERS - 1, 0, -1):
        tiers = np.where(e <= cap[t - 1], float(t), tiers)
    tiers = np.where(e > 0, tiers, 0.0)

    one = tiers == 1
    leaves = np.where(one, np.ceil(e / k), np.ceil(e / leaf_down))
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
    return tiers, np.stack(np.broadcast_arrays(*per_tier), axis=-1), inter_links


def leaf_ports(k, o, rack_endpoints, rail):
    """A leaf's ports down and up, ``(leaf_down, up)``: d = ⌊k·o/(1+o)⌋ and k − d for leaves
    shared by racks (rails); a leaf in a rack of r endpoints fills d' = r / ⌈r/d⌉ ports down and
    ⌈d'/o⌉ up."""
    down = np.clip(np.floor(k * o / (1.0 + o)), 1.0, k - 1.0)
    in_rack = np.minimum(rack_endpoints / np.ceil(rack_endpoints / down), down)
    rails = rail > 0.5
    return np.where(rails, down, in_rack), np.where(rails, k - down, np.minimum(np.ceil(in_rack / o), k - in_rack))


def _radix(k: np.ndarray, count: np.ndarray) -> np.ndarray:
    """(N,) the largest radix among the pools present (the first pool's when none is)."""
    k, present = np.broadcast_arrays(k, count > 0)
    return np.where(present.any(axis=1), np.max(np.where(present, k, 0.0), axis=1), k[:, 0])


def network(inp: Inputs, accelerators: np.ndarray) -> dict[str, np.ndarray]:
    """Switches, links, modules, power (MW) and capex (USD) of each scenario's fabrics: a dict of
    (N,) arrays (``switches_by_tier`` (N, 4): the pods' leaf … tier-4 switches, all planes).
    ``accelerators`` (N,) is the installed count."""
    col = lambda v: v[:, None]  # noqa: E731  (N,) → (N, 1) against the pools' (N, P)
    g = inp.gpus_per_node
    nics = np.where(np.isnan(inp.net_nics_per_node), g, inp.net_nics_per_node)
    per_endpoint = col(nics / g)
    planes = col(np.maximum(inp.net_planes, 1.0))
    link = np.where(np.isnan(col(inp.net_link_gbps)), inp.pool_link_gbps, col(inp.net_link_gbps))
    link = np.nan_to_num(link, nan=0.0)
    port = np.maximum(link / per_endpoint / planes, 1e-9)  # one plane's port, Gb/s
    capacity = col(inp.net_switch_capacity_gbps)
    k = np.maximum(np.floor(np.minimum(capacity / port, col(inp.net_switch_max_ports))), 2.0)
    o = np.maximum(col(inp.net_oversubscription), 1.0)
    rack_e = col(nics * inp.nodes_per_rack)
    leaf_down, leaf_up = leaf_ports(k, o, rack_e, col(inp.net_rail_optimized))

    # endpoints per plane, (N, P); a pool without scale-out NICs (TPUs: ICI only) has none
    e = np.where(link > 0, np.maximum(inp.pool_count, 0.0) * per_endpoint, 0.0)
    # without pods, pools whose ports run at the same speed share one fabric (the first of them
    # carries it); pools of other speeds are fabrics of their own, joined above
    same = np.isclose(port[:, :, None], port[:, None, :]) & (e[:, None, :] > 0)
    earlier = np.tril(np.ones(same.shape[1:], dtype=bool), -1)
    first = ~(same & earlier).any(axis=2)
    e_fabric = np.where(first, (same * e[:, None, :]).sum(axis=2), 0.0)
    pod_e = np.where(np.isnan(col(inp.net_pod_gpus)), e_fabric, col(inp.net_pod_gpus) * per_endpoint)
    pod_e = np.maximum(pod_e, 1e-9)
    e_pods = np.where(np.isnan(col(inp.net_pod_gpus)), e_fabric, e)
    full_pods = np.where(e_pods > 0, np.floor(e_pods / pod_e + 1e-9), 0.0)
    rest = np.maximum(e_pods - full_pods * pod_e, 0.0)
    rest = np.where(rest > 1e-6, rest, 0.0)
    t_pod, by_pod, links_pod = fat_tree(pod_e, k, leaf_down, leaf_up)
    t_rest, by_rest, links_rest = fat_tree(rest, k, leaf_down, leaf_up)
    by_tier = full_pods[..., None] * by_pod + by_rest  # (N, P, T)
    tiers = np.maximum(np.where(full_pods > 0, t_pod, 0.0), t_rest).max(axis=1)
    inter = full_pods * links_pod + links_rest  # (N, P) switch-to-switch links inside pods

    # above the pods: up-links at the switch's native port speed to a non-blocking core
    pods = (full_pods + (rest > 0)).sum(axis=1)
    native = np.maximum(inp.net_switch_port_gbps, 1e-9)
    k_native = np.maximum(np.floor(np.minimum(inp.net_switch_capacity_gbps / native, inp.net_switch_max_ports)), 2.0)
    pod_oversub = np.maximum(col(inp.net_pod_oversubscription), 1.0)
    up_ports_pod = np.ceil(pod_e * port / pod_oversub / col(native))
    up_ports_rest = np.ceil(rest * port / pod_oversub / col(native))
    has_core = pods > 1
    uplinks = np.where(has_core, (full_pods * up_ports_pod + up_ports_rest).sum(axis=1), 0.0)
    pod_top = np.where(has_core, (full_pods * np.ceil(up_ports_pod / col(k_native)) + np.ceil(up_ports_rest / col(k_native))).sum(axis=1), 0.0)
    t_core, by_core, links_core = fat_tree(uplinks, k_native, np.floor(k_native / 2.0), k_native - np.floor(k_native / 2.0))
    # what four tiers cannot connect, and NIC ports faster than the switch's own
    cap_pod = 2.0 * leaf_down * np.floor(k / 2.0) ** (MAX_TIERS - 1)
    half_native = np.floor(k_native / 2.0)
    cap_core = 2.0 * half_native * half_native ** (MAX_TIERS - 1)
    over = ((np.maximum(np.where(full_pods > 0, pod_e, 0.0), rest) > cap_pod) & (e > 0)).any(axis=1) | (uplinks > cap_core)
    too_fast = ((port > col(native) * (1.0 + 1e-9)) & (e > 0)).any(axis=1)
    core = by_core.sum(axis=-1)
    tiers = tiers + t_core

    # front-end network: one fat tree over the nodes, leaves shared by the racks of a row
    nodes = np.ceil(accelerators / g)
    fe_port = np.maximum(inp.net_frontend_gbps_per_node, 1e-9)
    k_fe = np.maximum(np.floor(np.minimum(inp.net_switch_capacity_gbps / fe_port, inp.net_switch_max_ports)), 2.0)
    fe_e = np.where(inp.net_frontend_gbps_per_node > 0, nodes, 0.0)
    fe_down, fe_up = leaf_ports(k_fe, np.maximum(inp.net_frontend_oversubscription, 1.0), inp.nodes_per_rack, 1.0)
    _, by_fe, links_fe = fat_tree(fe_e, k_fe, fe_down, fe_up)
    frontend = by_fe.sum(axis=-1)

    # cabling, per plane then × planes
    optical = np.clip(inp.net_optical_fraction, 0.0, 1.0)
    edge = e.sum(axis=1)
    optical_edge = edge * optical
    copper_edge = edge - optical_edge
    ports_per_cage = np.maximum(np.floor(col(inp.net_switch_cage_gbps) / port), 1.0)
    pod_switch_side = ((e * col(optical) + 2.0 * inter) / ports_per_cage).sum(axis=1)
    core_links = uplinks + links_core
    core_cage = np.maximum(np.floor(inp.net_switch_cage_gbps / native), 1.0)
    fe_cage = np.maximum(np.floor(inp.net_switch_cage_gbps / fe_port), 1.0)
    planes_n = planes[:, 0]
    nic_modules = optical_edge * planes_n
    switch_modules = np.ceil(pod_switch_side + 2.0 * core_links / core_cage) * planes_n + np.ceil(2.0 * links_fe / fe_cage)
    copper = copper_edge * planes_n + fe_e
    switches_scaleout = (by_tier.sum(axis=(1, 2)) + pod_top + core) * planes_n
    switches = switches_scaleout + frontend

    switch_capex = switches * inp.net_switch_price_usd
    optics_capex = nic_modules * inp.net_optic_nic_price_usd + switch_modules * inp.net_optic_switch_price_usd
    copper_capex = copper * inp.net_copper_price_usd
    power_w = (
        switches * inp.net_switch_power_w
        + nic_modules * inp.net_optic_nic_power_w
        + switch_modules * inp.net_optic_switch_power_w
        + copper * inp.net_copper_power_w
    )
    return {
        "radix": _radix(k, inp.pool_count),
        "network_tiers": tiers,
        "pods": pods,
        "switches": switches,
        "switches_by_tier": by_tier.sum(axis=1) * planes,
        "core_switches": (pod_top + core) * planes_n,
        "frontend_switches": frontend,
        "links": (edge + inter.sum(axis=1) + core_links) * planes_n + fe_e + links_fe,
        "optical_transceivers": nic_modules + switch_modules,
        "copper_cables": copper,
        "fabric_over_capacity": over.astype(float),
        "port_over_switch_speed": too_fast.astype(float),
        "network_mw": power_w / 1e6,
        "network_capex_usd": switch_capex + optics_capex + copper_capex,
        "network_capex_breakdown_usd": {"switches": switch_capex, "optics": optics_capex, "copper": copper_capex},
    }
