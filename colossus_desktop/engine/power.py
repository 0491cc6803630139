"""Power: IT load, facility load through PUE, supply against demand, energy, carbon, water.

IT power (average), summed over pools p, with utilisation u (average draw / nameplate):

    accelerators = Σ count_p · TDP_p · u
    hosts        = Σ count_p · TDP_p · (f_p − 1) · u     f = system power factor (Epoch: 1.82
                                                          for a DGX H100, 10.2 kW / 8 / 0.7 kW)
    IT           = accelerators + hosts + network + storage
    facility     = IT · PUE

Nameplate (peak) IT is the same with u = 1. Epoch AI assumes servers average 75 % of TDP;
Newkirk, Koomey, Shehabi et al. (2025) measured 76 % of the DGX H100 rating in training.

Supply. Average demand is served first from the grid (up to ``grid_mw``), then from on-site
turbines (up to ``turbines_mw``); what neither covers is unserved:

    grid served    = min(facility, grid_mw)
    turbine served = min(facility − grid served, turbines_mw)
    unserved       = facility − grid served − turbine served        (the shortfall, ≥ 0)
    served share s = (grid served + turbine served) / facility      (1 when demand is 0)

so each source's energy stays within its capacity × hours and served + unserved = demand.
Batteries shift energy, they do not create it: they add nothing to the average supply and
only shave peaks (peak shortfall = facility peak − grid − turbines − battery power); their
round-trip losses are left out.

What a shortfall means. Our assumption (no published source; the simplest one that keeps
energy whole and needs no dispatch schedule): the site
throttles evenly, so on average only the share s of its load runs: s of the accelerators
with their hosts, network, storage and cooling. The served energy, its cost, carbon and water
are those of that load; unserved energy is neither bought nor emitted. A training run then
advances at s of its full-power rate: its wall-clock stretches by 1/s = demand / served
(engine/training.py), while its energy, carbon and interruptions stay those of the same work.

Energy, carbon and water per year (HOURS_PER_YEAR = 8,766 h), served energy only:

    energy_s = served_s · h,  energy = Σ_s energy_s,  unserved energy = unserved · h
    CO2 = Σ_s energy_s · intensity_s,  water = IT · s · h · WUE

Assumptions: the network and storage draw their rating whenever the site runs; WUE is per kWh of IT
energy (The Green Grid's definition). Sources: reference §B.1–B.2 (Epoch power formula,
SemiAnalysis, Uptime PUE, EIA and TVA carbon).
"""

from __future__ import annotations

import numpy as np

from .inputs import Inputs
from .units import HOURS_PER_YEAR


def pool_it_peak_w(inp: Inputs) -> np.ndarray:
    """(N, P) nameplate IT power of each pool's servers (accelerators + hosts), W."""
    return inp.pool_count * inp.pool_tdp_w * inp.pool_system_power_factor


def power(inp: Inputs, network_mw: np.ndarray, racks: np.ndarray) -> dict[str, np.ndarray]:
    """Power, supply, energy, carbon and water of each scenario: a dict of (N,) arrays named as
    :class:`~colossus_desktop.engine.results.PowerResults` (MW, GWh or MWh per year, t, m³).
    ``network_mw`` is the network's power (N,), ``racks`` the rack count (N,)."""
    u = inp.utilization
    tdp_total_w = (inp.pool_count * inp.pool_tdp_w).sum(axis=1)
    servers_peak_w = pool_it_peak_w(inp).sum(axis=1)
    accelerators_mw = tdp_total_w * u / 1e6
    hosts_mw = (servers_peak_w - tdp_total_w) * u / 1e6
    storage_mw = inp.storage_capacity_pb * inp.storage_kw_per_pb / 1e3
    it_mw = accelerators_mw + hosts_mw + network_mw + storage_mw
    it_peak_mw = servers_peak_w / 1e6 + network_mw + storage_mw
    facility_mw = it_mw * inp.pue
    facility_peak_mw = it_peak_mw * inp.pue

    grid_served = np.minimum(facility_mw, inp.grid_mw)
    turbine_supply = np.minimum(facility_mw - grid_served, inp.turbines_mw)
    served_mw = grid_served + turbine_supply
    shortfall = facility_mw - served_mw  # unserved: neither bought nor burnt
    with np.errstate(invalid="ignore", divide="ignore"):
        served_fraction = np.where(facility_mw > 0, served_mw / facility_mw, 1.0)
    peak_shortfall = np.maximum(facility_peak_mw - inp.grid_mw - inp.turbines_mw - inp.battery_mw, 0.0)

    grid_gwh = grid_served * HOURS_PER_YEAR / 1e3
    turbine_gwh = turbine_supply * HOURS_PER_YEAR / 1e3
    energy_gwh = grid_gwh + turbine_gwh
    unserved_mwh = shortfall * HOURS_PER_YEAR
    co2_t = grid_gwh * inp.grid_kg_co2_per_mwh + turbine_gwh * inp.turbine_kg_co2_per_mwh  # GWh·kg/MWh = t
    with np.errstate(invalid="ignore", divide="ignore"):
        intensity = np.where(energy_gwh > 0, co2_t / energy_gwh, inp.grid_kg_co2_per_mwh)
    water_m3 = it_mw * served_fraction * HOURS_PER_YEAR * inp.wue_l_per_kwh  # MWh · L/kWh = m³
    with np.errstate(invalid="ignore", divide="ignore"):
        rack_kw = np.where(racks > 0, servers_peak_w / 1e3 / racks, 0.0)
    return {
        "accelerators_mw": accelerators_mw,
        "hosts_mw": hosts_mw,
        "network_mw": network_mw,
        "storage_mw": storage_mw,
        "it_mw": it_mw,
        "it_peak_mw": it_peak_mw,
        "cooling_overhead_mw": facility_mw - it_mw,
        "facility_mw": facility_mw,
        "facility_peak_mw": facility_peak_mw,
        "grid_supply_mw": grid_served,
        "turbine_supply_mw": turbine_supply,
        "shortfall_mw": shortfall,
        "served_fraction": served_fraction,
        "peak_shortfall_mw": peak_shortfall,
        "annual_energy_gwh": energy_gwh,
        "grid_energy_gwh": grid_gwh,
        "turbine_energy_gwh": turbine_gwh,
        "annual_unserved_mwh": unserved_mwh,
        "carbon_kg_per_mwh": intensity,
        "annual_co2_tonnes": co2_t,
        "annual_water_m3": water_m3,
        "rack_kw": rack_kw,
    }
