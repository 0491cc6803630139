"""Operating cost of a gigawatt site: energy is its largest part (issue 9).

Epoch AI, 'Servers account for 60% of the total cost of ownership of a one-gigawatt AI data
center' (14 May 2026): "$0.9 billion in annual operating expenses (OpEx) ... even energy, the
largest OpEx category, costs only $0.6 billion per year". Before issue 9, maintenance at 6 % of
all hardware a year ($5.0B on Colossus 2) outweighed energy fourteen times.
"""

from __future__ import annotations

from colossus_desktop.engine import evaluate
from colossus_desktop.scenario import load_preset, to_inputs


def test_energy_is_the_largest_part_of_a_gigawatt_sites_opex():
    # Bernstein's 1 GW GB200 site (5,932 NVL72 racks) on the grid at the US industrial average.
    inputs = to_inputs(load_preset("colossus-2")).replace(
        pool_count=[[427_104.0, 0.0, 0.0, 0.0]], storage_capacity_pb=4173.0, grid_mw=5000.0, turbines_mw=0.0,
        battery_mw=0.0, battery_mwh=0.0, grid_usd_per_mwh=80.6)
    opex = {k: float(v[0]) for k, v in evaluate(inputs, series=False).cost.opex_breakdown_usd_per_year.items()}
    assert opex["energy"] > opex["maintenance"] > 0 and opex["energy"] > opex["staff"]
    total = sum(opex.values())
    assert 0.6e9 <= total <= 1.2e9  # Epoch: $0.9B a year for 1 GW of IT (ours: 0.79 GW nameplate IT)
