"""``colossus-desktop report`` of a comparison: a comparison file or ``A --compare B``. The data
files hold evaluate_comparison's own figures, the PDF reads back with its tables and charts, the
deck names each scenario's colour in its notes, and bad arguments give one line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from colossus_desktop.cli import main as cli_main

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "comparisons" / "raw-power-vs-efficiency.json"


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    code = cli_main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def shipped(tmp_path_factory, qapp):
    folder = tmp_path_factory.mktemp("compare")
    code, out, err = run("report", str(SHIPPED), "--out", str(folder), "--size", "1280x720")
    assert code == 0, err
    return folder, [Path(line) for line in out.splitlines() if line]


def test_files_written(shipped):
    folder, written = shipped
    names = {p.name for p in written}
    stem = "raw-power-vs-efficiency"
    assert {f"{stem}-report.pdf", f"{stem}-deck.pptx", f"{stem}-comparison.csv", f"{stem}-entries.csv",
            f"{stem}-data.xlsx"} <= names
    for chart in ("compare_time_to_train", "compare_cost_years", "compare_power"):
        assert f"{stem}-{chart}.png" in names and f"{stem}-{chart}.svg" in names


def test_figures_are_evaluate_comparisons(shipped):
    from openpyxl import load_workbook

    from colossus_desktop.comparison import evaluate_comparison
    from colossus_desktop.scenario.comparison import load_comparison

    folder, _ = shipped
    compared = evaluate_comparison(load_comparison(SHIPPED), SHIPPED.parent)
    rows = {r["output"]: r for r in _rows(folder / "raw-power-vs-efficiency-comparison.csv")}
    assert list(rows) == list(compared.keys)
    a, b = compared.labels
    for key in ("run_usd_per_1e24_flop", "peak_eflops_per_mw", "wall_days"):
        assert float(rows[key][f"{a}: value"]) == compared.values[key][0]
        assert float(rows[key][f"{b}: value"]) == compared.values[key][1]
        assert float(rows[key][f"{b}: ratio"]) == compared.ratio(key)[1]
        assert float(rows[key][f"{b}: difference"]) == compared.difference(key)[1]
        assert float(rows[key][f"{b}: ratio p50"]) == compared.ratio_bands[key][1][1]
    entries = _rows(folder / "raw-power-vs-efficiency-entries.csv")
    assert [e["label"] for e in entries] == [a, b] and entries[0]["reference"] == "True"
    wb = load_workbook(folder / "raw-power-vs-efficiency-data.xlsx", read_only=True)
    assert wb.sheetnames == ["Comparison", "Scenarios"]


def test_pdf_reads_back(shipped):
    from pypdf import PdfReader

    from colossus_desktop.report.compare import figure, ratio

    folder, _ = shipped
    rows = {r["output"]: r for r in _rows(folder / "raw-power-vs-efficiency-comparison.csv")}
    lig = str.maketrans({"\ufb01": "fi", "\ufb03": "ffi", "\ufb00": "ff"})
    text = [" ".join(p.extract_text().translate(lig).split())
            for p in PdfReader(folder / "raw-power-vs-efficiency-report.pdf").pages]
    assert text[0].startswith("Colossus Desktop comparison report") and "Raw power vs efficiency" in text[0]
    kpis = next(t for t in text if t.startswith("Key figures side by side"))
    value = float(rows["run_usd_per_1e24_flop"]["DeepSeek-V3 cluster: value"])
    assert figure("run_usd_per_1e24_flop", value) in kpis
    assert ratio(float(rows["run_usd_per_1e24_flop"]["DeepSeek-V3 cluster: ratio"])) in kpis
    eff = next(t for t in text if t.startswith("Efficiency"))
    assert "P10–P90" in eff and "10,000 Monte Carlo samples" in eff and "seed 1" in eff
    assert any(t.startswith("Differences from Colossus 2") for t in text)
    for title in ("Time to train vs accelerators used", "Cost per year", "Facility power", "Sources"):
        assert any(title in t for t in text), title


def test_deck_titles_and_notes_name_the_colours(shipped):
    from pptx import Presentation

    folder, _ = shipped
    prs = Presentation(str(folder / "raw-power-vs-efficiency-deck.pptx"))
    titles = [s.shapes.title.text for s in prs.slides]
    assert titles[0].startswith("Raw power vs efficiency")
    assert titles[1].startswith("Key figures side by side") and titles[-1] == "Sources"
    assert sum(t.startswith("Efficiency") for t in titles) == 2  # 7 rows of three lines: 4 + 3
    slide = prs.slides[titles.index("Time to train vs accelerators used")]
    notes = slide.notes_slide.notes_text_frame.text
    assert "Colossus 2: blue" in notes and "DeepSeek-V3 cluster: orange" in notes
    assert "preset:deepseek-v3" in notes and "same model on each" in notes
    assert any(shape.shape_type == 13 for shape in slide.shapes)


def test_compare_option_and_same_workload(tmp_path, qapp):
    code, out, err = run("report", "preset:colossus-2", "--compare", "preset:deepseek-v3", "--same-workload", "1",
                         "--out", str(tmp_path), "--formats", "csv")
    assert code == 0, err
    entries = _rows(tmp_path / "comparison-entries.csv")
    assert [e["source"] for e in entries] == ["preset:colossus-2", "preset:deepseek-v3"]
    rows = {r["output"]: r for r in _rows(tmp_path / "comparison-comparison.csv")}
    assert float(rows["wall_days"]["colossus-2: ratio"]) == 1.0


def test_span_writes_the_unit_once(qapp):
    from colossus_desktop.report.compare import span

    assert span("wall_days", 10, 11) == "10 – 11 days"
    assert span("mfu", 0.2, 0.3) == "20% – 30%"
    assert span("peak_eflops_per_mw", 2.54, 2.82) == "2.54 – 2.82 EFLOP/s per MW"


@pytest.mark.parametrize("args, says", [
    (["preset:colossus-2", "--compare", "preset:deepseek-v3", "--same-workload", "5"], "--same-workload 5"),
    (["preset:colossus-2", "--compare", "preset:nope"], "nope"),
    ([str(SHIPPED), "--sweep", "facility.pue", "--values", "1.1:1.3:3"], "not a comparison's"),
    ([str(SHIPPED), "--compare", "preset:deepseek-v3"], "comparison file"),
])
def test_bad_comparison_arguments_one_line_exit_2(args, says, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run("report", *args, "--out", "x", "--formats", "csv")
    assert code == 2, (out, err)
    assert err.count("\n") == 1 and err.startswith("colossus-desktop: error:") and says in err


def test_a_difference_of_shares_is_in_percentage_points():
    from colossus_desktop.report.compare import difference

    assert difference("mfu", -0.279) == "−27.9 pp"
    assert difference("goodput", 0.008) == "+0.8 pp"
    assert difference("wall_days", 10.0).startswith("+10")
