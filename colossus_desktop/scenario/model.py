"""The scenario document: what the user builds, edits and saves.

Plain data, validated by pydantic (field paths in every error), serialised as readable JSON
with a format marker and a ``schema_version``. No Qt here, and no engine maths: the engine
sees a scenario only through :func:`colossus_desktop.scenario.inputs.to_inputs`.

Units live in the field names (``_mw``, ``_usd``, ``_gbps`` …). Every section has a ``notes``
mapping from a field name to free text, where a user (or a preset) records the source of a
value.
"""


# No `from __future__ import annotations` in this module: pydantic would compile each field's
# annotation from its text when the module is imported (~10 ms of every start-up).
import re
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from colossus_desktop.scenario.uncertainty import Uncertainty

FORMAT = "colossus-desktop-scenario"
SCHEMA_VERSION = 7

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")

Notes = dict[str, str]

#: Every section: unknown keys refused, assignments validated, and no float may be inf or NaN
#: (1e400 in a file parses to inf; nothing downstream can show, save or compute with it).
_CONFIG = ConfigDict(extra="forbid", validate_assignment=True, allow_inf_nan=False,
                     defer_build=True)  # validators built on first use, not on import: scenario/trusted.py

# Upper (and a few lower) bounds on what a document may hold. Each is far beyond any real
# cluster, so no honest scenario meets it, but it keeps every value one the form can show (a
# QSpinBox holds < 2**31; the form's float fields stop at 1e15) and every engine sum finite.
#: Accelerators in a pool, a run, a pod or a DP group: 100x the largest announced training site
#: (the colossus-2 preset's million).
MAX_ACCELERATORS = 100_000_000
_ACC = " At most 100,000,000: 100x the largest announced site (colossus-2's million)."
#: Price of one accelerator, switch or system share, USD: 1 billion, ~28,000x a GB200's $35,500.
MAX_UNIT_PRICE_USD = 1e9
_PRICE = " At most $1 billion: about 28,000x the catalog's dearest (GB200, $35,500)."
#: Power of a site's grid link, turbines or batteries, MW: 1 TW, more than the whole US average load.
MAX_SITE_MW = 1e6
_MW = " At most 1,000,000 MW (1 TW): more than the average load of the whole US grid."
#: Energy price, USD/MWh: 200x the Texas (ERCOT) market's $5,000/MWh price cap.
MAX_USD_PER_MWH = 1e6
_USD_MWH = " At most $1,000,000/MWh: 200x the ERCOT market's $5,000/MWh cap."
#: Carbon intensity, kg CO2/MWh: 10x coal's ~1,000.
MAX_KG_CO2_PER_MWH = 1e4
_CO2 = " At most 10,000 kg/MWh: 10x a coal plant's ~1,000."
#: A rate per MW or MWh of plant, USD: 1,000x the catalog's turbines' $1M/MW.
MAX_USD_PER_MW = 1e9
_USD_MW = " At most $1 billion per unit: ~1,000x the catalog's (turbines: $1M/MW; batteries: $283,500/MWh)."

PriceBasis = Literal["chip", "system"]
PRICE_BASIS_HELP = ("What the price covers: \"chip\" = the accelerator alone (servers are added through "
                    "costs.server_cost_factor); \"system\" = its share of a whole system, server included "
                    "(a DGX/HGX server, an NVL72 rack), so nothing is added.")


class _Section(BaseModel):
    model_config = _CONFIG

    notes: Notes = Field(default_factory=dict, description="Field name → source or remark.")


