"""Reports in French (issue 15): ``report --lang fr`` writes a PDF, a deck and a workbook whose
titles, headers, notes and footers read back in French, with numbers as the French financial
press writes them; ``--lang en`` stays English; an exported chart's footer follows the language."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

import pytest

from colossus_desktop.cli import main as cli_main

NNBSP, NBSP = "\u202f", "\u00a0"


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    code = cli_main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def english_after(qapp):
    from colossus_desktop import i18n

    yield
    i18n.install("en")  # the next tests' process is English again


@pytest.fixture(scope="module")
def french(tmp_path_factory, english_after):
    folder = tmp_path_factory.mktemp("rapport")
    code, out, err = run("report", "--preset", "colossus-2", "--out", str(folder), "--formats", "pdf,pptx,xlsx,svg",
                         "--size", "1280x720", "--sweep", "facility.pue", "--values", "1.1:1.3:3", "--lang", "fr")
    assert code == 0, err
    return folder


def _pdf_pages(path) -> list[str]:
    from pypdf import PdfReader

    pages = PdfReader(path).pages
    return [" ".join(p.extract_text().replace("\ufb01", "fi").replace("\ufb00", "ff").split()) for p in pages]


def test_french_pdf_titles_and_numbers(french):
    pages = _pdf_pages(french / "colossus-2-report.pdf")
    text = "\n".join(pages)
    assert pages[0].startswith("Rapport Colossus Desktop")
    assert "chiffres clés, 7 graphiques, incertitude (P10/P50/P90, tornade, distribution), un balayage" in pages[0]
    assert pages[1].startswith("Chiffres clés") and "Avertissements" in pages[1]
    assert "Capex par catégorie" in pages[2]
    for title in ("Incertitude : P10, P50 et P90 des chiffres clés", "Incertitude : les entrées et leurs distributions",
                  "Balayage : les données", "Hypothèses et sources", "Lots d’accélérateurs", "Coût du capital"):
        assert title.replace(" :", f"{NBSP}:") in text or title in text.replace(NBSP, " "), title
    # numbers as the French financial press writes them: 80,9 Md$, 2,14 $, 38 %, 1 000 000
    assert re.search(r"80,9\s?Md\$", text)
    assert re.search(r"\d+,\d+\s?%", text) and re.search(r"1\s000\s000", text)
    assert "$80.9 B" not in text and "80.9" not in text
    for english in ("Key figures", "Assumptions and their sources", "Uncertainty:", "Sweep:", "Warnings"):
        assert english not in text, english


def test_french_deck_titles_and_notes(french):
    from pptx import Presentation

    prs = Presentation(str(french / "colossus-2-deck.pptx"))
    titles = [s.shapes.title.text for s in prs.slides if s.shapes.title is not None]
    assert titles[1] == "Chiffres clés"
    assert "Capex par catégorie" in " ".join(titles)
    assert any(t.startswith("Tornade") for t in titles) and any(t.startswith("Balayage") for t in titles)
    assert titles[-1].startswith("Sources")
    notes = "\n".join(s.notes_slide.notes_text_frame.text for s in prs.slides if s.has_notes_slide)
    assert "Hypothèses de ce graphique" in notes and "Avertissements" in notes
    assert "Assumptions behind this chart" not in notes


def test_french_workbook_sheets_and_headers(french):
    from openpyxl import load_workbook

    wb = load_workbook(french / "colossus-2-data.xlsx", read_only=True)
    assert wb.sheetnames[:6] == ["Chiffres clés", "Entrées", "Résultats", "Lots", "Coûts annuels", "Déploiement"]
    key = list(wb["Chiffres clés"].iter_rows(values_only=True))
    assert key[0] == ("chiffre clé", "valeur", "mode de calcul") and "Md$" in " ".join(str(c) for c in key[1 + 4])
    assert {"Incertitude", "Distributions", "Balayage"} <= set(wb.sheetnames)
    header = next(wb["Entrées"].iter_rows(max_row=1, values_only=True))
    assert header == ("section", "champ", "valeur", "unité", "note")
    row = next(r for r in wb["Entrées"].iter_rows(min_row=2, values_only=True) if r[1] == "pue")
    assert isinstance(row[2], float)  # the cells keep the engine's numbers


def test_french_svg_footer(french):
    svg = next(french.glob("colossus-2-power.svg"))
    desc = "".join(e.text or "" for e in ET.parse(svg).getroot().iter() if e.tag.endswith("desc"))
    assert "Hypothèses" in desc and "Sources" in desc and "Assumptions:" not in desc


def test_english_report_stays_english(tmp_path, english_after):
    code, _out, err = run("report", "--preset", "deepseek-v3", "--out", str(tmp_path), "--formats", "pdf,xlsx",
                          "--no-uncertainty", "--lang", "en")
    assert code == 0, err
    pages = _pdf_pages(tmp_path / "deepseek-v3-report.pdf")
    assert pages[0].startswith("Colossus Desktop report") and pages[1].startswith("Key figures")
    assert "Assumptions and their sources" in "\n".join(pages)
    from openpyxl import load_workbook

    assert load_workbook(tmp_path / "deepseek-v3-data.xlsx", read_only=True).sheetnames[:2] == ["Key figures", "Inputs"]


def test_window_language_decides_an_exported_footer(qapp, english_after):
    """The window's export has no --lang: the footer follows the installed language."""
    from colossus_desktop import i18n
    from colossus_desktop.drawing.charts import create_charts
    from colossus_desktop.drawing.paint import footer_text
    from colossus_desktop.evaluation import evaluate_scenario
    from colossus_desktop.scenario.presets import load_preset

    chart = next(c for c in create_charts() if c.chart_id == "power")
    chart.set_evaluated(evaluate_scenario(load_preset("colossus-2")))
    i18n.install("fr")
    lines = footer_text(chart, None)
    assert lines[1].startswith(f"Hypothèses{NBSP}:") and lines[2].startswith(f"Sources{NBSP}:")
    assert f"PUE 1,14" in lines[1] and f"75{NNBSP}% de la puissance nominale" in lines[1]
    i18n.install("en")
    lines = footer_text(chart, None)
    assert lines[1].startswith("Assumptions: ") and "PUE 1.14" in lines[1]
