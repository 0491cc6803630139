"""Cost: capex by category, opex per year, capital recovery, cost per GPU-hour, TCO.

Capex (USD):

    accelerators = Σ count_p · price_p
    servers      = Σ count_p · price_p · (server_cost_factor − 1) · [price_p is the chip's]
    network      = switches · price + optical modules · price  (network model)
    storage      = capacity_PB · USD/PB
    facility     = build cost per MW · nameplate IT MW          Cushman & Wakefield: per MW of
                                                                 critical load, shell + MEP
    power plant  = turbines MW · USD/MW + battery MWh · USD/MWh

A price is either the chip's alone (the server is added through Epoch AI's server cost
factor, GPU × 1.64) or a per-accelerator share of a whole system, server included (DGX H100
≈ $270k for 8 GPUs; GB200 NVL72 ≈ $3.4M of compute hardware for 72): then nothing is added,
so a system is not counted twice. The accelerators category then holds the system share.

Opex per year: energy (grid and turbine energy at their prices), maintenance (a yearly share
of each asset class's capex: accelerators with servers, network, storage, facility, power
plant; each rate sourced in the catalog) and staff (headcount × loaded cost).

Capital recovery. Asset class i with life L_i years at cost of capital r costs each year

    CRF(r, L) = r / (1 − (1 + r)^−L)     (1/L when r = 0)

times its capex: straight-line depreciation plus the return on capital, as a lessor would
price it. Cost per GPU-hour, as TCO analyses quote it, per installed and per used hour:

    per installed hour = (Σ_i capex_i · CRF_i + opex) / (accelerators · 8,766 h)
    per used hour      = per installed hour / used share   (∞ when no hour can be used)
    used share         = min(gpu_hours_used_fraction, served power share)

gpu_hours_used_fraction is the share of installed GPU-hours allocated to useful work (Meta's
research clusters: 83 % and 85 %, Kokolis et al. 2025), not the power utilisation; a power
shortfall (engine/power.py) caps it at the share of the load the supply can run.
TCO over the horizon H = capex + H · opex (undiscounted; the yearly series below show the
timing). Yearly series for years y = 1 … H: straight-line depreciation capex_i / L_i while
y ≤ L_i, and the cost of capital r × book value at the start of year y.

Assumptions: prices are today's typical catalog figures; no residual value, taxes or land.
Sources: reference §A.3 (prices), §B.3 (Epoch multipliers, construction cost, lives).
"""

from __future__ import annotations

import numpy as np

from .inputs import Inputs
from .results import CAPEX_CATEGORIES
from .units import HOURS_PER_YEAR

MAX_YEARS = 30


