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
turbines (up to ``turbines_mw``); what neither covers is the shortfall (reported, and counted
as grid energy for cost and carbon so that totals stay whole). Batteries only shave peaks:
the peak shortfall is facility peak − grid − turbines − battery power.

Energy, carbon and water per year (HOURS_PER_YEAR = 8,766 h):

    energy = facility · h,  CO2 = Σ_source energy_s · intensity_s,  water = IT energy · WUE

Assumptions: the network and storage draw their rating all the time; WUE is per kWh of IT
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
    shortfall = facility_mw - grid_served - turbine_supply
    grid_supply = grid_served + shortfall  # unserved demand accounted as grid purchases
    peak_shortfall = np.maximum(facility_peak_mw - inp.grid_mw - inp.turbines_mw - inp.battery_mw, 0.0)

    grid_gwh = grid_supply * HOURS_PER_YEAR / 1e3
    turbine_gwh = turbine_supply * HOURS_PER_YEAR / 1e3
    energy_gwh = grid_gwh + turbine_gwh
    co2_t = grid_gwh * inp.grid_kg_co2_per_mwh + turbine_gwh * inp.turbine_kg_co2_per_mwh  # GWh·kg/MWh = t
    with np.errstate(invalid="ignore", divide="ignore"):
        intensity = np.where(energy_gwh > 0, co2_t / energy_gwh, inp.grid_kg_co2_per_mwh)
    water_m3 = it_mw * HOURS_PER_YEAR * inp.wue_l_per_kwh  # MWh · L/kWh = m³
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
        "peak_shortfall_mw": peak_shortfall,
        "annual_energy_gwh": energy_gwh,
        "grid_energy_gwh": grid_gwh,
        "turbine_energy_gwh": turbine_gwh,
        "carbon_kg_per_mwh": intensity,
        "annual_co2_tonnes": co2_t,
        "annual_water_m3": water_m3,
        "rack_kw": rack_kw,
    }
