"""The report's uncertainty and sweep sections: the numbers in the CSV/XLSX are the engine's own
(the same seed reproduces them), the PDF reads back with the section titles and table figures,
the deck's slides carry titles and speaker notes naming the samples, seed, distributions and
sources, the 2-D sweep's heat map has labelled contours, and bad arguments give one line."""

from __future__ import annotations

import csv
import io
import math

import numpy as np
import pytest

from colossus_desktop.cli import main as cli_main
from colossus_desktop.engine.analysis.outputs import OUTPUTS
from colossus_desktop.scenario.presets import load_preset


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    code = cli_main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _pdf_text(path) -> list[str]:
    from pypdf import PdfReader

    return [" ".join(p.extract_text().replace("\ufb01", "fi").split()) for p in PdfReader(path).pages]


def _csv(path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def uncertain(tmp_path_factory, qapp):
    folder = tmp_path_factory.mktemp("uncertain")
    code, out, err = run("report", "preset:deepseek-v3", "--out", str(folder), "--formats", "pdf,pptx,png,csv,xlsx",
                         "--size", "1280x720")
    assert code == 0, err
    return folder


def test_uncertainty_quantiles_are_the_engines(uncertain):
    from openpyxl import load_workbook

    from colossus_desktop.analysis import run_monte_carlo

    scenario = load_preset("deepseek-v3")
    mc = run_monte_carlo(scenario)  # the scenario's own samples and seed: the report's run, again
    rows = {r["output"]: r for r in _csv(uncertain / "deepseek-v3-uncertainty.csv")}
    assert set(rows) == set(OUTPUTS)
    cost = mc.outputs["run_cost_usd"]
    for col, q in (("p10", 0.1), ("p50", 0.5), ("p90", 0.9)):
        assert float(rows["run_cost_usd"][col]) == float(np.quantile(cost[np.isfinite(cost)], q))
    assert float(rows["run_cost_usd"]["scenario"]) == mc.base["run_cost_usd"]
    assert float(rows["run_cost_usd"]["p10"]) < float(rows["run_cost_usd"]["p90"])
    dists = _csv(uncertain / "deepseek-v3-distributions.csv")
    assert [d["path"] for d in dists] == [i.path for i in scenario.uncertainty.inputs]
    assert all(d["source"] for d in dists)
    wb = load_workbook(uncertain / "deepseek-v3-data.xlsx", read_only=True)
    assert {"Uncertainty", "Distributions"} <= set(wb.sheetnames)
    xl = {r[0]: r for r in wb["Uncertainty"].iter_rows(values_only=True)}
    assert xl["wall_days"][4] == pytest.approx(float(rows["wall_days"]["p50"]), rel=1e-14)


def test_uncertainty_pages_in_the_pdf(uncertain):
    from colossus_desktop.drawing.charts.units import format_value

    text = _pdf_text(uncertain / "deepseek-v3-report.pdf")
    table = next(t for t in text if "Uncertainty: P10, P50 and P90" in t)
    rows = {r["output"]: r for r in _csv(uncertain / "deepseek-v3-uncertainty.csv")}
    for col in ("p10", "p50", "p90"):  # the table's figures, as written in the PDF
        assert format_value(float(rows["run_cost_usd"][col]), "USD") in table
    assert "seed 1" in table and "10,000 samples" in table
    assert any("the inputs and their distributions" in t and "SemiAnalysis" in t for t in text)
    assert any(t.startswith("Tornado: Training run cost") for t in text)
    assert any(t.startswith("Tornado: Time to train") for t in text)
    assert any("Distribution: Training run cost" in t and "P50" in t for t in text)
    assert "uncertainty (P10/P50/P90" in text[0]  # the title page lists the section


def test_uncertainty_slides_and_notes(uncertain):
    from pptx import Presentation

    prs = Presentation(str(uncertain / "deepseek-v3-deck.pptx"))
    slides = {s.shapes.title.text: s for s in prs.slides}
    titles = list(slides)
    assert "Tornado: Training run cost" in titles and "Distribution: Training run cost" in titles
    assert titles.index("Tornado: Training run cost") < next(i for i, t in enumerate(titles) if t.startswith("Sources"))
    scenario = load_preset("deepseek-v3")
    for title in ("Tornado: Training run cost", "Tornado: Time to train", "Distribution: Training run cost"):
        notes = slides[title].notes_slide.notes_text_frame.text
        assert "10,000 samples" in notes and "seed 1" in notes
        for entry in scenario.uncertainty.inputs:  # every distribution, with its source in full
            assert entry.path in notes and " ".join(entry.source.split()) in notes
        assert any(shape.shape_type == 13 for shape in slides[title].shapes)  # the chart's picture
    table = next(s for t, s in slides.items() if t.startswith("Uncertainty: P10, P50 and P90"))
    cells = [c.text for shape in table.shapes if shape.has_table for row in shape.table.rows for c in row.cells]
    assert cells[:5] == ["Output", "P10", "P50", "P90", "This scenario"]
    assert "Training run cost" in cells
    tornado_notes = slides["Tornado: Training run cost"].notes_slide.notes_text_frame.text
    assert "Largest swing first" in tornado_notes and "1. " in tornado_notes


def test_uncertainty_pictures(uncertain):
    from PIL import Image

    for name in ("tornado-run_cost_usd", "tornado-wall_days", "histogram-run_cost_usd"):
        with Image.open(uncertain / f"deepseek-v3-{name}.png") as im:
            assert im.size == (1280, 720)


def test_no_uncertainty_section_when_asked_or_absent(tmp_path, qapp):
    code, out, err = run("report", "preset:deepseek-v3", "--no-uncertainty", "--out", str(tmp_path / "a"),
                         "--formats", "pdf,csv")
    assert code == 0, err
    assert not (tmp_path / "a" / "deepseek-v3-uncertainty.csv").exists()
    assert not any("Uncertainty" in t for t in _pdf_text(tmp_path / "a" / "deepseek-v3-report.pdf"))
    assert not load_preset("colossus-1").uncertainty.inputs
    code, out, err = run("report", "--preset", "colossus-1", "--out", str(tmp_path / "b"), "--formats", "csv")
    assert code == 0, err
    assert not list((tmp_path / "b").glob("*uncertainty*"))


def test_report_caps_the_samples_and_says_so():
    from colossus_desktop.report.analysis_data import uncertainty_data

    scenario = load_preset("deepseek-v3")
    data = uncertainty_data(scenario, max_samples=300)
    assert data.samples == 300 and data.requested_samples == 10_000 and data.capped
    assert "300 samples" in data.run_text() and "asks for 10,000" in data.run_text()
    full = uncertainty_data(scenario, max_samples=10_000)
    assert not full.capped and "asks for" not in full.run_text()


# ------------------------------------------------------------------------------- sweeps
def test_one_input_sweep_section(tmp_path, qapp):
    from colossus_desktop.analysis import run_sweep

    code, out, err = run("report", "preset:deepseek-v3", "--no-uncertainty", "--sweep", "workload.mfu",
                         "--values", "0.2:0.5:4", "--sweep-output", "run_cost_usd", "wall_days",
                         "--out", str(tmp_path), "--formats", "pdf,pptx,png,csv,xlsx", "--size", "1280x720")
    assert code == 0, err
    want = run_sweep(load_preset("deepseek-v3"), [("workload.mfu", np.linspace(0.2, 0.5, 4))])
    rows = _csv(tmp_path / "deepseek-v3-sweep.csv")
    mfu_col = next(k for k in rows[0] if k.startswith("workload.mfu"))
    assert [float(r[mfu_col]) for r in rows] == list(want.axes[0])
    cost_col = next(k for k in rows[0] if k.startswith("run_cost_usd"))
    assert [float(r[cost_col]) for r in rows] == [float(v) for v in want.outputs["run_cost_usd"]]
    assert (tmp_path / "deepseek-v3-sweep-run_cost_usd.png").is_file()
    assert (tmp_path / "deepseek-v3-sweep-wall_days.png").is_file()
    text = _pdf_text(tmp_path / "deepseek-v3-report.pdf")
    assert any(t.startswith("Training run cost") and "MFU" in t for t in text)  # the chart page's own title
    data = next(t for t in text if t.startswith("Sweep: the data"))
    assert "20%" in data and "50%" in data and "4 values" in data
    from pptx import Presentation

    prs = Presentation(str(tmp_path / "deepseek-v3-deck.pptx"))
    titles = [s.shapes.title.text for s in prs.slides]
    assert "Sweep: Training run cost vs MFU" in titles and "Sweep: the data" in titles
    notes = prs.slides[titles.index("Sweep: Training run cost vs MFU")].notes_slide.notes_text_frame.text
    assert "workload.mfu" in notes and "4 values" in notes


def test_two_input_sweep_heat_map_has_labelled_contours(qapp):
    from colossus_desktop.drawing.paint import build_clone, resolve_theme
    from colossus_desktop.evaluation import evaluate_scenario
    from colossus_desktop.report.analysis_data import sweep_data
    from colossus_desktop.report.analysis_pages import sweep_pages

    ev = evaluate_scenario(load_preset("colossus-2"))
    data = sweep_data(ev, [("facility.pue", np.linspace(1.05, 1.6, 6)), ("workload.mfu", np.linspace(0.2, 0.5, 7))],
                      ["run_cost_usd"])
    pages = sweep_pages(ev.scenario, data)
    assert [p.title for p in pages] == ["Sweep: Training run cost over PUE × MFU", "Sweep: the data"]
    assert len(pages[1].table.rows) == 42
    clone = build_clone(pages[0].chart, 1280, 600, resolve_theme("light"))  # what the export draws
    labels = clone.contour_texts()
    assert labels and all(t.startswith("$") for t in labels)
    assert clone.bar.axis.width() > 45  # widened to its "$… M" tick texts


@pytest.mark.parametrize("args, says", [
    (["--sweep", "facility.pue"], "one --values per --sweep"),
    (["--sweep", "facility.pue", "--values", "1:2"], "--values for facility.pue"),
    (["--sweep", "a", "--values", "1:2:3", "--sweep", "b", "--values", "1:2:3", "--sweep", "c", "--values", "1:2:3"],
     "one or two inputs"),
    (["--sweep-output", "wall_days"], "--sweep-output needs --sweep"),
    (["--sweep", "facility.pue", "--values", "1.1:1.3:3", "--sweep-output", "nope"], "unknown output"),
    (["--sweep", "facility.nope", "--values", "1.1:1.3:3"], "facility.nope"),
    (["--sweep", "facility.pue", "--values", "0.5:1.3:3"], "facility.pue"),
    (["--same-workload", "0"], "for a comparison"),
])
def test_bad_sweep_arguments_one_line_exit_2(args, says, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run("report", "preset:deepseek-v3", "--out", "x", "--formats", "csv", *args)
    assert code == 2, (out, err)
    assert err.count("\n") == 1 and err.startswith("colossus-desktop: error:") and says in err
    assert not (tmp_path / "x").exists() or not list((tmp_path / "x").iterdir())


def test_sweep_rows_hold_nan_as_empty_cells(tmp_path):
    from colossus_desktop.report.analysis_data import SweepData, sweep_header, sweep_rows
    from colossus_desktop.report.tables import write_table_csv
    from colossus_desktop.scenario.parameters import find_parameter

    class Fake:
        paths = ["facility.pue"]
        axes = [np.array([1.1, 1.2])]
        outputs = {"wall_days": np.array([3.0, math.nan])}

    p = find_parameter(load_preset("deepseek-v3"), "facility.pue")
    data = SweepData(Fake(), [p], ["wall_days"], {})
    path = write_table_csv(tmp_path / "s.csv", sweep_header(data), sweep_rows(data))
    lines = path.read_text().splitlines()
    assert lines[0] == "facility.pue,wall_days [days]"
    assert lines[1:] == ["1.1,3.0", "1.2,"]
