"""The model catalog (resources/models) and the Hugging Face config.json mapping.

The catalog test counts each entry's parameters from its architecture with the engine's own
shape helper and holds the count within 3 % of the published figure: a wrong layer count, width
or expert count in a catalog file fails it. The mapping tests run on real config.json samples
(tests/scenario/data/hf, sources in its README).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from colossus_desktop.scenario.errors import ScenarioError
from colossus_desktop.scenario.model import Architecture
from colossus_desktop.scenario.models import (
    apply_model,
    architecture_from_hf_config,
    get_model,
    list_models,
    load_hf_config,
    load_model_file,
    load_models,
    models_dir,
    shape_counts_b,
)
from colossus_desktop.scenario.presets import load_preset

HF = Path(__file__).parent / "data" / "hf"

#: Every model the issue asks for (issue 10, "Model catalog").
REQUIRED = {"llama-3.1-8b", "llama-3.1-70b", "llama-3.1-405b", "gpt-3-175b", "megatron-gpt-1.7b",
            "megatron-gpt-18.4b", "megatron-gpt-145.6b", "megatron-gpt-1t", "deepseek-v3", "mixtral-8x22b",
            "grok-1", "qwen3-235b-a22b", "nemotron-4-340b"}

#: Published figures rounded coarser than 3 %: half a unit of their last digit is allowed on top.
#: Megatron-LM's Table 1 gives "1.7" for its eq. (2) count of 1.652B (biases and position
#: embeddings included, which the shape leaves out: 1.647B).
ROUNDED_B = {"megatron-gpt-1.7b": 0.05}


def test_catalog_has_every_required_model():
    assert REQUIRED <= set(load_models())


@pytest.mark.parametrize("model", list_models(), ids=lambda m: m.id)
def test_counted_parameters_match_the_published_count(model):
    total_b, active_b = shape_counts_b(model.architecture)
    allowed = 0.03 * model.params_total_b + ROUNDED_B.get(model.id, 0.0)
    assert abs(total_b - model.params_total_b) <= allowed, (total_b, model.params_total_b)
    if model.params_active_b is not None:
        assert abs(active_b - model.params_active_b) <= 0.03 * model.params_active_b, (active_b, model.params_active_b)
    else:
        assert model.architecture.n_routed_experts is None, "an MoE entry needs params_active_b"


def _megatron_eq2_b(m) -> float:
    """Narayanan et al. 2021 eq. (2): P = 12·l·h²·(1 + 13/(12h) + (V + s)/(12·l·h))."""
    a, s = m.architecture, m.seq_length
    l, h, v = a.num_hidden_layers, a.hidden_size, a.vocab_size
    return 12 * l * h * h * (1 + 13 / (12 * h) + (v + s) / (12 * l * h)) / 1e9


@pytest.mark.parametrize("model_id", sorted(i for i in REQUIRED if i.startswith("megatron")))
def test_megatron_rows_match_the_papers_own_formula(model_id):
    """Tighter than 3 %: the shape count plus eq. (2)'s bias and position terms is eq. (2)."""
    m = get_model(model_id)
    total_b, _ = shape_counts_b(m.architecture)
    a = m.architecture
    extra_b = (13 * a.num_hidden_layers * a.hidden_size + m.seq_length * a.hidden_size) / 1e9
    assert total_b + extra_b == pytest.approx(_megatron_eq2_b(m), rel=1e-9)
    assert _megatron_eq2_b(m) == pytest.approx(m.params_total_b, abs=0.05)


def test_every_entry_names_its_sources():
    for m in list_models():
        assert m.sources["architecture"].source and m.sources["params_total_b"].source
        for field in ("params_active_b", "seq_length", "tokens_t"):
            if getattr(m, field) is not None:
                assert field in m.sources, (m.id, field)


def test_catalog_order_groups_families_by_size():
    ids = [m.id for m in list_models()]
    assert ids.index("llama-3.1-8b") < ids.index("llama-3.1-70b") < ids.index("llama-3.1-405b")


