"""GPU-hours and the cost of the run, the figures quoted for DeepSeek-V3 ("2.788M H800 GPU
hours, $5.576M"), are in the window's KPI strip and in every key-figure table of the report
(PDF, PPTX, CSV, XLSX), formatted as the other figures, with how they are computed."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from colossus_desktop.drawing import format as fmt
from colossus_desktop.evaluation import evaluate_scenario
from colossus_desktop.scenario.presets import load_preset

CAPTIONS = ("GPU-hours of the run", "Cost of the run")


@pytest.fixture(scope="module")
def ev():
    return evaluate_scenario(load_preset("deepseek-v3"))


def _expected(ev) -> dict[str, str]:
    t = ev.results.training
    return {"gpu_hours": fmt.hours(float(np.ravel(t.gpu_hours)[0])), "run_cost": fmt.money(float(np.ravel(t.cost_usd)[0]))}


def test_the_kpi_strip_shows_gpu_hours_and_the_cost_of_the_run(make_window, ev):
    w = make_window(load_preset("deepseek-v3"), autosave=False, restore_geometry=False)
    w.evaluator.evaluate_now()
    texts, tips = w.kpis.texts(), w.kpis.tooltips()
    assert {k: texts[k] for k in ("gpu_hours", "run_cost")} == _expected(ev)
    assert texts["gpu_hours"] == "2.5 M" and texts["run_cost"] == "$5.0 M"  # 2,048 H800 × 1,219 h at $2/h
    assert "wall-clock hours × 2,048 accelerators = 2,496,055 GPU-hours" in tips["gpu_hours"]
    assert "× $2.000 per GPU-hour = $4,992,109" in tips["run_cost"] and "rental" in tips["run_cost"]


def test_the_short_scale_of_hours():
    assert [fmt.hours(h) for h in (950, 2.788e6, 1.117e8, 1.2e9)] == ["950", "2.8 M", "112 M", "1.2 B"]


def test_every_key_figure_table_of_the_report_has_them(ev, tmp_path, qapp):
    from openpyxl import load_workbook
    from pptx import Presentation
    from pptx.util import Inches
    from pypdf import PdfReader

    from colossus_desktop.report.build import build_report
    from colossus_desktop.report.slides import SLIDE_H_IN

    build_report(ev, tmp_path, formats="pdf,pptx,csv,xlsx", base="d", uncertainty=None)
    want = dict(zip(CAPTIONS, _expected(ev).values()))
    with open(tmp_path / "d-key-figures.csv", newline="", encoding="utf-8") as f:
        rows = {r["key figure"]: r for r in csv.DictReader(f)}
    for caption, value in want.items():
        assert rows[caption]["value"] == value and "GPU-hour" in rows[caption]["how it is computed"]
    sheet = load_workbook(tmp_path / "d-data.xlsx")["Key figures"]
    cells = {r[0]: r[1] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert {c: cells[c] for c in CAPTIONS} == want
    prs = Presentation(str(tmp_path / "d-deck.pptx"))
    slide = next(s for s in prs.slides if s.shapes.title is not None and s.shapes.title.text == "Key figures")
    table_shape = next(s for s in slide.shapes if s.has_table)
    shown = {r.cells[0].text: r.cells[1].text for r in table_shape.table.rows}
    assert {c: shown[c] for c in CAPTIONS} == want
    bottom = table_shape.top + sum(r.height for r in table_shape.table.rows)
    assert bottom <= Inches(SLIDE_H_IN), "every key figure on the slide"
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "d-report.pdf").pages[:3])
    for caption, value in want.items():
        assert f"{caption} {value}" in text, caption


def _power(scenario, grid_mw, turbines_mw):
    power = scenario.power.model_copy(update={"grid_mw": grid_mw, "turbines_mw": turbines_mw})
    return scenario.model_copy(update={"power": power})


def test_energy_and_co2_say_why_they_stay_finite_when_the_time_does_not():
    """With grid and turbines at 0 MW the run never ends (∞ days) but its energy is finite: the
    energy and CO₂ tooltips say so (a newcomer's question); with a partial shortfall they say the
    shortfall stretches the run, not its energy; with enough power they say neither."""
    from colossus_desktop.drawing.kpis import KPIS

    kpis = {k.id: k for k in KPIS}
    base = load_preset("colossus-2")
    for scenario, days_finite, phrase in (
        (_power(base, 0, 0), False, "never finishes"),
        (base, True, "stretches the run"),  # the preset serves 88 % of its demand
        (_power(base, 5_000, 0), True, None),
    ):
        r = evaluate_scenario(scenario).results
        assert np.isfinite(float(np.ravel(r.training.wall_days)[0])) == days_finite
        assert np.isfinite(float(np.ravel(r.training.energy_mwh)[0]))
        for kpi in ("energy", "co2"):
            tip = kpis[kpi].tooltip(r)
            if phrase is None:
                assert "whatever the pace" not in tip
            else:
                assert phrase in tip and "whatever the pace" in tip


def test_tooltips_of_a_run_that_never_finishes_say_so():
    """No power at all: GPU-hours and the cost of the run are ∞ and say why (the cost's tooltip
    read "× $— per GPU-hour = $∞"); the used share says the supply caps it; CO₂ says its rate is
    the grid's as a stand-in (found by a newcomer review)."""
    from colossus_desktop.drawing.kpis import KPIS

    kpis = {k.id: k for k in KPIS}
    r = evaluate_scenario(_power(load_preset("colossus-2"), 0, 0)).results
    tips = {k: kpis[k].tooltip(r) for k in ("gpu_hours", "run_cost", "usd_per_gpu_hour", "co2")}
    assert "never finishes" in tips["gpu_hours"] and "never finishes" in tips["run_cost"]
    assert "$—" not in tips["run_cost"]
    assert "caps the share of hours" in tips["usd_per_gpu_hour"]
    assert "as if the grid served" in tips["co2"]
    ok = evaluate_scenario(load_preset("deepseek-v3")).results  # runs, power to spare: none of it
    assert not any(s in kpis[k].tooltip(ok) for k, s in (("gpu_hours", "never"), ("run_cost", "never"),
                                                         ("usd_per_gpu_hour", "caps"), ("co2", "as if")))
