"""Builder page: reliability (rates, spares, the failure simulation's repair time and causes).

The causes' shares are weights (the simulation divides them by their sum); each tooltip is the
field's description, which names its source (Llama 3 Table 5)."""

from __future__ import annotations

from colossus_desktop.ui.builder.fields import Binder, Field, tr
from colossus_desktop.ui.builder.page import form_page


def fields() -> list[tuple[str, list[Field]]]:
    return [
        (
            tr("Failures and spares"),
            [
                Field("reliability.failures_per_gpu_year", tr("Failure rate"), tr("/GPU·yr"), decimals=3, step=0.01),
                Field("reliability.spare_fraction", tr("Hot spares"), "%", decimals=1, scale=100, step=0.5),
            ],
        ),
        (
            tr("Failure simulation"),
            [
                Field("reliability.planned_per_gpu_year", tr("Planned maintenance"), tr("/GPU·yr"), decimals=4,
                      step=0.005),
                Field("reliability.repair_hours", tr("Repair time"), tr("h"), decimals=1, step=12),
                Field("reliability.degraded_running", tr("Degraded running"), kind="bool",
                      extra={"text": tr("Train on fewer replicas")}),
            ],
        ),
        (
            tr("Causes of unexpected interruptions"),
            [
                Field("reliability.share_gpu", tr("GPU"), "%", decimals=1, scale=100, step=1),
                Field("reliability.share_hbm", tr("HBM memory"), "%", decimals=1, scale=100, step=1),
                Field("reliability.share_network", tr("Network"), "%", decimals=1, scale=100, step=1),
                Field("reliability.share_host", tr("Host"), "%", decimals=1, scale=100, step=1),
                Field("reliability.share_software", tr("Software"), "%", decimals=1, scale=100, step=1),
            ],
        ),
    ]


def build(binder: Binder):
    return form_page(binder, fields(), "page:reliability")