class CustomAccelerator(BaseModel):
    """An accelerator that is not in the catalog, defined inline in the scenario."""

    model_config = _CONFIG

    name: str = Field(min_length=1, description="What to call the chip in tables and reports.")
    bf16_tflops: float = Field(ge=0.1, le=1e6, description=(
        "Dense BF16 TFLOP/s (never the sparse figure). 0.1 to 1,000,000: no AI accelerator is slower than "
        "100 GFLOP/s (the form's lowest value); 1,000,000 is 400x GB200's 2,500."))
    fp8_tflops: float | None = Field(default=None, ge=0.1, le=1e6, description=(
        "Dense FP8 TFLOP/s; empty if unsupported. 0.1 to 1,000,000 (200x GB200's 5,000)."))
    fp4_tflops: float | None = Field(default=None, ge=0.1, le=1e6, description=(
        "Dense FP4 TFLOP/s; empty if unsupported. 0.1 to 1,000,000 (66x GB300's 15,000)."))
    hbm_gb: float = Field(ge=0.1, le=1e5, description=(
        "High-bandwidth memory per chip, GB. 0.1 to 100,000 (350x MI355X's 288 GB)."))
    hbm_tbps: float = Field(ge=0.001, le=1e3, description=(
        "HBM bandwidth per chip, TB/s. 0.001 to 1,000 (125x B100's 8 TB/s)."))
    tdp_w: float = Field(ge=1, le=1e6, description="Thermal design power of one chip, W. 1 to 1,000,000 (700x GB300's 1,400 W).")
    scaleup_gb_per_s: float = Field(ge=0, le=1e6, description=(
        "Scale-up (NVLink-class) bandwidth per chip, bidirectional. At most 1,000,000 GB/s (550x B100's 1,800)."))
    scaleup_domain: int = Field(ge=1, le=1_000_000, description=(
        "Accelerators in one scale-up (NVLink-class) domain. At most 1,000,000 (the catalog's largest: 256, TPU v6e)."))
    price_usd: float = Field(ge=0, le=MAX_UNIT_PRICE_USD, description=(
        "Typical price of one chip, USD; a pool's own price overrides it." + _PRICE))
    price_basis: PriceBasis = Field(default="chip", description=PRICE_BASIS_HELP)
    scaleout_gbps: float | None = Field(
        default=None, ge=1, le=3200,
        description="Scale-out (NIC) bandwidth per chip, Gb/s; needed when network.link_gbps is empty.")
    system_power_factor: float = Field(
        ge=1, le=100, description="Server/system power per accelerator as a multiple of its TDP. At most 100 "
                                  "(the catalog's largest: 2.03, A100 SXM).")
    release: str | None = Field(default=None, description="Release month, YYYY-MM.")

    @field_validator("release")
    @classmethod
    def _month(cls, v: str | None) -> str | None:
        return None if v is None else check_month(v)


def check_month(v: str) -> str:
    if not isinstance(v, str) or not _MONTH.match(v):
        raise ValueError("must be a month written YYYY-MM, e.g. 2025-07")
    return v


class Pool(BaseModel):
    """A batch of identical accelerators that arrives on one date."""

    model_config = _CONFIG

    name: str = "Pool"
    accelerator: str | None = Field(default=None, description="Catalog id; empty when custom is set.")
    custom: CustomAccelerator | None = None
    count: int = Field(gt=0, le=MAX_ACCELERATORS, description="Number of accelerators in this pool." + _ACC)
    arrival: str = Field(description="Month the pool is installed and running, YYYY-MM.")
    price_usd: float | None = Field(default=None, ge=0, le=MAX_UNIT_PRICE_USD, description=(
        "Price per accelerator; empty uses the catalog's typical price." + _PRICE))
    price_basis: PriceBasis | None = Field(
        default=None, description=PRICE_BASIS_HELP + " Empty: the catalog's (or the custom accelerator's).")
    note: str = ""

    @field_validator("arrival")
    @classmethod
    def _month(cls, v: str) -> str:
        return check_month(v)

    @model_validator(mode="after")
    def _one_kind(self) -> Self:
        if self.accelerator is None and self.custom is None:
            raise ValueError("needs an accelerator: a catalog id in \"accelerator\" or a \"custom\" accelerator")
        if self.accelerator is not None and self.custom is not None:
            raise ValueError("give either \"accelerator\" (a catalog id) or \"custom\", not both")
        return self


class Layout(_Section):
    gpus_per_node: int = Field(ge=1, le=1024)
    nodes_per_rack: int = Field(ge=1, le=1024)


