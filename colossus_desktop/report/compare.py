"""A comparison's report: the key figures side by side with differences and ratios to the
reference, the efficiency figures (with P10–P90 when the entries carry uncertainty), and the
overlaid charts (time to train vs size, yearly cost, power), one named colour per scenario.

Reads a :class:`~colossus_desktop.comparison.Compared` (``evaluate_comparison``); never calls
the engine. Writes ``base-report.pdf``, ``base-deck.pptx``, ``base-<chart>.png``/``.svg``,
``base-comparison.csv``, ``base-entries.csv`` and ``base-data.xlsx``.
"""

from __future__ import annotations

import datetime as _dt
import math
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from colossus_desktop import __version__
from colossus_desktop.assumptions import APP, short_source
from colossus_desktop import lang
from colossus_desktop.engine.analysis.outputs import OUTPUTS
from colossus_desktop.lang import translate
from colossus_desktop.messages import QT_TRANSLATE_NOOP
from colossus_desktop.file_formats import parse_formats

#: Colour names of the comparison's palette (drawing/charts/compare.py: scenario_colors), for
#: the speaker notes: "Colossus 2: blue".
COLOR_NAMES = {"#0072B2": QT_TRANSLATE_NOOP("Report", "blue"), "#56B4E9": QT_TRANSLATE_NOOP("Report", "sky blue"),
               "#E69F00": QT_TRANSLATE_NOOP("Report", "orange"), "#009E73": QT_TRANSLATE_NOOP("Report", "bluish green"),
               "#D55E00": QT_TRANSLATE_NOOP("Report", "vermillion"),
               "#CC79A7": QT_TRANSLATE_NOOP("Report", "reddish purple"), "#F0E442": QT_TRANSLATE_NOOP("Report", "yellow"),
               "#B8A000": QT_TRANSLATE_NOOP("Report", "dark yellow"), "#666666": QT_TRANSLATE_NOOP("Report", "grey"),
               "#000000": QT_TRANSLATE_NOOP("Report", "black"), "#FFFFFF": QT_TRANSLATE_NOOP("Report", "white")}


def _num(x) -> float:
    return float(x) if x is not None else math.nan


def figure(key: str, x: float) -> str:
    """One figure of output ``key`` with its unit ("$1.2 B", "51 days", "38%")."""
    from colossus_desktop.drawing.charts.units import format_value, output_unit

    return format_value(_num(x), output_unit(OUTPUTS[key]))


def ratio(x: float) -> str:
    x = _num(x)
    if not math.isfinite(x):
        return "—"
    text = f"×{x:.3g}"
    return text.replace(".", ",") if lang.language() == "fr" else text


def difference(key: str, x: float) -> str:
    """A difference in the figure's unit; for a share (MFU, goodput) in percentage points, since
    "MFU −28 %" would read as a relative change."""
    x = _num(x)
    if not math.isfinite(x):
        return "—"
    sign = "+" if x > 0 else "−" if x < 0 else ""
    if OUTPUTS[key].unit == "":
        return translate("Report", "{0} pp").format(sign + lang.number(abs(x) * 100, 1))
    return sign + figure(key, abs(x))


def span(key: str, lo: float, hi: float, fmt=None) -> str:
    """"2.54 – 2.82 EFLOP/s per MW": the two ends with their shared unit written once."""
    fmt = fmt or (lambda x: figure(key, x))
    a, b = fmt(lo), fmt(hi)
    i = 0
    while i < min(len(a), len(b)) and a[-1 - i] == b[-1 - i]:
        i += 1
    common = a[len(a) - i:] if i else ""
    cut = common.find(" ")
    if cut >= 0 and any(ch.isalpha() for ch in common[cut:]):
        suffix = common[cut:]
        return f"{a[: len(a) - len(suffix)]} – {b}"
    return f"{a} – {b}"


def color_names(theme, n: int) -> list[str]:
    from colossus_desktop.drawing.charts.compare import scenario_colors

    names = []
    for c in scenario_colors(theme)[:n]:
        names.append(COLOR_NAMES.get(c.upper(), QT_TRANSLATE_NOOP("Report", "the foreground colour") if c == theme.foreground else c))
    return names


