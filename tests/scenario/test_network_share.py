"""The network's share of capex against published shares (shared/reference/hardware-and-economics.md §F).

Published shares of networking in AI-cluster capex: Bernstein (via Investing.com) on a 1 GW GB200
site, "Networking is the next major cost, roughly 13% of total spend" (switches ≈ 3 %, DPUs/NICs
and copper 2–3 % each); Epoch AI, "CLUSTER_INTERCONNECT_COST_FRACTION = 0.19"; Morgan Stanley
(reported by gate.com), 19–23 %. The range kept is 13–23 % of total capex.

The engine counts NICs inside the servers (a DGX or NVL72 system price holds them), so a fabric
alone may sit below Bernstein's 13 % by its NIC and DPU share (2–3 % each): 10.5 % is the floor
for a network without its NICs.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from colossus_desktop.engine import evaluate
from colossus_desktop.engine.catalog import load_catalog
from colossus_desktop.scenario import load_preset, to_inputs

PUBLISHED = (0.13, 0.23)  # Bernstein 13 % … Morgan Stanley 23 %
WITHOUT_NICS = (0.105, 0.23)  # Bernstein's 13 % less 2.5 % of NICs and DPUs


def share(inputs) -> float:
    c = evaluate(inputs, series=False).cost
    return float(c.capex_breakdown_usd["network"][0] / c.capex_usd[0])


def test_colossus_2_preset_is_inside_the_published_range():
    # 330,000 GB200 at 400G (ConnectX-7) and 670,000 GB300 at 800G (ConnectX-8), pods of 65,536
    # at 7:1 above them, a 400G front-end: 21.5 % today (it was 29 % with 800G for every GPU in
    # one flat non-blocking fabric, before issue 9).
    low, high = PUBLISHED
    assert low <= share(to_inputs(load_preset("colossus-2"))) <= high


def test_a_gb200_gigawatt_site_is_inside_the_published_range():
    # Bernstein's own configuration: 5,932 NVL72 racks (427,104 GB200) for $35B: 14.2 % today.
    preset = load_preset("colossus-2")
    inputs = to_inputs(preset).replace(pool_count=[[427_104.0, 0.0, 0.0, 0.0]], storage_capacity_pb=4173.0)
    low, high = PUBLISHED
    assert low <= share(inputs) <= high


def network_share(switch_id: str, gpus: int, optical_fraction: float) -> float:
    switch = load_catalog().switches[switch_id]
    inputs = to_inputs(load_preset("colossus-1-phase-1")).replace(
        pool_count=[[float(gpus)]],
        storage_capacity_pb=gpus / 100.0,
        turbines_mw=0.0,
        battery_mw=0.0,
        battery_mwh=0.0,
        net_optical_fraction=optical_fraction,
        net_switch_capacity_gbps=switch.value("capacity_gbps"),
        net_switch_port_gbps=switch.value("port_gbps"),
        net_switch_cage_gbps=switch.value("cage_gbps"),
        net_switch_max_ports=switch.value("max_ports"),
        net_switch_power_w=switch.value("power_w"),
        net_switch_price_usd=switch.value("price_usd"),
    )
    return share(inputs)


@settings(max_examples=30, deadline=None, derandomize=True, database=None)
@given(
    switch_id=st.sampled_from(["quantum-2-qm9700", "spectrum-4-sn5600"]),
    gpus=st.integers(16_384, 131_072),
    optical_fraction=st.floats(0.5, 1.0),
)
@example(switch_id="spectrum-4-sn5600", gpus=100_000, optical_fraction=1.0)  # Colossus 1 phase 1: 14.1 %
@example(switch_id="spectrum-4-sn5600", gpus=16_384, optical_fraction=0.5)  # the cheapest three tiers: 12.8 %
def test_three_tier_hopper_fabrics_are_inside_the_range_without_nics(switch_id, gpus, optical_fraction):
    # Three-tier H100 fabrics (16,384 to 131,072 GPUs, the size of the sites analysts describe) on a
    # switch of their generation; smaller two-tier fabrics are cheaper per GPU (8.5-9.4 %), as
    # DeepSeek's Fire-Flyer 2 paper measures (Table III: 3-5 % for its one-NIC-per-node design).
    low, high = WITHOUT_NICS
    assert low <= network_share(switch_id, gpus, optical_fraction) <= high


def test_a_two_tier_fabric_costs_a_smaller_share_than_three_tiers():
    assert network_share("spectrum-4-sn5600", 8192, 1.0) < network_share("spectrum-4-sn5600", 16_384, 1.0)