class CustomSwitch(BaseModel):
    """A switch that is not in the catalog, defined inline in the scenario."""

    model_config = _CONFIG

    name: str = Field(min_length=1, description="What to call the switch in tables and reports.")
    ports: int = Field(ge=2, le=4096, description="Native ports.")
    port_gbps: float = Field(gt=0, le=3200, description="Speed of one native port, Gb/s.")
    max_ports: int | None = Field(
        default=None, ge=2, le=8192, description="Most logical ports it splits into; empty = the native ports.")
    power_w: float = Field(ge=0, le=1e6, description=(
        "Maximum power of the switch, W (optics not included). At most 1,000,000 (340x Quantum-X800's 2,900 W)."))
    price_usd: float = Field(ge=0, le=MAX_UNIT_PRICE_USD, description="Price of one switch, USD." + _PRICE)


class Network(_Section):
    fabric: Literal["infiniband", "ethernet", "spectrum-x"]
    link_gbps: float | None = Field(
        default=None, ge=1, le=3200,
        description="Scale-out bandwidth per accelerator, Gb/s; empty = each accelerator's own NICs "
                    "(catalog: 400G ConnectX-7 on GB200, 800G ConnectX-8 on GB300).")
    nics_per_node: int | None = Field(
        default=None, ge=1, le=1024,
        description="Scale-out NIC ports per node; empty = one per accelerator (DeepSeek's Fire-Flyer 2: one per node).")
    switch: str | None = Field(default=None, description="Catalog id of the switch; empty when custom_switch is set.")
    custom_switch: CustomSwitch | None = None
    oversubscription: float = Field(ge=1, le=64, description="Leaf down:up ratio inside a pod (1 = non-blocking).")
    pod_gpus: int | None = Field(
        default=None, ge=1, le=MAX_ACCELERATORS,
        description="Accelerators per pod (full bisection inside at the leaf ratio); empty = no pods: "
                    "one flat fabric per link speed." + _ACC)
    pod_oversubscription: float = Field(
        default=1, ge=1, le=64, description="A pod's bandwidth : its up-links above (Meta's Llama 3 cluster: 7).")
    rail_optimized: bool = Field(
        default=True, description="Leaves shared by the racks of a row, one per GPU rank (rails); off = leaves in each rack.")
    planes: int = Field(ge=1, le=16, description="Independent parallel fabrics sharing each GPU's bandwidth.")
    optical_fraction: float = Field(
        ge=0, le=1, description="Share of accelerator-to-leaf links that use optics rather than copper (DAC/ACC)."
    )
    frontend_gbps_per_node: float = Field(
        default=0, ge=0, le=6400, description="Front-end network (storage, data, management) per node, Gb/s; 0 = none.")
    frontend_oversubscription: float = Field(default=1, ge=1, le=64, description="Front-end leaf down:up ratio.")

    @model_validator(mode="after")
    def _one_switch(self) -> Self:
        if self.switch is None and self.custom_switch is None:
            raise ValueError("needs a switch: a catalog id in \"switch\" or a \"custom_switch\"")
        if self.switch is not None and self.custom_switch is not None:
            raise ValueError("give either \"switch\" (a catalog id) or \"custom_switch\", not both")
        return self


class Storage(_Section):
    capacity_pb: float = Field(ge=0, le=1e6, description="At most 1,000,000 PB (1 ZB): 4,000x Llama 3's 240 PB.")
    write_tbps: float = Field(ge=0.01, le=1e5, description=(
        "Sustained write bandwidth, TB/s (checkpoints). 0.01 (the form's lowest) to 100,000: 50,000x Llama 3's 2 TB/s."))
    cost_usd_per_pb: float = Field(ge=0, le=1e10, description="At most $10 billion per PB: 45,000x raw flash ($220,000).")
    power_kw_per_pb: float = Field(ge=0, le=1e4, description="At most 10,000 kW per PB: 10,000x the catalog's 1 kW.")


class Facility(_Section):
    cooling: str = Field(description="Catalog id of the cooling type.")
    pue: float = Field(ge=1, le=3)
    wue_l_per_kwh: float = Field(ge=0, le=20, description="Water use per kWh of IT energy.")
    build_cost_usd_per_mw: float = Field(ge=0, le=MAX_USD_PER_MW, description=(
        "Shell and MEP per MW of critical IT load. At most $1 billion: 85x the US average ($11.7M)."))


