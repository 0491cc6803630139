"""Builder page: the training run."""

from __future__ import annotations

from colossus_desktop.ui.builder import model_picker
from colossus_desktop.ui.builder.fields import Binder, Field, tr
from colossus_desktop.ui.builder.page import form_page


def fields() -> list[tuple[str, list[Field]]]:
    precisions = lambda: [  # noqa: E731
        ("bf16", "BF16", tr("16-bit brain floating point")),
        ("fp8", "FP8", tr("8-bit floating point (BF16 rate where unsupported)")),
        ("fp4", "FP4", tr("4-bit floating point (FP8 or BF16 rate where unsupported)")),
    ]
    return [
        (
            tr("Model and data"),
            [
                Field("workload.name", tr("Run name"), kind="text", help=tr("A label for the training run.")),
                Field("workload.params_total_b", tr("Parameters"), tr("B"), decimals=1, step=1),
                Field("workload.params_active_b", tr("Active parameters"), tr("B"), decimals=1, step=1,
                      none_text=tr("dense")),
                Field("workload.tokens_t", tr("Training tokens"), tr("T"), decimals=2, step=1),
                Field("workload.precision", tr("Precision"), kind="choice", choices=precisions,
                      help=tr("Number format of the matrix multiplications.")),
                Field("workload.mfu", tr("MFU"), "%", decimals=1, scale=100, step=1),
                Field("workload.activation_recompute", tr("Recomputation"), kind="bool", extra={"text": tr("full (8ND)")}),
            ],
        ),
        (
            tr("Job"),
            [
                Field("workload.gpus", tr("Accelerators used"), kind="int", step=1024,
                      none_text=tr("whole cluster")),
                Field("workload.checkpoint_gb", tr("Checkpoint size"), "GB", decimals=0, step=100,
                      none_text=tr("auto"), none_value="auto"),
                Field("workload.checkpoint_interval_min", tr("Checkpoint interval"), tr("min"), decimals=1,
                      step=5, none_text=tr("auto (Young–Daly)"), none_value="auto"),
                Field("workload.restart_min", tr("Restart time"), tr("min"), decimals=1, step=1),
                Field("workload.rental_usd_per_gpu_hour", tr("Rental price"), "$/GPU·h", decimals=2, step=0.1,
                      none_text=tr("own cluster cost")),
            ],
        ),
    ]


def build(binder: Binder):
    page = form_page(binder, fields(), "page:workload")
    model_picker.insert_row(binder, page)  # "Model" heads the first section
    return page