def _copy_entry(tmp_path, model_id: str, edit) -> Path:
    data = json.loads((models_dir() / f"{model_id}.json").read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / f"{model_id}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_bad_entry_names_the_file_and_the_field(tmp_path):
    path = _copy_entry(tmp_path, "llama-3.1-8b", lambda d: d["architecture"].update(hidden_size=-1))
    with pytest.raises(ScenarioError) as exc:
        load_model_file(path)
    assert exc.value.path == str(path) and exc.value.field == "architecture.hidden_size"


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (lambda d: d["sources"].pop("tokens_t"), "no source for tokens_t"),
        (lambda d: d["architecture"].pop("vocab_size"), "missing vocab_size"),
        (lambda d: d.update(params_active_b=9.0), "must not exceed"),
        (lambda d: d.update(id="llama-8b"), "differs from the file name"),
        (lambda d: d["sources"].update(flops={"source": "x", "confidence": "H"}), "unknown field"),
    ],
)
def test_catalog_validation_refuses(tmp_path, edit, words):
    with pytest.raises(ScenarioError, match=words):
        load_model_file(_copy_entry(tmp_path, "llama-3.1-8b", edit))


def test_a_folder_with_a_bad_file_fails_to_load(tmp_path):
    shutil.copy(models_dir() / "grok-1.json", tmp_path)
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(ScenarioError, match="not JSON"):
        load_models(tmp_path)


def test_unknown_model_lists_the_known_ones():
    with pytest.raises(ScenarioError, match="llama-3.1-405b") as exc:
        get_model("llama-9")
    assert exc.value.field == "workload.model"


# --------------------------------------------------------------------------- config.json mapping


def test_deepseek_v3_config_maps_mla_and_moe():
    arch, notes = load_hf_config(HF / "deepseek-v3.json")
    assert arch == get_model("deepseek-v3").architecture
    total_b, active_b = shape_counts_b(arch)
    assert total_b == pytest.approx(671, rel=0.01) and active_b == pytest.approx(37, rel=0.02)
    assert any("context window" in n for n in notes)


def test_llama_config_maps_dense_gqa():
    arch, _ = load_hf_config(HF / "llama-3.1-8b.json")
    assert arch == get_model("llama-3.1-8b").architecture
    assert arch.gated_mlp and arch.n_routed_experts is None


def test_mixtral_num_local_experts_is_read_as_routed_experts():
    arch, notes = load_hf_config(HF / "mixtral-8x22b.json")
    assert arch.n_routed_experts == 8 and arch.num_experts_per_tok == 2
    assert arch == get_model("mixtral-8x22b").architecture
    assert any("num_local_experts" in n for n in notes)


def test_qwen3_moe_num_experts_and_head_dim():
    arch, _ = load_hf_config(HF / "qwen3-235b-a22b.json")
    assert arch.n_routed_experts == 128 and arch.moe_intermediate_size == 1536 and arch.head_dim == 128
    assert arch == get_model("qwen3-235b-a22b").architecture


def test_qwen2_moe_shared_expert_width_becomes_shared_experts():
    """Qwen1.5-MoE-A2.7B: one 5,632-wide shared expert = 4 experts of 1,408; published 14.3B total."""
    arch, notes = load_hf_config(HF / "qwen1.5-moe-a2.7b.json")
    assert arch.n_shared_experts == 4 and arch.n_routed_experts == 60
    assert shape_counts_b(arch)[0] == pytest.approx(14.3, rel=0.03)
    assert any("shared_expert_intermediate_size" in n for n in notes)