class Power(_Section):
    utilization: float = Field(ge=0.01, le=1, description="Average draw as a share of nameplate power; at least 1% (the form's lowest).")
    grid_region: str = Field(description="Catalog id the grid figures came from.")
    grid_mw: float = Field(ge=0, le=MAX_SITE_MW, description=_MW.strip())
    grid_usd_per_mwh: float = Field(ge=0, le=MAX_USD_PER_MWH, description=_USD_MWH.strip())
    grid_kg_co2_per_mwh: float = Field(ge=0, le=MAX_KG_CO2_PER_MWH, description=_CO2.strip())
    turbines_mw: float = Field(ge=0, le=MAX_SITE_MW, description=_MW.strip())
    turbine_usd_per_mwh: float = Field(ge=0, le=MAX_USD_PER_MWH, description="Fuel and O&M per MWh generated on site." + _USD_MWH)
    turbine_kg_co2_per_mwh: float = Field(ge=0, le=MAX_KG_CO2_PER_MWH, description=_CO2.strip())
    turbine_capex_usd_per_mw: float = Field(ge=0, le=MAX_USD_PER_MW, description=_USD_MW.strip())
    battery_mw: float = Field(ge=0, le=MAX_SITE_MW, description=_MW.strip())
    battery_mwh: float = Field(ge=0, le=10 * MAX_SITE_MW, description="At most 10,000,000 MWh: ten hours of 1 TW.")
    battery_capex_usd_per_mwh: float = Field(ge=0, le=MAX_USD_PER_MW, description=_USD_MW.strip())


class MaintenanceRates(BaseModel):
    """Maintenance and support per year, as a share of each asset class's capex."""

    model_config = _CONFIG

    compute: float = Field(ge=0, le=1, description="Accelerators and servers (support contracts, spares).")
    network: float = Field(ge=0, le=1, description="Switches, optics and cables.")
    storage: float = Field(ge=0, le=1)
    facility: float = Field(ge=0, le=1, description="Building, power and cooling plant O&M.")
    power_plant: float = Field(ge=0, le=1, description="Fixed O&M of on-site turbines and batteries.")


class Costs(_Section):
    server_cost_factor: float = Field(
        ge=1, le=5, description="Server cost as a multiple of its accelerators' cost, for prices of the chip alone.")
    maintenance_per_year: MaintenanceRates
    staff_count: float = Field(ge=0, le=1e6, description="People running the site. At most 1,000,000: one per 100 accelerators at the largest count allowed.")
    staff_usd_per_year: float = Field(ge=0, le=1e8, description=(
        "Fully loaded cost per staff member per year. At most $100 million: ~1,000x the catalog's $106,700."))
    gpu_hours_used_fraction: float = Field(
        ge=0.01, le=1,
        description="Share of installed GPU-hours allocated to useful work (jobs), which sets the cost per "
                    "used GPU-hour; not the power utilisation (average draw). At least 1% (the form's lowest).",
    )


class Depreciation(BaseModel):
    """Years over which each asset class is written off: 0.1 (the form's lowest) to 50."""

    model_config = _CONFIG

    accelerators: float = Field(ge=0.1, le=50)
    servers: float = Field(ge=0.1, le=50)
    network: float = Field(ge=0.1, le=50)
    storage: float = Field(ge=0.1, le=50)
    facility: float = Field(ge=0.1, le=50)
    power_plant: float = Field(ge=0.1, le=50)


class Finance(_Section):
    depreciation_years: Depreciation
    cost_of_capital: float = Field(ge=0, le=1, description="Annual rate used to annualise capex.")
    horizon_years: int = Field(ge=1, le=30)