def capital_recovery_factor(rate: np.ndarray, years: np.ndarray) -> np.ndarray:
    rate = np.asarray(rate, dtype=float)
    years = np.asarray(years, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        crf = rate / (1.0 - (1.0 + rate) ** (-years))
    return np.where(rate > 1e-12, crf, 1.0 / years)


def pool_hardware_usd(inp: Inputs) -> tuple[np.ndarray, np.ndarray]:
    """(N, P) capex of each pool's accelerators and of the servers added to them, USD: the
    server cost factor applies only to pools priced per chip (``pool_price_includes_server`` 0)."""
    acc = inp.pool_count * inp.pool_price_usd
    chip_only = 1.0 - np.clip(inp.pool_price_includes_server, 0.0, 1.0)
    return acc, acc * (inp.server_cost_factor[:, None] - 1.0) * chip_only


def cost(inp: Inputs, accelerators: np.ndarray, network: dict, power: dict, series: bool) -> dict:
    """Capex, opex, capital recovery, cost per installed and per used GPU-hour and TCO: a dict
    named as :class:`~colossus_desktop.engine.results.CostResults` (USD; (N,) arrays, (N, Y)
    yearly series when ``series``). ``network`` and ``power`` are those sub-models' dicts."""
    acc, servers = pool_hardware_usd(inp)
    capex = {
        "accelerators": acc.sum(axis=1),
        "servers": servers.sum(axis=1),
        "network": network["network_capex_usd"],
        "storage": inp.storage_capacity_pb * inp.storage_usd_per_pb,
        "facility": inp.facility_usd_per_mw * power["it_peak_mw"],
        "power_plant": inp.turbines_mw * inp.turbine_capex_usd_per_mw + inp.battery_mwh * inp.battery_capex_usd_per_mwh,
    }
    assert tuple(capex) == CAPEX_CATEGORIES
    lives = {
        "accelerators": inp.dep_years_accelerators,
        "servers": inp.dep_years_servers,
        "network": inp.dep_years_network,
        "storage": inp.dep_years_storage,
        "facility": inp.dep_years_facility,
        "power_plant": inp.dep_years_power_plant,
    }
    capex_total = sum(capex.values())
    maintenance = (
        (capex["accelerators"] + capex["servers"]) * inp.maintenance_compute_per_year
        + capex["network"] * inp.maintenance_network_per_year
        + capex["storage"] * inp.maintenance_storage_per_year
        + capex["facility"] * inp.maintenance_facility_per_year
        + capex["power_plant"] * inp.maintenance_power_plant_per_year
    )
    opex = {
        "energy": power["grid_energy_gwh"] * 1e3 * inp.grid_usd_per_mwh
        + power["turbine_energy_gwh"] * 1e3 * inp.turbine_usd_per_mwh,
        "maintenance": maintenance,
        "staff": inp.staff_count * inp.staff_usd_per_year,
    }
    opex_total = sum(opex.values())
    annualized = sum(capex[k] * capital_recovery_factor(inp.cost_of_capital, lives[k]) for k in capex)
    with np.errstate(divide="ignore", invalid="ignore"):
        per_gpu_hour = np.where(accelerators > 0, (annualized + opex_total) / (accelerators * HOURS_PER_YEAR), np.nan)
    used = np.minimum(inp.gpu_hours_used_fraction, power["served_fraction"])
    with np.errstate(divide="ignore", invalid="ignore"):
        # nothing used: a used hour is unattainable (∞), or undefined like the installed rate
        # when there is no accelerator (NaN)
        per_used_hour = np.where(used > 0, per_gpu_hour / used, np.where(accelerators > 0, np.inf, np.nan))
    out = {
        "capex_usd": capex_total,
        "capex_breakdown_usd": capex,
        "network_capex_breakdown_usd": network["network_capex_breakdown_usd"],
        "opex_usd_per_year": opex_total,
        "opex_breakdown_usd_per_year": opex,
        "annualized_capex_usd": annualized,
        "usd_per_gpu_hour": per_gpu_hour,
        "usd_per_used_gpu_hour": per_used_hour,
        "gpu_hours_used_fraction": used,
        "tco_usd": capex_total + inp.horizon_years * opex_total,
        "horizon_years": inp.horizon_years,
    }
    if series:
        out.update(_yearly(inp, capex, lives, opex))
    else:
        empty = np.zeros((inp.n, 0))
        for key in ("depreciation", "capital_cost", "energy", "maintenance", "staff"):
            out[f"yearly_{key}_usd"] = empty
    return out


def _yearly(inp: Inputs, capex: dict, lives: dict, opex: dict) -> dict:
    years = np.arange(1, MAX_YEARS + 1, dtype=float)[None, :]  # (1, Y)
    active = years <= inp.horizon_years[:, None]
    dep = np.zeros((inp.n, MAX_YEARS))
    capital = np.zeros((inp.n, MAX_YEARS))
    for key, amount in capex.items():
        life = lives[key][:, None]
        share = np.clip(life - (years - 1.0), 0.0, 1.0) / life  # fraction of the asset written off in year y
        dep += amount[:, None] * share
        book = amount[:, None] * np.clip(1.0 - (years - 1.0) / life, 0.0, 1.0)
        capital += inp.cost_of_capital[:, None] * book
    return {
        "yearly_depreciation_usd": np.where(active, dep, 0.0),
        "yearly_capital_cost_usd": np.where(active, capital, 0.0),
        "yearly_energy_usd": np.where(active, opex["energy"][:, None], 0.0),
        "yearly_maintenance_usd": np.where(active, opex["maintenance"][:, None], 0.0),
        "yearly_staff_usd": np.where(active, opex["staff"][:, None], 0.0),
    }
