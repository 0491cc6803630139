"""The uncertainty and sweep sections of a scenario's report, as :class:`~.pages.Page` lists.

Uncertainty (when the scenario has uncertain inputs): P10/P50/P90 of every key output, the
uncertain inputs with their distributions and sources, the tornado of the run cost and of the
wall-clock days, and the histogram of the run cost. Sweep (when one is asked for): a line chart
per output against the swept input (1-D) or a heat map with labelled contours per output (2-D),
then the data table. Every chart's footer and speaker notes say what was run: the samples, the
seed, the distributions and their sources; or the swept values and what was held.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import math

import numpy as np

from colossus_desktop import __version__
from colossus_desktop.assumptions import APP, short_source
from colossus_desktop.drawing.charts.heatmap import HeatMap, HeatMapChart
from colossus_desktop.drawing.charts.histogram import HistogramChart, sample_set
from colossus_desktop.drawing.charts.sweep_line import SweepLine, SweepLineChart
from colossus_desktop.drawing.charts.tornado import TornadoChart, tornado_bars
from colossus_desktop.drawing.charts.units import format_value, output_unit, table_unit
from colossus_desktop.drawing.paint import resolve_theme
from colossus_desktop.engine.analysis.outputs import OUTPUTS
from colossus_desktop.report.analysis_data import (
    HISTOGRAM_KEY,
    TORNADO_KEYS,
    SweepData,
    UncertaintyData,
    distribution_text,
    quantile_rows,
    sweep_rows,
)
from colossus_desktop import lang
from colossus_desktop.lang import translate
from colossus_desktop.report.pages import Page, Table
from colossus_desktop.report.words import QT_TRANSLATE_NOOP, count, output_label, say

TORNADO_RULE = QT_TRANSLATE_NOOP("Report", "Each input moved to the low and the high end of its distribution (P10 "
                                           "and P90 for normal and lognormal ones), every other input at the "
                                           "scenario's own value.")
#: The most rows of a sweep's data table in the PDF (a 100 × 100 sweep would take 300 pages);
#: the CSV and the XLSX have every row.
MAX_PDF_ROWS = 300
SWEEP_RULE = QT_TRANSLATE_NOOP("Report", "Every other input stays at the scenario's value; the parallel layout "
                                         "keeps the scenario's chosen degrees other than tensor, pipeline and "
                                         "data parallelism.")


#: titles and sheet names that other texts quote
INPUTS_TITLE = QT_TRANSLATE_NOOP("Report", "Uncertainty: the inputs and their distributions")
DISTRIBUTIONS_SHEET = QT_TRANSLATE_NOOP("Report", "Distributions")
SWEEP_SHEET = QT_TRANSLATE_NOOP("Report", "Sweep")


def _head(scenario, date: _dt.date | None = None) -> str:
    return f"{scenario.name}  ·  {APP} {__version__}, {(date or _dt.date.today()).isoformat()}"


def _input_label(data: UncertaintyData, path: str) -> str:
    p = data.params.get(path)
    return lang.parameter_label(p.label) if p else path


def _worded(output):
    """A copy of an OUTPUTS entry whose label is in the report's language (for the charts)."""
    return dataclasses.replace(output, label=output_label(output))


def _worded_params(params: dict) -> dict:
    """path → Parameter copies with labels in the report's language (for the charts)."""
    return {path: dataclasses.replace(p, label=lang.parameter_label(p.label)) for path, p in params.items()}


def source_name(text: str, limit: int) -> str:
    """The part of an uncertainty source that names it: past a "Catalog range (…):" lead-in, up to
    ``limit`` characters ("Epoch AI (citing LBNL, Shehabi et al. 2024)")."""
    text = " ".join((text or "").split())
    if text.startswith("Catalog range") and "): " in text:
        text = text.split("): ", 1)[1]
    return short_source(text, limit) if text else "—"


