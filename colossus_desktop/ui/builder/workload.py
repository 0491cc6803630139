"""Builder page: the training run, the model's size and shape, its parallelism, and what the
engine predicts for it.

Every field is a :class:`~colossus_desktop.ui.builder.fields.Field` bound to schema 4's
``workload`` section. An empty value (``None``: the lowest value of a spin box, shown as
``Field.none_text``; the "Auto" entry of a choice) means the engine predicts or searches it:
MFU empty = predicted, ``params_active_b`` empty = counted from the shape, a parallelism field
empty = chosen by the layout search. The architecture uses the field names of Hugging Face's
``config.json``; its MoE and MLA groups start folded, since most models leave them empty.
The read-only "Predicted" panel (:mod:`.predicted`) sits under the parallelism it answers.

The first group ("Training run") is where the model picker (a separate module) puts its row.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QToolButton, QVBoxLayout, QWidget

from colossus_desktop.ui.builder import model_picker
from colossus_desktop.ui.builder.fields import Binder, Field, tr
from colossus_desktop.ui.builder.page import form_group
from colossus_desktop.ui.builder.predicted import PredictedPanel

RUN = "workload."
ARCH = "workload.architecture."
PAR = "workload.parallelism."


def _precisions():
    return [
        ("bf16", "BF16", tr("16-bit brain floating point")),
        ("fp8", "FP8", tr("8-bit floating point matrix multiplications; weights, gradients and optimizer "
                          "states stay in BF16/FP32 (BF16 rate where the chip has no FP8)")),
        ("fp4", "FP4", tr("4-bit floating point matrix multiplications; the rest as in BF16 mixed precision "
                          "(FP8 or BF16 rate where unsupported)")),
    ]


def _recompute():
    return [
        (None, tr("Auto"), tr("The layout search picks the fastest policy that fits in memory.")),
        ("none", tr("None"), tr("Keep every activation: fastest, most memory.")),
        ("selective", tr("Selective"), tr("Recompute the attention core only (Korthikanti et al. 2022).")),
        ("full", tr("Full"), tr("Keep only each layer's input and recompute the layer in the backward pass.")),
    ]


def _zero_stages():
    return [
        (None, tr("Auto"), tr("The layout search picks the stage.")),
        (0, tr("0 — replicated"), tr("Every data-parallel replica holds all weights, gradients and optimizer states.")),
        (1, tr("1 — optimizer states"), tr("Optimizer states sharded over data parallel (Megatron's distributed optimizer).")),
        (2, tr("2 — and gradients"), tr("Optimizer states and gradients sharded.")),
        (3, tr("3 — and weights"), tr("Optimizer states, gradients and weights sharded (FSDP).")),
    ]


def run_fields() -> list[Field]:
    return [
        Field(RUN + "name", tr("Run name"), kind="text", help=tr("A label for the training run.")),
        Field(RUN + "tokens_t", tr("Training tokens"), tr("T"), decimals=2, step=1),
        Field(RUN + "precision", tr("Precision"), kind="choice", choices=_precisions),
        Field(RUN + "mfu", tr("MFU"), "%", decimals=1, scale=100, step=1, none_text=tr("Predicted")),
        Field(RUN + "seq_length", tr("Sequence length"), tr("tokens"), kind="int", step=1024, none_text=tr("Unset")),
        Field(RUN + "global_batch_tokens", tr("Global batch"), tr("tokens"), decimals=0, step=1_048_576,
              none_text=tr("Unset")),
        Field(RUN + "fused_kernels", tr("Fused kernels"), kind="bool",
              extra={"text": tr("FlashAttention, fused element-wise")}),
    ]


def size_fields() -> list[Field]:
    return [
        Field(RUN + "params_total_b", tr("Parameters"), tr("B"), decimals=1, step=1),
        Field(RUN + "params_active_b", tr("Active parameters"), tr("B"), decimals=1, step=1,
              none_text=tr("From the shape"),
              help=tr("Parameters each token uses (MoE), billions; empty = counted from the architecture "
                      "when it is complete, else all of them (dense).")),
    ]


def _int(name: str, label: str, help: str = "", none: str | None = None, step: float | None = None,
         zero_allowed: bool = False) -> Field:
    """An optional whole-number architecture field: its lowest value shows ``none`` (unset); a
    field where 0 is a real value puts the unset value just below 0."""
    return Field(ARCH + name, label, kind="int", none_text=none or tr("Unset"), help=help, step=step,
                 extra={"none_at": -1} if zero_allowed else {})


def architecture_groups() -> list[tuple[str, list[Field], bool]]:
    """(title, fields, open at start) of the architecture's groups."""
    dense = [
        _int("num_hidden_layers", tr("Layers"), step=1),
        _int("hidden_size", tr("Hidden size"), step=256),
        _int("intermediate_size", tr("MLP width"), step=256),
        _int("vocab_size", tr("Vocabulary"), tr("Tokens in the vocabulary (embedding rows)."), step=1024),
        Field(ARCH + "tie_word_embeddings", tr("Tied embeddings"), kind="bool",
              extra={"text": tr("input and output share one matrix")}),
        Field(ARCH + "gated_mlp", tr("Gated MLP"), kind="bool", extra={"text": tr("SwiGLU (three matrices)")}),
    ]
    attention = [
        _int("num_attention_heads", tr("Attention heads"), tr("Query heads per layer."), step=1),
        _int("num_key_value_heads", tr("Key/value heads"), none=tr("One per head"), step=1),
        _int("head_dim", tr("Head width"), none=tr("Hidden / heads"), step=8),
    ]
    moe = [
        _int("n_routed_experts", tr("Routed experts"), none=tr("Dense"), step=1),
        _int("num_experts_per_tok", tr("Experts per token"), step=1),
        _int("moe_intermediate_size", tr("Expert MLP width"), none=tr("MLP width"), step=256),
        _int("n_shared_experts", tr("Shared experts"), zero_allowed=True, step=1),
        _int("first_k_dense_replace", tr("Leading dense layers"), zero_allowed=True, step=1),
    ]
    mla = [
        _int("q_lora_rank", tr("Query rank"), step=64),
        _int("kv_lora_rank", tr("Key/value rank"), step=64),
        _int("qk_nope_head_dim", tr("Query/key width (no RoPE)"),
             tr("MLA: per-head query/key width without rotary position embedding."), step=8),
        _int("qk_rope_head_dim", tr("Query/key width (RoPE)"),
             tr("MLA: per-head query/key width carrying rotary position embedding."), zero_allowed=True, step=8),
        _int("v_head_dim", tr("Value width"), tr("MLA: per-head value width."), step=8),
    ]
    return [
        (tr("Architecture: layers and width"), dense, True),
        (tr("Architecture: attention"), attention, True),
        (tr("Architecture: mixture of experts"), moe, False),
        (tr("Architecture: multi-head latent attention (MLA)"), mla, False),
    ]


