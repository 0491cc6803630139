"""Builder page: costs and finance."""

from __future__ import annotations

from colossus_desktop.ui.builder.fields import Binder, Field, tr
from colossus_desktop.ui.builder.page import form_page


def fields() -> list[tuple[str, list[Field]]]:
    dep = [
        ("accelerators", tr("Accelerators")),
        ("servers", tr("Servers")),
        ("network", tr("Network")),
        ("storage", tr("Storage")),
        ("facility", tr("Facility")),
        ("power_plant", tr("Power plant")),
    ]
    return [
        (
            tr("Costs"),
            [
                Field("costs.server_cost_factor", tr("Server cost factor"), "×", decimals=2, step=0.05),
                Field("costs.staff_count", tr("Staff"), decimals=1, step=5,
                      help=tr("People operating the site, in full-time equivalents.")),
                Field("costs.staff_usd_per_year", tr("Cost per staff"), "$/yr", decimals=0, step=10_000),
                Field("costs.gpu_hours_used_fraction", tr("GPU-hours used"), "%", decimals=0, scale=100, step=1,
                      help=tr("Share of installed GPU-hours that do useful work (allocated to jobs); "
                              "sets the cost per used GPU-hour. Not the power utilisation.")),
            ],
        ),
        (
            tr("Maintenance per year"),
            [
                Field(f"costs.maintenance_per_year.{key}", label, "%/yr", decimals=2, scale=100, step=0.1, help=help_)
                for key, label, help_ in (
                    ("compute", tr("Accelerators and servers"), ""),
                    ("network", tr("Network"), ""),
                    ("storage", tr("Storage"), tr("Storage systems (arrays, drives and their servers): "
                                                  "support and replacement parts, a share of their capex.")),
                    ("facility", tr("Facility"), ""),
                    ("power_plant", tr("Power plant"), ""),
                )
            ],
        ),
        (
            tr("Finance"),
            [
                Field("finance.cost_of_capital", tr("Cost of capital"), "%/yr", decimals=1, scale=100, step=0.5),
                Field("finance.horizon_years", tr("Horizon"), tr("years"), kind="int",
                      help=tr("Years of operation counted in the total cost of ownership.")),
            ],
        ),
        (
            tr("Depreciation"),
            [
                Field(f"finance.depreciation_years.{key}", label, tr("years"), decimals=1, step=0.5,
                      help=tr("Years over which this capex is depreciated.")) for key, label in dep
            ],
        ),
    ]


def build(binder: Binder):
    return form_page(binder, fields(), "page:costs")