#: distribution kinds in words (the scenario's ``distribution`` values)
KINDS = {"range": QT_TRANSLATE_NOOP("Report", "range"), "triangular": QT_TRANSLATE_NOOP("Report", "triangular"),
         "uniform": QT_TRANSLATE_NOOP("Report", "uniform"), "normal": QT_TRANSLATE_NOOP("Report", "normal"),
         "lognormal": QT_TRANSLATE_NOOP("Report", "lognormal")}


def distribution_display(entry, unit: str) -> str:
    """The distribution for a table cell, values in the input's unit: "range 1.09 / 1.14 / 1.3"."""
    vals = entry.parameters()
    f = lambda k: format_value(vals[k], unit)  # noqa: E731
    kind = entry.distribution
    name = say(KINDS.get(kind, kind))
    if kind in ("range", "triangular") and {"low", "mode", "high"} <= vals.keys():
        return translate("Report", "{0}: {1} / {2} / {3} (low / mode / high)").format(name, f("low"), f("mode"), f("high"))
    if kind == "uniform" and {"low", "high"} <= vals.keys():
        return translate("Report", "{0}: {1} to {2}").format(name, f("low"), f("high"))
    if kind == "normal" and {"mean", "sd"} <= vals.keys():
        return translate("Report", "{0}: mean {1}, sd {2}").format(name, f("mean"), f("sd"))
    if kind == "lognormal" and {"median", "sigma"} <= vals.keys():
        return translate("Report", "{0}: median {1}, sigma {2} (of ln x)").format(
            name, f("median"), format_value(vals["sigma"], ""))
    return distribution_text(entry)


def distributions_notes(data: UncertaintyData) -> list[str]:
    """One line per uncertain input: its distribution and its source (in full)."""
    lines = []
    for e in data.entries:
        unit = data.params[e.path].unit if e.path in data.params else ""
        src = " ".join((e.source or translate("Report", "no source given")).split())
        where = f"{e.path}, {unit}" if unit else e.path
        lines.append("• " + translate("Report", "{0} ({1}): {2}. Source: {3}").format(
            _input_label(data, e.path), where, distribution_text(e), src))
    for c in data.correlations:
        lines.append("• " + translate("Report", "Rank correlation {0} ~ {1}: rho {2} (Iman–Conover)").format(
            c.a, c.b, format_value(c.rho, "")))
    return lines


def uncertainty_notes(scenario, data: UncertaintyData, what: str) -> str:
    return "\n".join([
        what + " " + translate("Report", "Scenario: {0}.").format(scenario.name),
        translate("Report", "Monte Carlo: {0}. The same seed gives the same samples.").format(data.run_text()),
        "", translate("Report", "Distributions and their sources:"), *distributions_notes(data),
    ])


def uncertainty_footer(scenario, data: UncertaintyData, extra: str = "") -> list[str]:
    lines = [_head(scenario), translate("Report", "Monte Carlo: {0}; the distributions and their sources are listed "
                                                  "in the report (“{1}”).").format(data.run_text(), say(INPUTS_TITLE))]
    return lines + ([extra] if extra else [])