class Architecture(BaseModel):
    """The model's shape, in the field names of Hugging Face's ``config.json`` (all optional; a
    complete shape lets the engine count parameters, FLOPs and memory and predict throughput)."""

    model_config = _CONFIG

    num_hidden_layers: int | None = Field(default=None, ge=1, le=10_000, description="Transformer layers.")
    hidden_size: int | None = Field(default=None, ge=1, le=1_000_000, description="Model (embedding) width.")
    intermediate_size: int | None = Field(
        default=None, ge=1, le=10_000_000, description="Width of a dense layer's feed-forward (MLP) block.")
    num_attention_heads: int | None = Field(default=None, ge=1, le=10_000)
    num_key_value_heads: int | None = Field(
        default=None, ge=1, le=10_000, description="Key/value heads (grouped-query attention); empty = one per head.")
    head_dim: int | None = Field(default=None, ge=1, le=100_000, description="Width of one head; empty = hidden / heads.")
    vocab_size: int | None = Field(default=None, ge=1, le=100_000_000)
    tie_word_embeddings: bool = Field(default=False, description="Input and output embeddings share one matrix.")
    gated_mlp: bool = Field(
        default=True, description="SwiGLU-style MLP with three matrices (Llama, Mixtral, DeepSeek); off = two (GPT-3).")
    n_routed_experts: int | None = Field(
        default=None, ge=1, le=100_000, description="Routed experts per MoE layer (HF: n_routed_experts / num_local_experts).")
    num_experts_per_tok: int | None = Field(default=None, ge=1, le=1_000, description="Experts each token is routed to.")
    moe_intermediate_size: int | None = Field(
        default=None, ge=1, le=10_000_000, description="Width of one expert's MLP; empty = intermediate_size.")
    n_shared_experts: int | None = Field(default=None, ge=0, le=1_000, description="Experts every token also uses.")
    first_k_dense_replace: int | None = Field(
        default=None, ge=0, le=10_000, description="Leading layers that stay dense (DeepSeek-V3: 3).")
    q_lora_rank: int | None = Field(default=None, ge=1, le=1_000_000, description="MLA: query compression rank.")
    kv_lora_rank: int | None = Field(default=None, ge=1, le=1_000_000, description="MLA: key/value compression rank.")
    qk_nope_head_dim: int | None = Field(default=None, ge=1, le=100_000)
    qk_rope_head_dim: int | None = Field(default=None, ge=0, le=100_000)
    v_head_dim: int | None = Field(default=None, ge=1, le=100_000)


    @model_validator(mode="after")
    def _consistent(self) -> Self:
        a, k, h = self.num_attention_heads, self.num_key_value_heads, self.hidden_size
        if a is not None and k is not None and a % k:
            raise ValueError(f"num_attention_heads ({a}) must be a multiple of num_key_value_heads ({k})")
        if a is not None and h is not None and self.head_dim is None and self.kv_lora_rank is None and h % a:
            raise ValueError(f"hidden_size ({h}) must be a multiple of num_attention_heads ({a}), or give head_dim")
        e, top = self.n_routed_experts, self.num_experts_per_tok
        if e is not None and top is not None and top > e:
            raise ValueError(f"num_experts_per_tok ({top}) must not exceed n_routed_experts ({e})")
        return self


Recompute = Literal["none", "selective", "full"]


class Parallelism(BaseModel):
    """The run's layout; each field empty = chosen by the layout search."""

    model_config = _CONFIG

    tp: int | None = Field(default=None, ge=1, le=1024, description="Tensor parallel: GPUs sharing each layer.")
    pp: int | None = Field(default=None, ge=1, le=1024, description="Pipeline stages.")
    dp: int | None = Field(default=None, ge=1, le=MAX_ACCELERATORS, description="Data-parallel replicas." + _ACC)
    ep: int | None = Field(default=None, ge=1, le=100_000, description="Expert parallel: GPUs the experts are spread over.")
    cp: int | None = Field(default=None, ge=1, le=1024, description="Context parallel: GPUs sharing one sequence.")
    vpp: int | None = Field(default=None, ge=1, le=128, description="Virtual pipeline stages per GPU (interleaving).")
    micro_batch_size: int | None = Field(default=None, ge=1, le=4096, description="Sequences per micro-batch.")
    recompute: Recompute | None = Field(
        default=None, description="Activation recomputation: none, selective (attention only) or full.")
    zero_stage: Literal[0, 1, 2, 3] | None = Field(
        default=None, description="ZeRO stage: 1 = optimizer states sharded (Megatron's distributed optimizer), "
                                  "2 = and gradients, 3 = and weights.")