# ------------------------------------------------------------------------------- rows (data files)
def comparison_rows(compared) -> tuple[tuple, list[tuple]]:
    """Header and one row per key figure: key, label, unit, then per entry its value, difference
    and ratio to the reference, and (with uncertainty) P10/P50/P90 of the value and of the ratio."""
    labels = compared.labels
    header = ["output", "label", "unit"]
    for lab in labels:
        header += [f"{lab}: value", f"{lab}: difference", f"{lab}: ratio"]
        if compared.bands is not None:
            header += [f"{lab}: {q}" for q in ("p10", "p50", "p90")]
            header += [f"{lab}: ratio {q}" for q in ("p10", "p50", "p90")]
    rows = []
    for k in compared.keys:
        row = [k, OUTPUTS[k].label, OUTPUTS[k].unit]
        diff, rat = compared.difference(k), compared.ratio(k)
        for j in range(len(labels)):
            row += [float(compared.values[k][j]), float(diff[j]), float(rat[j])]
            if compared.bands is not None:
                row += [float(v) for v in compared.bands[k][j]] + [float(v) for v in compared.ratio_bands[k][j]]
        rows.append(tuple(row))
    return tuple(header), rows


ENTRY_HEADER = ("index", "label", "source", "scenario", "reference", "uncertain")


def entry_rows(compared) -> list[tuple]:
    return [(j, c.label, c.source, c.scenario.name, j == compared.reference, c.uncertain)
            for j, c in enumerate(compared.columns)]


# ------------------------------------------------------------------------------- pages
def _intro(compared) -> list[str]:
    ref = compared.columns[compared.reference].label
    lines = [translate("Report", "Reference: {0} (ratios are each scenario's figure divided by {0}'s).").format(ref)]
    if compared.same_workload:
        lines.append(translate("Report", "The same model on each: {0}.").format(compared.columns[0].scenario.workload.name))
    else:
        lines.append(translate("Report", "Each scenario trains its own model (no common workload)."))
    return lines


def _uncertainty_text(compared) -> str:
    return translate("Report", "P10 – P90 of {0} Monte Carlo samples (Latin hypercube, seed {1}) per scenario, with "
                               "common random numbers; ratios are taken sample by sample.").format(
        lang.number(compared.samples, 0), compared.seed)


def comparison_pages(compared, theme) -> list:
    """Key figures, differences, efficiency (with P10–P90), the three overlaid charts."""
    from colossus_desktop.drawing.charts.compare import COMPARE_CHARTS
    from colossus_desktop.report.pages import Page, Table

    labels = compared.labels
    ref = compared.reference
    n = len(labels)
    others = [j for j in range(n) if j != ref]
    colours = color_names(theme, n)
    legend = "; ".join(f"{lab}: {translate('Report', c)}" for lab, c in zip(labels, colours))
    scen = "\n".join(f"• {c.label}: {c.scenario.name} ({c.source})" for c in compared.columns)
    base_notes = translate("Report", "Scenarios:") + f"\n{scen}\n" + "\n".join(_intro(compared))
    figure_word, ref_word = translate("Report", "Figure"), translate("Report", " (ref.)")
    head = [figure_word, *(lab + (ref_word if j == ref else "") for j, lab in enumerate(labels))]
    right = set(range(1, n + 1))
    widths = [2.6] + [1.6] * n

    values = [[lang.output_label(OUTPUTS[k]), *(figure(k, compared.values[k][j]) + ("" if j == ref else f"  {ratio(compared.ratio(k)[j])}")
                                   for j in range(n))] for k in compared.keys]
    pages = [Page(translate("Report", "Key figures side by side"), table=Table(head, values, right, widths),
                  text=_intro(compared), after=[translate("Report", "Each figure with its ratio to the reference (×).")],
                  notes=base_notes + "\n" + translate("Report", "Each figure is followed by its ratio to the reference."),
                  section="comparison")]
    diff_head = [figure_word, *(f"{labels[j]} − {labels[ref]}" for j in others)]
    diffs = [[lang.output_label(OUTPUTS[k]), *(difference(k, compared.difference(k)[j]) for j in others)]
             for k in compared.keys]
    pages.append(Page(translate("Report", "Differences from {0}").format(labels[ref]),
                      table=Table(diff_head, diffs, set(range(1, len(others) + 1)), [2.6] + [2.0] * len(others)),
                      notes=base_notes + "\n" + translate("Report", "Difference = the scenario's figure minus the "
                                                                     "reference's."), section="comparison"))

    from colossus_desktop.comparison import EFFICIENCY_KEYS

    eff = []
    for k in EFFICIENCY_KEYS:
        cells = []
        for j in range(n):
            text = figure(k, compared.values[k][j]) + ("" if j == ref else f"  {ratio(compared.ratio(k)[j])}")
            if compared.bands is not None:
                lo, _mid, hi = compared.bands[k][j]
                text += f"\nP10–P90: {span(k, lo, hi)}"
                if j != ref:
                    r_lo, _r, r_hi = compared.ratio_bands[k][j]
                    text += "\n" + translate("Report", "ratio {0} – {1}").format(ratio(r_lo), ratio(r_hi).lstrip("×"))
            cells.append(text)
        eff.append([lang.output_label(OUTPUTS[k]), *cells])
    unc = [_uncertainty_text(compared)] if compared.bands is not None else \
        [translate("Report", "None of the scenarios carries uncertain inputs: single values.")]
    pages.append(Page(translate("Report", "Efficiency"), table=Table(head, eff, right, widths), text=unc,
                      notes=base_notes + "\n" + unc[0], rows_per_slide=4 if compared.bands is not None else 12,
                      section="comparison"))

    footer = [f"{compared.name}  ·  {APP} {__version__}, {_dt.date.today().isoformat()}",
              " ".join(_intro(compared)),
              translate("Report", "Scenarios: {0}").format("; ".join(f"{c.label} ({c.source})" for c in compared.columns))]
    what = {
        "compare_time_to_train": translate("Report", "Time to train against cluster size, each scenario's size sweep; "
                                                     "the dot is its own size."),
        "compare_cost_years": translate("Report", "The total cost of each year of the horizon (log scale)."),
        "compare_power": translate("Report", "Average facility power (dot) and peak (bar) of each scenario (log scale)."),
    }
    for cls in COMPARE_CHARTS:
        chart = cls(None, theme)
        chart.set_evaluated(compared)
        pages.append(Page(chart.display_title, chart=chart, footer=footer, file_id=chart.chart_id,
                          notes=what.get(chart.chart_id, "") + "\n" + translate("Report", "Colours: {0}.").format(legend)
                          + f"\n{base_notes}", section="comparison"))
    return pages