def uncertainty_pages(scenario, data: UncertaintyData, theme=None) -> list[Page]:
    """The uncertainty section: quantile table, inputs table, two tornado charts, a histogram."""
    theme = resolve_theme(theme)
    rows = []
    for key, label, unit, p10, p50, p90, base in quantile_rows(data):
        label, cell_unit = table_unit(output_label(OUTPUTS[key]), output_unit(OUTPUTS[key]))
        rows.append([label, *(format_value(v, cell_unit) for v in (p10, p50, p90, base))])
    pages = [Page(
        translate("Report", "Uncertainty: P10, P50 and P90 of the key figures"),
        table=Table([translate("Report", "Output"), "P10", "P50", "P90", translate("Report", "This scenario")], rows,
                    {1, 2, 3, 4}, [3.2, 1.3, 1.3, 1.3, 1.5]),
        text=[translate("Report", "Monte Carlo over the scenario's uncertain inputs: {0}. P10: one run in ten comes "
                                  "out lower; P90: one in ten higher.").format(data.run_text())],
        notes=uncertainty_notes(scenario, data, translate("Report", "P10, P50 and P90 of each key figure over the samples.")),
        section="uncertainty",
    )]
    inputs = [[_input_label(data, e.path),
               distribution_display(e, data.params[e.path].unit if e.path in data.params else ""),
               source_name(e.source, 90)] for e in data.entries]
    pages.append(Page(
        say(INPUTS_TITLE),
        table=Table([translate("Report", "Input"), translate("Report", "Distribution"), translate("Report", "Source")],
                    inputs, set(), [2.2, 3.4, 3.4]),
        after=[translate("Report", "Samples are clipped to each field's allowed range. {0}. The full sources: the "
                                   "speaker notes, the distributions CSV and the XLSX sheet “{1}”.").format(
            data.run_text(), say(DISTRIBUTIONS_SHEET))],
        notes=uncertainty_notes(scenario, data, translate("Report", "The uncertain inputs, each with its distribution "
                                                                    "and source.")),
        section="uncertainty",
    ))
    for key in TORNADO_KEYS:
        if key not in data.tornado.low:
            continue
        chart = TornadoChart(None, theme)
        chart.set_bars(tornado_bars(data.tornado, key, _worded(OUTPUTS[key]), _worded_params(data.params)))  # it shows the rows that fit
        rule = say(TORNADO_RULE) + " " + translate("Report", "Every input's swing: the speaker notes.")
        order = [int(i) for i in data.tornado.order(key)]
        ranking = [f"{n + 1}. {_input_label(data, data.tornado.paths[i])}: "
                   f"{format_value(float(data.tornado.low[key][i]), output_unit(OUTPUTS[key]))} → "
                   f"{format_value(float(data.tornado.high[key][i]), output_unit(OUTPUTS[key]))}"
                   for n, i in enumerate(order)]
        label = output_label(OUTPUTS[key])
        pages.append(Page(
            translate("Report", "Tornado: {0}").format(label), chart=chart, file_id=f"tornado-{key}",
            footer=uncertainty_footer(scenario, data, rule),
            notes=uncertainty_notes(scenario, data, translate("Report", "Tornado of {0}. {1} Largest swing first:").format(
                label, say(TORNADO_RULE)) + "\n" + "\n".join(ranking) + "\n"),
            section="uncertainty",
        ))
    if HISTOGRAM_KEY in data.mc.outputs:
        chart = HistogramChart(None, theme)
        chart.set_samples(sample_set(data.mc, HISTOGRAM_KEY, _worded(OUTPUTS[HISTOGRAM_KEY])))
        q = data.mc.quantiles((0.1, 0.5, 0.9))[HISTOGRAM_KEY]
        unit = output_unit(OUTPUTS[HISTOGRAM_KEY])
        label = output_label(OUTPUTS[HISTOGRAM_KEY])
        pages.append(Page(
            translate("Report", "Distribution: {0}").format(label), chart=chart,
            file_id=f"histogram-{HISTOGRAM_KEY}", footer=uncertainty_footer(scenario, data),
            notes=uncertainty_notes(scenario, data, translate(
                "Report", "Histogram of {0}: P10 {1}, P50 {2}, P90 {3}; this scenario {4}.").format(
                label, format_value(float(q[0]), unit), format_value(float(q[1]), unit),
                format_value(float(q[2]), unit), format_value(float(data.mc.base.get(HISTOGRAM_KEY, math.nan)), unit))),
            section="uncertainty",
        ))
    return pages


# ------------------------------------------------------------------------------- sweeps
def _sweep_params(data: SweepData) -> list:
    """The swept inputs with labels in the report's language."""
    return [dataclasses.replace(p, label=lang.parameter_label(p.label)) for p in data.params]