class Workload(_Section):
    name: str = "Training run"
    model: str | None = Field(default=None, description="Catalog id of the model (resources/models); empty = described here.")
    params_total_b: float = Field(ge=0.1, le=1e6, description=(
        "Total parameters, billions. 0.1 (the form's lowest; GPT-2 small has 0.124) to 1,000,000 "
        "(1,500x DeepSeek-V3's 671 B)."))
    params_active_b: float | None = Field(default=None, ge=0.1, le=1e6, description=(
        "Active parameters per token (MoE), billions; empty = dense. 0.1 to 1,000,000, as the total."))
    tokens_t: float = Field(ge=0.01, le=1e6, description=(
        "Training tokens, trillions. 0.01 (the form's lowest) to 1,000,000 (64,000x Llama 3's 15.6 T)."))
    precision: Literal["bf16", "fp8", "fp4"] = Field(
        description="Precision of the matrix multiplications; weights, gradients and optimizer states stay as in BF16 "
                    "mixed precision (BF16 weights, FP32 master copy and Adam moments), as DeepSeek-V3 trains in FP8.")
    mfu: float | None = Field(
        default=None, ge=0.001, le=1,
        description="Model FLOPs utilisation against the dense peak at that precision; empty = predicted from the "
                    "model, the layout and the cluster. At least 0.1% (the form's lowest): published runs reach 20-60%.")
    seq_length: int | None = Field(default=None, ge=1, le=100_000_000, description="Training sequence length, tokens.")
    fused_kernels: bool = Field(
        default=True, description="Fused kernels, as training stacks have had since 2022: FlashAttention, which never stores "
                                  "the score matrix, and fused element-wise operations (Transformer Engine); "
                                  "off = unfused, as Megatron-LM (2021) and BLOOM (2022) ran.")
    global_batch_tokens: float | None = Field(default=None, ge=1, le=1e12, description=(
        "Tokens per optimizer step. 1 to 10^12 (60,000x Llama 3's 16 M)."))
    gpus: int | None = Field(default=None, gt=0, le=MAX_ACCELERATORS, description=(
        "Accelerators used; empty = the whole cluster less spares." + _ACC))
    checkpoint_gb: Annotated[float, Field(ge=1, le=1e9)] | Literal["auto"] = Field(default="auto", description=(
        "Checkpoint size; auto = 12 bytes per parameter. 1 GB (the form's lowest; 0.1 B parameters take 1.2) to "
        "10^9 GB (12 bytes for each of 10^15 parameters is 1.2x10^7)."))
    checkpoint_interval_min: Annotated[float, Field(ge=0.1, le=1e6)] | Literal["auto"] = Field(default="auto", description=(
        "Minutes between checkpoints; auto = Young–Daly. 0.1 (the form's lowest) to 1,000,000 (about two years)."))
    restart_min: float = Field(ge=0, le=1e6, description="Time to restart the job after an interruption. At most 1,000,000 min (about two years).")
    checkpoint_mode: Literal["blocking", "async"] = Field(default="blocking", description=(
        "blocking: training stops while the checkpoint is written to storage; async: training stops only for a "
        "snapshot to host memory, then the upload runs in the background (MegaScale)."))
    checkpoint_snapshot_s: float = Field(default=5.0, ge=0, le=1e6, description=(
        "Seconds training stops for an asynchronous checkpoint's snapshot to host memory (MegaScale: "
        "'several seconds'). At most 1,000,000 s."))
    rental_usd_per_gpu_hour: float | None = Field(default=None, ge=0, le=1e6, description=(
        "Price the run at a rental rate instead of the cluster's own cost. At most $1,000,000 per GPU-hour."))
    architecture: Architecture = Field(default_factory=Architecture)
    parallelism: Parallelism = Field(default_factory=Parallelism)

    @model_validator(mode="after")
    def _batch_holds_a_sequence(self) -> Self:
        if self.global_batch_tokens is not None and self.seq_length is not None and self.global_batch_tokens < self.seq_length:
            raise ValueError(f"global_batch_tokens ({self.global_batch_tokens:,.0f}) must hold at least one sequence "
                             f"of seq_length ({self.seq_length:,})")
        return self

    @field_validator("params_active_b")
    @classmethod
    def _active_le_total_field(cls, v: float | None, info: ValidationInfo) -> float | None:
        # On load, name the field that is wrong; the model check below covers later edits.
        total = info.data.get("params_total_b")
        if v is not None and total is not None and v > total:
            raise ValueError(f"must not exceed params_total_b ({total:g})")
        return v

    @model_validator(mode="after")
    def _active_le_total(self) -> Self:
        if self.params_active_b is not None and self.params_active_b > self.params_total_b:
            raise ValueError("params_active_b must not exceed params_total_b")
        return self