def _title_html(compared, date: _dt.date) -> str:
    from html import escape

    desc = escape(" ".join((compared.description or "").split()))
    if len(desc) > 1400:
        desc = desc[:1400].rsplit(" ", 1)[0] + " …"
    items = "".join(f"<li>{escape(c.label)}: {escape(c.scenario.name)} <span class='muted'>({escape(c.source)})"
                    f"</span></li>" for c in compared.columns)
    kind = escape(translate("Report", "{0} comparison report").format(APP))
    return (f"<p class='muted' style='font-size:14pt'>{kind}</p>"
            f"<h1>{escape(compared.name)}</h1><p style='font-size:13pt'>{desc}</p>"
            f"<ul style='font-size:14pt'>{items}</ul>"
            f"<p class='muted' style='font-size:12pt'>{APP} {__version__} · {date.isoformat()}</p>")


def _sources_html(compared) -> str:
    from html import escape

    none = escape(translate("Report", "none recorded"))
    parts = [f"<h2>{escape(translate('Report', 'Sources'))}</h2>"]
    for c in compared.columns:
        src = "".join(f"<li>{escape(x)}</li>" for x in c.scenario.sources) or f"<li>{none}</li>"
        parts.append(f"<p style='font-size:14pt'><b>{escape(c.label)}</b></p><ol style='font-size:10pt'>{src}</ol>")
    return "".join(parts)


# ------------------------------------------------------------------------------- writers
def write_comparison_pdf(compared, pages, path: Path, theme) -> Path:
    from PySide6.QtGui import QPainter

    from colossus_desktop.drawing.export import pdf_writer
    from colossus_desktop.report.pages import draw_pdf_pages
    from colossus_desktop.report.pdf import PAGE, draw_pages, text_document

    tmp = path.with_name(f".{path.name}.part")
    writer = pdf_writer(tmp, PAGE, f"{compared.name}: " + translate("Report", "{0} comparison report").format(APP))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"{path}: could not write the PDF")
    try:
        pw, ph = float(writer.width()), float(writer.height())
        margin = pw * 0.05
        doc = text_document(_title_html(compared, _dt.date.today()), theme, pw - 2 * margin, ph - 2 * margin)
        first = draw_pages(painter, writer, doc, margin, theme, True)
        first = draw_pdf_pages(painter, writer, pages, theme, first)
        doc = text_document(_sources_html(compared), theme, pw - 2 * margin, ph - 2 * margin, pt=11)
        draw_pages(painter, writer, doc, margin, theme, first)
    finally:
        painter.end()
    os.replace(tmp, path)
    return path