def parallelism_fields() -> list[Field]:
    auto = tr("Auto")
    return [
        Field(PAR + "tp", tr("Tensor parallel (TP)"), kind="int", none_text=auto, step=1),
        Field(PAR + "pp", tr("Pipeline stages (PP)"), kind="int", none_text=auto, step=1),
        Field(PAR + "dp", tr("Data parallel (DP)"), kind="int", none_text=auto, step=1),
        Field(PAR + "ep", tr("Expert parallel (EP)"), kind="int", none_text=auto, step=1),
        Field(PAR + "cp", tr("Context parallel (CP)"), kind="int", none_text=auto, step=1),
        Field(PAR + "vpp", tr("Virtual stages (v)"), kind="int", none_text=auto, step=1),
        Field(PAR + "micro_batch_size", tr("Micro-batch"), tr("sequences"), kind="int", none_text=auto, step=1),
        Field(PAR + "recompute", tr("Recomputation"), kind="choice", choices=_recompute),
        Field(PAR + "zero_stage", tr("ZeRO stage"), kind="choice", choices=_zero_stages),
    ]


def _checkpoint_modes() -> list[tuple[str, str, str]]:
    return [("blocking", tr("blocking (training stops for the write)"), tr("Training waits while the checkpoint is "
                                                                           "written to storage.")),
            ("async", tr("asynchronous (snapshot, then upload)"), tr("Training stops only for a snapshot to host "
                                                                    "memory; the upload runs in the background "
                                                                    "(MegaScale)."))]


