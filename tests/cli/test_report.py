"""``colossus-desktop report``: every format read back by an independent reader, every preset
builds headless, bad arguments give one line and exit 2, and the other commands stay Qt-free."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from colossus_desktop.cli import main as cli_main
from colossus_desktop.evaluation import evaluate_scenario
from colossus_desktop.report.tables import input_rows, output_rows
from colossus_desktop.scenario.presets import load_preset, preset_ids


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    code = cli_main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


CHARTS = 7  # colossus_desktop.drawing.charts.CHART_TYPES (not imported: this module stays Qt-free)
UNCERTAINTY_CHARTS = 3  # tornado of run cost and wall days, histogram of run cost (presets with uncertainty)

@pytest.fixture(scope="module")
def full(tmp_path_factory, qapp):
    folder = tmp_path_factory.mktemp("report")
    code, out, err = run("report", "--preset", "colossus-2", "--out", str(folder))
    assert code == 0, err
    return folder, [line for line in out.splitlines() if line]


def test_every_format_is_written(full):
    folder, written = full
    names = {os.path.basename(p) for p in written}
    assert "colossus-2-report.pdf" in names and "colossus-2-deck.pptx" in names and "colossus-2-data.xlsx" in names
    assert {n for n in names if n.endswith(".png")} == {n.replace(".svg", ".png") for n in names if n.endswith(".svg")}
    assert len([n for n in names if n.endswith(".png")]) == CHARTS + UNCERTAINTY_CHARTS
    assert {"colossus-2-inputs.csv", "colossus-2-outputs.csv", "colossus-2-pools.csv"} <= names
    assert all((folder / n).stat().st_size > 0 for n in names)


def test_png_and_svg_read_back(full):
    from PIL import Image

    folder, _ = full
    for png in folder.glob("*.png"):
        with Image.open(png) as im:
            assert im.size == (1920, 1080)
    for svg in folder.glob("*.svg"):
        assert ET.parse(svg).getroot().tag.endswith("svg")


def test_pdf_pages_and_text(full):
    from pypdf import PdfReader

    folder, _ = full
    reader = PdfReader(folder / "colossus-2-report.pdf")
    assert len(reader.pages) >= 2 + CHARTS + 1  # title, KPIs, the charts, assumptions (and more)
    text = lambda i: " ".join(reader.pages[i].extract_text().replace("\ufb01", "fi").split())  # noqa: E731
    assert "Colossus 2" in text(0)
    assert "Key figures" in text(1) and "Capex" in text(1)
    assert any("Capex by category" in text(i) for i in (2, 3))  # after the warnings' page, if any
    assert any("Assumptions and their sources" in text(i) for i in range(8, len(reader.pages)))
    assert any("Sources" in text(i) for i in range(8, len(reader.pages)))


def test_pptx_slides_titles_and_notes(full):
    from pptx import Presentation

    folder, _ = full
    prs = Presentation(str(folder / "colossus-2-deck.pptx"))
    titles = [s.shapes.title.text for s in prs.slides]
    assert titles[0].startswith("xAI Colossus 2")
    assert titles[1] == "Key figures"
    assert titles[2:9] == ["Capex by category", "Power: demand and supply", "Build-out timeline",
                           "Time to train vs cluster size", "Reliability vs cluster size",
                           "Cost per year over the horizon", "Step time by layout"]
    assert titles[9].startswith("Uncertainty: P10, P50 and P90")  # the preset carries uncertainty
    assert titles[-1].startswith("Sources") or titles[-2].startswith("Sources")
    for slide in list(prs.slides)[2:9]:
        notes = slide.notes_slide.notes_text_frame.text
        assert "Assumptions" in notes and "accelerators" in notes
        assert any(shape.shape_type == 13 for shape in slide.shapes)  # a picture
    assert "PUE" in list(prs.slides)[3].notes_slide.notes_text_frame.text


def _num(text):
    try:
        return float(text)
    except ValueError:
        return text


def test_csv_and_xlsx_values_equal_the_engines(full):
    from openpyxl import load_workbook

    folder, _ = full
    ev = evaluate_scenario(load_preset("colossus-2"))
    want_out = {(r[0], r[1]): r[2] for r in output_rows(ev.results)}
    res = ev.results.to_dict(0)
    assert want_out[("cost", "capex_usd")] == res["cost"]["capex_usd"]
    with open(folder / "colossus-2-outputs.csv", newline="", encoding="utf-8") as f:
        got = {(r["section"], r["result"]): _num(r["value"]) for r in csv.DictReader(f)}
    assert got[("cost", "capex_usd")] == res["cost"]["capex_usd"]
    assert got[("training", "wall_days")] == res["training"]["wall_days"]
    assert got[("power", "facility_peak_mw")] == res["power"]["facility_peak_mw"]
    assert got[("cost", "capex_breakdown_usd.network")] == res["cost"]["capex_breakdown_usd"]["network"]
    with open(folder / "colossus-2-inputs.csv", newline="", encoding="utf-8") as f:
        inputs = {(r["section"], r["field"]): r for r in csv.DictReader(f)}
    assert _num(inputs[("facility", "pue")]["value"]) == ev.scenario.facility.pue
    assert "Epoch" in inputs[("facility", "pue")]["note"]  # the source travels with the number
    with open(folder / "colossus-2-pools.csv", newline="", encoding="utf-8") as f:
        pools = list(csv.DictReader(f))
    assert [int(float(p["count"])) for p in pools] == [p.count for p in ev.scenario.pools]

    wb = load_workbook(folder / "colossus-2-data.xlsx", read_only=True)
    assert {"Inputs", "Outputs", "Pools", "Yearly costs", "Build-out"} <= set(wb.sheetnames)
    rows = list(wb["Outputs"].iter_rows(values_only=True))
    xl = {(r[0], r[1]): r[2] for r in rows[1:]}
    for key, value in want_out.items():
        if isinstance(value, float):
            assert xl[key] == pytest.approx(value, rel=1e-14), key  # Excel keeps 15 significant digits
    pool_rows = list(wb["Pools"].iter_rows(values_only=True))[1:]
    assert sum(r[3] for r in pool_rows) == res["cluster"]["accelerators"]
    years = list(wb["Yearly costs"].iter_rows(values_only=True))
    assert years[1][1] == res["cost"]["yearly_depreciation_usd"][0]
    assert len(input_rows(ev.scenario)) == len(list(wb["Inputs"].iter_rows())) - 1


@pytest.mark.parametrize("preset", preset_ids())
def test_every_preset_builds_headless(preset, tmp_path, qapp):
    code, out, err = run("report", "--preset", preset, "--out", str(tmp_path), "--formats", "pdf,csv",
                         "--theme", "dark", "--size", "1280x720")
    assert code == 0, err
    from pypdf import PdfReader

    assert len(PdfReader(tmp_path / f"{preset}-report.pdf").pages) >= 9
    assert (tmp_path / f"{preset}-outputs.csv").is_file()
    assert not list(tmp_path.glob("*.png"))


@pytest.mark.parametrize("args, says", [
    (["report", "--preset", "colossus-2"], "--out"),
    (["report", "--out", "x"], "FILE or --preset"),
    (["report", "a.json", "--preset", "colossus-2", "--out", "x"], "exactly one"),
    (["report", "--preset", "nope", "--out", "x"], "unknown preset"),
    (["report", "--preset", "colossus-2", "--out", "x", "--formats", "png,gif"], "gif"),
    (["report", "--preset", "colossus-2", "--out", "x", "--theme", "sepia"], "theme"),
    (["report", "--preset", "colossus-2", "--out", "x", "--size", "big"], "WIDTHxHEIGHT"),
    (["report", "--preset", "colossus-2", "--out", "x", "--size", "10x10"], "out of range"),
])
def test_bad_arguments_one_line_exit_2(args, says, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(*args)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("colossus-desktop: error:") and says in err
    assert not (tmp_path / "x").exists()


def test_out_must_be_a_folder(tmp_path):
    f = tmp_path / "file"
    f.write_text("")
    code, _, err = run("report", "--preset", "colossus-2", "--out", str(f), "--formats", "csv")
    assert code == 2 and "not a folder" in err


def test_headless_subprocess_and_qt_free_commands(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = os.pathsep.join([os.getcwd(), env.get("PYTHONPATH", "")])
    r = subprocess.run([sys.executable, "-m", "colossus_desktop", "report", "--preset", "deepseek-v3", "--out",
                        str(tmp_path), "--formats", "png,xlsx", "--size", "1280x720"],
                       env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    pngs = len(list(tmp_path.glob("*.png")))
    assert pngs == CHARTS + UNCERTAINTY_CHARTS and (tmp_path / "deepseek-v3-data.xlsx").is_file()
    code = ("import sys; from colossus_desktop.cli import main; main(['presets']); main(['report', '--help']);"
            "main(['evaluate', '--preset', 'deepseek-v3']);"
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))], 'Qt imported'")
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