def describe_sweep(data: SweepData) -> str:
    """"PUE (facility.pue), 21 values from 1.05 to 1.6" per input, joined with " × "."""
    parts = []
    for p, a in zip(_sweep_params(data), data.sweep.axes):
        a = np.asarray(a, dtype=float)
        parts.append(translate("Report", "{0} ({1}), {2} values from {3} to {4}").format(
            p.label, p.path, count(a.size), format_value(a.min(), p.unit), format_value(a.max(), p.unit)))
    return " × ".join(parts)


def sweep_notes(scenario, data: SweepData) -> str:
    current = "; ".join(translate("Report", "{0} is {1} in the scenario").format(p.label, format_value(p.value, p.unit))
                        for p in _sweep_params(data))
    return "\n".join([translate("Report", "Sweep of {0}: {1} ({2} points).").format(
        scenario.name, describe_sweep(data), count(data.points())), f"{current}.", say(SWEEP_RULE)])


def sweep_pages(scenario, data: SweepData, theme=None) -> list[Page]:
    """A chart per output (line for 1-D, heat map for 2-D), then the data table."""
    theme = resolve_theme(theme)
    s = data.sweep
    p0 = _sweep_params(data)[0]
    footer = [_head(scenario), translate("Report", "Sweep: {0}.").format(describe_sweep(data)), say(SWEEP_RULE)]
    notes = sweep_notes(scenario, data)
    pages = []
    for key in data.keys:
        o = OUTPUTS[key]
        label = output_label(o)
        z = np.asarray(s.outputs[key], dtype=float)
        if data.two_d:
            p1 = _sweep_params(data)[1]
            chart = HeatMapChart(None, theme)
            chart.set_map(HeatMap(s.axes[0], s.axes[1], z, p0.label, p0.unit, p1.label, p1.unit, label,
                                  output_unit(o), p0.value, p1.value))
            title = translate("Report", "{0} over {1} × {2}").format(label, p0.label, p1.label)
            fid = f"sweep-{key}"
        else:
            chart = SweepLineChart(None, theme)
            chart.set_line(SweepLine(s.axes[0], z, p0.label, p0.unit, label, output_unit(o), p0.value,
                                     data.base.get(key, math.nan)))
            title = translate("Report", "{0} vs {1}").format(label, p0.label)
            fid = f"sweep-{key}"
        finite = z[np.isfinite(z)]
        span = (translate("Report", "It ranges from {0} to {1}.").format(
            format_value(float(finite.min()), output_unit(o)), format_value(float(finite.max()), output_unit(o)))
            if finite.size else translate("Report", "The engine gave no result."))
        pages.append(Page(translate("Report", "Sweep: {0}").format(title), chart=chart, footer=footer, file_id=fid,
                          notes=translate("Report", "{0} across the sweep.").format(label) + f" {span}\n{notes}",
                          section="sweep"))
    units = [p.unit for p in _sweep_params(data)] + [output_unit(OUTPUTS[k]) for k in data.keys]
    header = [f"{p.label} ({lang.unit(p.unit)})" if p.unit else p.label for p in _sweep_params(data)]
    header += [output_label(OUTPUTS[k]) for k in data.keys]
    all_rows = sweep_rows(data)
    rows = [[format_value(v, u) for v, u in zip(row, units)] for row in all_rows[:MAX_PDF_ROWS]]
    cut = translate("Report", "The first {0} of {1} rows. ").format(count(MAX_PDF_ROWS), count(len(all_rows))) \
        if len(all_rows) > MAX_PDF_ROWS else ""
    pages.append(Page(
        translate("Report", "Sweep: the data"), table=Table(header, rows, set(range(len(header)))),
        text=[translate("Report", "{0}; {1} points.").format(describe_sweep(data), count(data.points()))
              + " " + say(SWEEP_RULE)],
        after=[cut + translate("Report", "Full-precision values: the sweep CSV and the XLSX sheet “{0}”.").format(
            say(SWEEP_SHEET))],
        notes=notes, deck_rows=24, section="sweep",
    ))
    return pages