def job_fields() -> list[Field]:
    return [
        Field(RUN + "gpus", tr("Accelerators used"), kind="int", step=1024, none_text=tr("whole cluster")),
        Field(RUN + "checkpoint_gb", tr("Checkpoint size"), "GB", decimals=0, step=100,
              none_text=tr("auto"), none_value="auto"),
        Field(RUN + "checkpoint_interval_min", tr("Checkpoint interval"), tr("min"), decimals=1,
              step=5, none_text=tr("auto (Young–Daly)"), none_value="auto"),
        Field(RUN + "checkpoint_mode", tr("Checkpoints"), kind="choice", choices=_checkpoint_modes),
        Field(RUN + "checkpoint_snapshot_s", tr("Snapshot time"), tr("s"), decimals=1, step=1),
        Field(RUN + "restart_min", tr("Restart time"), tr("min"), decimals=1, step=1),
        Field(RUN + "rental_usd_per_gpu_hour", tr("Rental price"), "$/GPU·h", decimals=2, step=0.1,
              none_text=tr("own cluster cost")),
    ]


def fields() -> list[tuple[str, list[Field]]]:
    """Every group of the page as (title, fields), in page order (the architecture flattened)."""
    return [
        (tr("Training run"), run_fields()),
        (tr("Model size"), size_fields()),
        *[(title, specs) for title, specs, _open in architecture_groups()],
        (tr("Parallelism (empty = searched)"), parallelism_fields()),
        (tr("Job and checkpoints"), job_fields()),
    ]


class Fold(QGroupBox):
    """A group of fields under a button that folds it away (``expanded`` at start)."""

    def __init__(self, title: str, expanded: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.button = QToolButton()
        self.button.setText(title)
        self.button.setCheckable(True)
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(self.button.toolButtonStyle().ToolButtonTextBesideIcon)
        self.button.toggled.connect(self.set_expanded)
        self.body = QWidget()
        self.form = QFormLayout(self.body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setVerticalSpacing(4)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 2, 6, 4)
        lay.setSpacing(2)
        lay.addWidget(self.button)
        lay.addWidget(self.body)
        self.button.setChecked(expanded)
        self.set_expanded(expanded)

    def set_expanded(self, expanded: bool) -> None:
        self.button.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)
        if self.button.isChecked() != expanded:
            self.button.setChecked(expanded)

    def is_expanded(self) -> bool:
        return not self.body.isHidden()


def build(binder: Binder) -> QWidget:
    """The workload page; ``page.predicted`` is its :class:`PredictedPanel` (the window feeds it
    every evaluation), ``page.folds`` the architecture groups by title."""
    page = QWidget()
    page.setObjectName("page:workload")
    lay = QVBoxLayout(page)
    lay.setContentsMargins(4, 4, 4, 4)
    lay.addWidget(form_group(binder, tr("Training run"), run_fields()))
    lay.addWidget(form_group(binder, tr("Model size"), size_fields()))
    page.folds = {}
    for title, specs, expanded in architecture_groups():
        fold = Fold(title, expanded)
        fold.setObjectName("fold:" + title)
        binder.add_rows(fold.form, specs)
        lay.addWidget(fold)
        page.folds[title] = fold
    lay.addWidget(form_group(binder, tr("Parallelism (empty = searched)"), parallelism_fields()))
    page.predicted = PredictedPanel()
    lay.addWidget(page.predicted)
    lay.addWidget(form_group(binder, tr("Job and checkpoints"), job_fields()))
    lay.addStretch(1)
    model_picker.insert_row(binder, page)  # "Model" heads the first section (Training run)
    return page
