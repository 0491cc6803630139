"""Builder page: reliability."""

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
                      extra={"text": tr("Continue on fewer DP replicas")}),  # the tooltip says when
            ],
        ),
    ]


def build(binder: Binder):
    return form_page(binder, fields(), "page:reliability")
