"""Model vs published (colossus_desktop/validation.py, resources/validation/published.json)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from colossus_desktop import validation as v
from colossus_desktop.scenario import ScenarioError

ROOT = Path(__file__).resolve().parents[2]

#: Figures outside their tolerance today, with the error measured when this list was written
#: (model / published − 1). Issue 9's recalibration of cost, power and network moves these:
#: when one comes back within tolerance, the test below fails until it is removed here, and a
#: figure that leaves its tolerance and is not listed here fails the test too.
KNOWN_MISSES = {
    "gw-site-storage-share": +0.93,  # Llama 3's 10 TB per GPU of Tectonic storage vs Bernstein's 1-1.5 %
    "llama-3-405b-co2": +0.59,  # identity: Meta counts 700 W × PUE per GPU, the engine whole servers
    # shown apart, not counted: published figures that contradict better-itemised ones (decision in the file)
    "stargate-abilene-hardware": -0.52,
    "colossus-2-chips": -0.41,
    "colossus-1-phase-1-power": +0.73,
}


@pytest.fixture(scope="module")
def rows():
    return v.evaluate_figures()


def test_one_finite_row_per_figure(rows):
    figures = v.load_figures()
    assert [r.id for r in rows] == [f.id for f in figures]
    assert len(rows) >= 30
    assert all(math.isfinite(r.model) and r.model > 0 for r in rows)
    assert {r.kind for r in rows} == {"model", "identity", "conflict", "calibration"}


def test_figures_leave_tolerance_only_if_known(rows):
    by_id = {r.id: r for r in rows}
    assert set(KNOWN_MISSES) <= set(by_id), f"unknown ids in KNOWN_MISSES: {set(KNOWN_MISSES) - set(by_id)}"
    new = {r.id: round(r.error, 2) for r in rows if not r.within and r.id not in KNOWN_MISSES}
    back = {i: round(by_id[i].error, 3) for i in KNOWN_MISSES if by_id[i].within}
    assert not new, f"figures that left their tolerance (fix the model or list them in KNOWN_MISSES): {new}"
    assert not back, f"known misses now within tolerance (remove them from KNOWN_MISSES): {back}"


def test_median_leaves_identity_checks_out(rows):
    model = sorted(abs(r.error) for r in rows if r.kind == "model")
    assert v.median_abs_error(rows) == pytest.approx(model[len(model) // 2] if len(model) % 2 else
                                                     (model[len(model) // 2 - 1] + model[len(model) // 2]) / 2)
    fake = [r.__class__(**{**r.__dict__, "error": 9.0}) if r.kind == "identity" else r for r in rows]
    assert v.median_abs_error(fake) == v.median_abs_error(rows)


def test_docs_validation_md_is_current(rows):
    text = (ROOT / "docs" / "validation.md").read_text(encoding="utf-8")
    start, end = text.index(v.BEGIN), text.index(v.END) + len(v.END) + 1
    assert text[start:end] == v.render_section(rows), (
        "docs/validation.md is stale: run python -m colossus_desktop.validation --write docs/validation.md"
    )


def test_update_document_keeps_other_sections():
    section = v.BEGIN + "\nnew\n" + v.END + "\n"
    other = "# Validation\n\n## Fabrics\n\nkept | text\n\n"
    old = other + v.BEGIN + "\nold\n" + v.END + "\n\n## After\n\nalso kept\n"
    assert v.update_document(old, section) == other + section + "\n## After\n\nalso kept\n"
    assert v.update_document("# Validation\n\nintro\n", section) == "# Validation\n\nintro\n\n" + section
    assert v.update_document("", section).endswith(section)


def test_write_creates_and_updates_the_file(tmp_path, capsys):
    target = tmp_path / "validation.md"
    assert v.main(["--write", str(target)]) == 0
    first = target.read_text(encoding="utf-8")
    target.write_text("# Mine\n\nkeep\n\n" + first[first.index(v.BEGIN):] + "\ntail\n", encoding="utf-8")
    assert v.main(["--write", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Mine\n\nkeep\n\n") and text.endswith("\ntail\n") and text.count(v.BEGIN) == 1


def _broken(tmp_path, change) -> Path:
    data = json.loads(v.validation_set_path().read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "set.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["figures"][1].pop("published"), "figures[1].published: is required"),
        (lambda d: d["figures"][2].update(tolerance=-0.1), "figures[2].tolerance: must be > 0"),
        (lambda d: d["figures"][0].update(kind="guess"), "figures[0].kind: must be one of: model, identity"),
        (lambda d: d["figures"][3].update(id=d["figures"][0]["id"]), "figures: the id"),
        (lambda d: d["figures"][0]["output"].update(sum=["power.nope_mw"]),
         "figures[0].output.sum[0]: 'power.nope_mw' is not an engine output"),
        (lambda d: d["figures"][0]["scenario"].update(preset="colossus-9"), "figures[0].scenario.preset: unknown preset"),
        (lambda d: d["figures"][0]["scenario"].update(overrides={"workload.nope": 1}),
         "figures[0].scenario.overrides: 'workload.nope' is not a field of a scenario"),
        (lambda d: d["figures"][0]["scenario"].update(overrides={"workload.mfu": 3}),
         "figures[0].scenario.overrides: workload.mfu must be <= 1"),
        (lambda d: d["figures"][0]["scenario"].update(blank=True), 'figures[0].scenario: needs exactly one base'),
    ],
)
def test_errors_are_one_line_and_name_the_field(tmp_path, change, expected):
    path = _broken(tmp_path, change)
    with pytest.raises(ScenarioError) as info:
        v.evaluate_figures(path=path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(path) + ": ") and expected in message, message


def test_unreadable_json_names_the_file(tmp_path):
    path = tmp_path / "set.json"
    path.write_text('{"format": ', encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"set\.json: not valid JSON \(line 1"):
        v.load_figures(path)


@pytest.mark.parametrize(("value", "unit", "text"), [
    (5.9e6, "USD per rack", "$5.9 M per rack"), (4e10, "USD", "$40.0 B"), (1.239e8, "USD/yr", "$124 M/yr"),
    (0.13, "share of capex", "13.0% of capex"), (3.8e25, "FLOP", "3.8 × 10^25 FLOP"), (70, "MW", "70 MW"),
    (float("nan"), "MW", "—"),
])
def test_figures_read_as_a_reader_writes_them(value, unit, text):
    from colossus_desktop.validation import format_figure

    assert format_figure(value, unit) == text