class Reliability(_Section):
    failures_per_gpu_year: float = Field(ge=0, le=100, description="Job-interrupting failures per accelerator-year, any cause.")
    spare_fraction: float = Field(ge=0, le=0.999, description=(
        "Share of accelerators kept as hot spares, not training. At most 99.9% (the form's highest)."))
    planned_per_gpu_year: float = Field(default=0.0, ge=0, le=100, description=(
        "Planned maintenance interruptions per accelerator-year (Llama 3: 47 in 54 days on 16,384 GPUs = 0.0194). "
        "Used by the failure simulation; the analytic goodput counts failures only."))
    repair_hours: float = Field(default=72.0, ge=0, le=1e5, description=(
        "Hours until a node taken out by a fault returns to the spare pool (simulation). At most 100,000 h."))
    degraded_running: bool = Field(default=False, description=(
        "With no spare left, keep training on fewer data-parallel replicas instead of waiting for a repaired node "
        "(simulation)."))
    # Shares of the unexpected interruptions by component class (schema 7), for the simulation. Defaults:
    # Llama 3 Table 5 counts of the 419 unexpected interruptions in 54 days on ~16K H100s (engine/simulation/
    # classes.py groups its rows), rounded to 4 decimals. The simulation uses them as weights (divided by their sum).
    share_gpu: float = Field(default=0.4678, ge=0, le=1, description=(
        "Share of unexpected interruptions caused by GPUs (simulation; a weight, divided by the five shares' sum). "
        "Llama 3 (Dubey et al. 2024, Table 5): faulty GPU 148, SRAM 19, system processor 17, silent data "
        "corruption 6, thermal interface 6 of 419 = 46.8 % (H)."))
    share_hbm: float = Field(default=0.1718, ge=0, le=1, description=(
        "Share of unexpected interruptions caused by GPU HBM memory (simulation). Llama 3 (Dubey et al. 2024, Table 5): HBM3 72 of 419 "
        "= 17.2 % (H)."))
    share_network: float = Field(default=0.0835, ge=0, le=1, description=(
        "Share of unexpected interruptions caused by network switches and cables (simulation). Llama 3 (Dubey et al. 2024, Table 5): "
        "35 of 419 = 8.4 % (H)."))
    share_host: float = Field(default=0.1265, ge=0, le=1, description=(
        "Share of unexpected interruptions caused by hosts: unplanned host maintenance, NIC, SSD, power supply, "
        "chassis, CPU, memory (simulation). Llama 3 (Dubey et al. 2024, Table 5): 53 of 419 = 12.6 % (H; grouping ours, M)."))
    share_software: float = Field(default=0.1504, ge=0, le=1, description=(
        "Share of unexpected interruptions caused by software: bugs, NCCL watchdog timeouts, dependencies "
        "(simulation). Llama 3 (Dubey et al. 2024, Table 5): 63 of 419 = 15.0 % (H; grouping ours, M)."))

    @model_validator(mode="after")
    def _shares_not_all_zero(self) -> Self:
        if self.share_gpu + self.share_hbm + self.share_network + self.share_host + self.share_software <= 0:
            raise ValueError("the five failure class shares (share_gpu … share_software) must not all be 0")
        return self


class Scenario(BaseModel):
    """The whole document."""

    model_config = _CONFIG

    format: Literal["colossus-desktop-scenario"] = FORMAT
    schema_version: Literal[7] = SCHEMA_VERSION
    name: str = "Untitled scenario"
    description: str = ""
    sources: list[str] = Field(default_factory=list)
    pools: list[Pool] = Field(min_length=1)
    layout: Layout
    network: Network
    storage: Storage
    facility: Facility
    power: Power
    costs: Costs
    finance: Finance
    workload: Workload
    reliability: Reliability
    uncertainty: Uncertainty = Field(
        default_factory=Uncertainty,
        description="Distributions on numeric inputs for Monte Carlo and the tornado (scenario/uncertainty.py).")
