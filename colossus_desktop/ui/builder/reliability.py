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
    ]


def build(binder: Binder):
    return form_page(binder, fields(), "page:reliability")