def test_gpt2_keys_and_gelu():
    """GPT-2 spells the sizes n_layer/n_embd/n_head, has a 4h GELU MLP and tied embeddings (124M)."""
    arch, notes = load_hf_config(HF / "gpt2.json")
    assert (arch.num_hidden_layers, arch.hidden_size, arch.num_attention_heads) == (12, 768, 12)
    assert arch.intermediate_size == 3072 and not arch.gated_mlp and arch.tie_word_embeddings
    assert shape_counts_b(arch)[0] == pytest.approx(0.124, rel=0.03)
    assert any("n_layer" in n for n in notes)


@pytest.mark.parametrize(
    ("extra", "gated"),
    [({"hidden_act": "silu"}, True), ({"hidden_act": "gelu"}, False), ({"activation_function": "relu"}, False),
     ({"model_type": "grok-1", "hidden_act": "gelu"}, True), ({"model_type": "nemotron", "hidden_act": "relu2"}, False)],
)
def test_activation_decides_the_gated_mlp(extra, gated):
    data = {"num_hidden_layers": 2, "hidden_size": 64, "num_attention_heads": 4, "intermediate_size": 128,
            "vocab_size": 100, **extra}
    assert architecture_from_hf_config(data)[0].gated_mlp is gated


def test_grok_style_keys():
    data = {"model_type": "grok-1", "num_experts": 8, "num_experts_per_tok": 2, "hidden_size": 6144,
            "intermediate_size": 32768, "num_hidden_layers": 64, "num_attention_heads": 48, "num_key_value_heads": 8,
            "vocab_size": 131072, "tie_word_embeddings": True}
    arch, _ = architecture_from_hf_config(data)
    assert arch == get_model("grok-1").architecture.model_copy(update={"head_dim": None})


def test_text_config_of_a_multimodal_model_is_read():
    inner = json.loads((HF / "llama-3.1-8b.json").read_text(encoding="utf-8"))
    arch, notes = architecture_from_hf_config({"model_type": "mllama", "text_config": inner, "vision_config": {}})
    assert arch.num_hidden_layers == 32 and any("text_config" in n for n in notes)


def test_missing_fields_are_named():
    arch, notes = architecture_from_hf_config({"hidden_size": 64, "num_attention_heads": 4})
    assert arch.num_hidden_layers is None
    assert any(n.startswith("Not found:") and "num_hidden_layers" in n and "vocab_size" in n for n in notes)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("not json at all", "not JSON"),
        ("[1, 2]", "JSON object was expected"),
        ('{"format": "colossus-desktop-scenario", "pools": []}', "not a model config"),
        ('{"num_hidden_layers": 2, "hidden_size": 64, "num_attention_heads": 4}', "intermediate_size, vocab_size"),
    ],
)
def test_load_hf_config_refuses_with_a_clear_error(tmp_path, text, words):
    path = tmp_path / "config.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ScenarioError, match=words) as exc:
        load_hf_config(path)
    assert exc.value.path == str(path)


# --------------------------------------------------------------------------- applying a model


def test_apply_model_sets_the_workload_and_records_sources():
    scenario = load_preset("colossus-2")
    after = apply_model(scenario, "deepseek-v3")
    w = after.workload
    assert w.model == "deepseek-v3" and w.seq_length == 4096
    assert w.architecture == get_model("deepseek-v3").architecture
    assert w.params_total_b == pytest.approx(671.0, abs=0.1) and w.params_active_b == pytest.approx(36.62, abs=0.01)
    assert "counted from the architecture" in w.notes["params_total_b"] and "published 671" in w.notes["params_total_b"]
    assert w.tokens_t == scenario.workload.tokens_t and w.precision == scenario.workload.precision
    assert scenario.workload.model is None  # the input is untouched


def test_apply_a_dense_model_clears_the_active_count():
    after = apply_model(load_preset("colossus-2"), "llama-3.1-405b")
    assert after.workload.params_active_b is None
    assert after.workload.params_total_b == pytest.approx(405.8, abs=0.1)
    assert not after.workload.architecture.n_routed_experts


def test_shape_counts_of_an_incomplete_shape_are_none():
    assert shape_counts_b(Architecture(hidden_size=64)) == (None, None)
