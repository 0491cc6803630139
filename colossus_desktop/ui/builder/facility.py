"""Builder page: facility, power supply and storage."""

from __future__ import annotations

from colossus_desktop.ui.builder import catalog_choices
from colossus_desktop.ui.builder.fields import Binder, Field, tr
from colossus_desktop.ui.builder.page import form_page


def fields() -> list[tuple[str, list[Field]]]:
    cooling_also = catalog_choices.values_from_item("cooling", {"facility.pue": "pue", "facility.wue_l_per_kwh": "wue_l_per_kwh"})
    grid_also = catalog_choices.values_from_item(
        "grids", {"power.grid_usd_per_mwh": "usd_per_mwh", "power.grid_kg_co2_per_mwh": "kg_co2_per_mwh"}
    )
    return [
        (
            tr("Facility"),
            [
                Field("facility.cooling", tr("Cooling"), kind="choice", choices=catalog_choices.cooling, also=cooling_also,
                      help=tr("Cooling type from the catalog; picking one also sets its typical PUE and water use.")),
                Field("facility.pue", tr("PUE"), decimals=2, step=0.01,
                      help=tr("Power usage effectiveness: facility power / IT power.")),
                Field("facility.wue_l_per_kwh", tr("Water use"), "L/kWh", decimals=2, step=0.1),
                Field("facility.build_cost_usd_per_mw", tr("Build cost"), "$/MW", decimals=0, step=100_000),
            ],
        ),
        (
            tr("Power supply"),
            [
                Field("power.utilization", tr("Average load"), "%", decimals=0, scale=100, step=5),
                Field("power.grid_region", tr("Grid region"), kind="choice", choices=catalog_choices.grids, also=grid_also,
                      help=tr("Grid the price and carbon figures come from; picking one sets both.")),
                Field("power.grid_mw", tr("Grid connection"), "MW", decimals=0, step=10,
                      help=tr("Power the utility grid can deliver to the site.")),
                Field("power.grid_usd_per_mwh", tr("Grid price"), "$/MWh", decimals=1, step=5,
                      help=tr("Price of grid electricity, all-in, per MWh.")),
                Field("power.grid_kg_co2_per_mwh", tr("Grid carbon"), "kg/MWh", decimals=0, step=10,
                      help=tr("Carbon intensity of grid electricity, kg CO₂ per MWh.")),
                Field("power.turbines_mw", tr("On-site turbines"), "MW", decimals=0, step=10,
                      help=tr("Capacity of on-site gas turbines, used after the grid.")),
                Field("power.turbine_usd_per_mwh", tr("Turbine energy cost"), "$/MWh", decimals=1, step=5),
                Field("power.turbine_kg_co2_per_mwh", tr("Turbine carbon"), "kg/MWh", decimals=0, step=10,
                      help=tr("Carbon intensity of the turbines' electricity, kg CO₂ per MWh.")),
                Field("power.turbine_capex_usd_per_mw", tr("Turbine capex"), "$/MW", decimals=0, step=100_000,
                      help=tr("Capital cost of the turbines per MW installed.")),
                Field("power.battery_mw", tr("Battery power"), "MW", decimals=0, step=10,
                      help=tr("Power the batteries can deliver to cover peaks.")),
                Field("power.battery_mwh", tr("Battery energy"), "MWh", decimals=0, step=10,
                      help=tr("Energy the batteries store.")),
                Field("power.battery_capex_usd_per_mwh", tr("Battery capex"), "$/MWh", decimals=0, step=10_000,
                      help=tr("Capital cost of the batteries per MWh of storage.")),
            ],
        ),
        (
            tr("Storage"),
            [
                Field("storage.capacity_pb", tr("Capacity"), "PB", decimals=1, step=10,
                      help=tr("Usable storage capacity, petabytes.")),
                Field("storage.write_tbps", tr("Write bandwidth"), "TB/s", decimals=2, step=0.5),
                Field("storage.cost_usd_per_pb", tr("Cost"), "$/PB", decimals=0, step=100_000,
                      help=tr("Capital cost of storage per petabyte.")),
                Field("storage.power_kw_per_pb", tr("Power"), "kW/PB", decimals=1, step=1,
                      help=tr("Power drawn by storage per petabyte.")),
            ],
        ),
    ]


def build(binder: Binder):
    return form_page(binder, fields(), "page:facility")