def write_comparison_deck(compared, pages, path: Path, theme, size) -> Path:
    from pptx import Presentation
    from pptx.util import Inches, Pt

    from colossus_desktop.report.pages import Page, add_slides
    from colossus_desktop.report.slides import LAYOUT_TITLE, SLIDE_H_IN, SLIDE_W_IN, background, color_text

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(SLIDE_W_IN), Inches(SLIDE_H_IN)
    prs.core_properties.title = compared.name
    prs.core_properties.author = APP
    slide = prs.slides.add_slide(prs.slide_layouts[LAYOUT_TITLE])
    background(slide, theme)
    title = slide.shapes.title
    title.text = compared.name
    title.left, title.top, title.width, title.height = Inches(0.8), Inches(1.2), Inches(SLIDE_W_IN - 1.6), Inches(2.4)
    sub = slide.placeholders[1]
    sub.left, sub.top, sub.width, sub.height = Inches(0.8), Inches(3.9), Inches(SLIDE_W_IN - 1.6), Inches(2.8)
    sub.text = "\n".join([translate("Report", " vs ").join(compared.labels),
                          f"{APP} {__version__} · {_dt.date.today().isoformat()}"])
    for p in sub.text_frame.paragraphs:
        for r in p.runs:
            r.font.size = Pt(22)
    for shape in (title, sub):
        color_text(shape, theme)
    slide.notes_slide.notes_text_frame.text = " ".join((compared.description or "").split())
    sources = [f"{c.label}: {short_source(x, 110)}" for c in compared.columns for x in c.scenario.sources]
    extra = [Page(translate("Report", "Sources"),
                  text=sources[:14] or [translate("Report", "No sources are recorded in these scenarios.")],
                  after=[translate("Report", "+{0} more in the PDF report.").format(len(sources) - 14)]
                  if len(sources) > 14 else [],
                  notes="\n".join(f"{c.label}: {x}" for c in compared.columns for x in c.scenario.sources))]
    add_slides(prs, list(pages) + extra, theme, size)
    tmp = path.with_name(f".{path.name}.part")
    prs.save(str(tmp))
    os.replace(tmp, path)
    return path


def build_comparison_report(compared, out_dir, formats: Iterable[str] | str | None = None, theme=None,
                            size: Sequence[int] = (1920, 1080), base: str = "comparison") -> list[Path]:
    """Write the report of ``compared`` (a Compared) to ``out_dir`` for the ``formats`` asked (all
    by default); returns the files written, in a stable order."""
    from colossus_desktop.report.tables import write_table_csv, write_workbook

    fmts = parse_formats(formats)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if any(f in fmts for f in ("png", "svg", "pdf", "pptx")):
        from colossus_desktop.drawing.export import check_size, export_chart, resolve_theme
        from colossus_desktop.report.build import ensure_app

        ensure_app()
        theme = resolve_theme(theme)
        size = check_size(size)
        pages = comparison_pages(compared, theme)
        for fmt in ("png", "svg"):
            if fmt in fmts:
                written += [export_chart(p.chart, out / f"{base}-{p.file_id}.{fmt}", size=size, theme=theme,
                                         footer=p.footer) for p in pages if p.chart is not None]
        if "pdf" in fmts:
            written.append(write_comparison_pdf(compared, pages, out / f"{base}-report.pdf", theme))
        if "pptx" in fmts:
            written.append(write_comparison_deck(compared, pages, out / f"{base}-deck.pptx", theme, size))
    header, rows = comparison_rows(compared)
    if "csv" in fmts:
        written.append(write_table_csv(out / f"{base}-comparison.csv", header, rows))
        written.append(write_table_csv(out / f"{base}-entries.csv", ENTRY_HEADER, entry_rows(compared)))
    if "xlsx" in fmts:
        from colossus_desktop.report.tables import sheet_word

        sheets = [(translate("Report", "Comparison"), header, rows),
                  (translate("Report", "Scenarios"), [sheet_word(h) for h in ENTRY_HEADER], entry_rows(compared))]
        written.append(write_workbook(out / f"{base}-data.xlsx", sheets, compared.name))
    return written
