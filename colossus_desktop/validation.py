"""Model vs published: the engine held against the published figures it can express.

The set lives in ``resources/validation/published.json`` (format ``colossus-desktop-validation``,
version 1). Each figure names:

* ``scenario``: a shipped preset (``{"preset": "colossus-2"}``) or the blank scenario
  (``{"blank": true}``, its pool arriving 2024-01), plus ``overrides``: dotted field paths of the
  scenario file (``"workload.mfu"``, ``"pools[0].count"``, or a whole section/list) and their
  values, validated like a scenario file;
* ``output``: the engine output it is compared with, ``times × Σ sum / Σ over`` where ``sum`` and
  ``over`` are paths into ``Results.to_dict()`` (``"power.it_peak_mw"``,
  ``"cost.capex_breakdown_usd.network"``; ``over`` empty means 1);
* ``published`` (a positive number) with its ``unit``, ``source`` (publisher first, the exact
  quote, the reference section), ``confidence`` and a relative ``tolerance``;
* ``kind``: ``"model"``, ``"identity"`` when a preset or catalog input was derived from the
  same figure, or ``"conflict"`` when published figures contradict each other or the figure
  is ambiguous, with the ``decision`` taken (both reported apart, left out of the median error);
* ``published_range`` (optional, ``[low, high]``): where sources disagree the range is kept; the
  model is then within when inside it, and its error is measured to the nearer end (0 inside).

:func:`evaluate_figures` evaluates every distinct scenario once, in one stacked batch
(scenario → ``to_inputs`` → ``stack`` → ``evaluate``), and returns one :class:`Row` per figure.
``error = model / published − 1`` (to the nearer end of ``published_range`` outside it, 0
inside); a figure is within tolerance when ``|error| <= tolerance``.
Every mistake in the file is a one-line :class:`ScenarioError` naming the file and the field.

Run ``python -m colossus_desktop.validation --write docs/validation.md`` to rewrite the
model-vs-published section of that file (between :data:`BEGIN` and :data:`END`, leaving the
rest alone). No Qt here.
"""

from __future__ import annotations


import argparse
import json
import math
import re
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from colossus_desktop import formatting as F
from colossus_desktop.engine import evaluate
from colossus_desktop.engine.catalog import Catalog, load_catalog
from colossus_desktop.engine.inputs import stack
from colossus_desktop.paths import resources_dir
from colossus_desktop.scenario import ScenarioError, blank_scenario, load_preset, to_inputs
from colossus_desktop.scenario.files import scenario_from_data
from colossus_desktop.scenario.model import Scenario
from colossus_desktop.scenario.validation import validation_error

FORMAT = "colossus-desktop-validation"
VERSION = 1
#: The blank scenario's pool arrives on a fixed month, so the set does not change with the date.
BLANK_ARRIVAL = "2024-01"
BEGIN = "<!-- model-vs-published:begin -->"
END = "<!-- model-vs-published:end -->"


def validation_set_path() -> Path:
    """The shipped set: ``resources/validation/published.json``."""
    return resources_dir() / "validation" / "published.json"


# --------------------------------------------------------------------------- the file


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ScenarioSpec(_Strict):
    preset: str | None = None
    blank: bool = False
    overrides: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _one_base(self) -> ScenarioSpec:
        if (self.preset is None) == (not self.blank):
            raise ValueError('needs exactly one base: "preset" (an id) or "blank": true')
        return self


class Output(_Strict):
    sum: list[str] = Field(min_length=1)
    over: list[str] = Field(default_factory=list)
    times: float = Field(default=1.0, gt=0)


class Source(_Strict):
    publisher: str = Field(min_length=1)
    quote: str = Field(min_length=1)
    reference: str = Field(min_length=1)


class Figure(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    description: str = Field(min_length=1)
    category: Literal["training", "throughput", "reliability", "cluster", "power", "energy", "cost"]
    kind: Literal["model", "identity", "conflict", "calibration"]
    scenario: ScenarioSpec
    output: Output
    published: float = Field(gt=0)
    published_range: tuple[float, float] | None = None
    decision: str | None = Field(default=None, min_length=1)
    unit: str = Field(min_length=1)
    compares: str = Field(min_length=1)
    source: Source
    confidence: Literal["high", "medium", "low"]
    tolerance: float = Field(gt=0, le=1)

    @model_validator(mode="after")
    def _range_and_decision(self) -> Figure:
        if self.published_range is not None:
            low, high = self.published_range
            if not 0 < low <= self.published <= high:
                raise ValueError("published_range must be [low, high] with 0 < low <= published <= high")
        if self.kind == "conflict" and not self.decision:
            raise ValueError('a "conflict" figure needs its "decision"')
        return self


class ValidationSet(_Strict):
    format: Literal["colossus-desktop-validation"]
    version: Literal[1]
    about: str = ""
    figures: list[Figure] = Field(min_length=1)

    @field_validator("figures")
    @classmethod
    def _unique_ids(cls, figures: list[Figure]) -> list[Figure]:
        seen: set[str] = set()
        for f in figures:
            if f.id in seen:
                raise ValueError(f"the id {f.id!r} appears twice")
            seen.add(f.id)
        return figures


def load_figures(path: str | Path | None = None) -> list[Figure]:
    """The figures of a validation file (default: the shipped set), checked.

    Raises ScenarioError (``FILE: FIELD: REASON``) for unreadable JSON or a field that is
    missing, unknown or out of range. Scenarios and output paths are checked on evaluation.
    """
    path = Path(path) if path is not None else validation_set_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ScenarioError(f"cannot read: {exc.strerror or exc}", path=path) from None
    except json.JSONDecodeError as exc:
        raise ScenarioError(f"not valid JSON (line {exc.lineno}, column {exc.colno})", path=path) from None
    try:
        return list(ValidationSet.model_validate(data).figures)
    except ValidationError as exc:
        raise validation_error(exc, data).with_path(path) from None


# --------------------------------------------------------------------------- scenarios

_STEP = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])*)")


def _set_path(doc: dict, dotted: str, value: Any) -> None:
    """Set ``dotted`` (``a.b[0].c``) in ``doc``; every step but the last must already exist."""
    steps: list[str | int] = []
    for part in dotted.split("."):
        m = _STEP.fullmatch(part)
        if m is None:
            raise KeyError(dotted)
        steps.append(m.group(1))
        steps += [int(i) for i in re.findall(r"\d+", m.group(2))]
    node: Any = doc
    for step in steps[:-1]:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            raise KeyError(dotted) from None
    last = steps[-1]
    if isinstance(last, str) and not (isinstance(node, dict) and last in node):
        raise KeyError(dotted)
    if isinstance(last, int) and not (isinstance(node, list) and last < len(node)):
        raise KeyError(dotted)
    node[last] = value


def build_scenario(spec: ScenarioSpec, catalog: Catalog, field: str = "scenario") -> Scenario:
    """The scenario ``spec`` describes: its base with the overrides applied and validated.

    ``field`` names ``spec`` in errors (``figures[3].scenario``). Raises ScenarioError.
    """
    try:
        base = load_preset(spec.preset, catalog=catalog) if spec.preset else blank_scenario(catalog, BLANK_ARRIVAL)
    except ScenarioError as exc:
        raise ScenarioError(exc.reason, field=f"{field}.preset") from None
    doc = base.model_dump(mode="json")
    # The published figures check the scenario's own values, not its distributions; and a
    # preset's distributions may name a pool that an override takes away.
    doc.pop("uncertainty", None)
    for dotted, value in spec.overrides.items():
        try:
            _set_path(doc, dotted, value)
        except KeyError:
            raise ScenarioError(f"{dotted!r} is not a field of a scenario", field=f"{field}.overrides") from None
    try:
        return scenario_from_data(doc, catalog)
    except ScenarioError as exc:
        raise ScenarioError(f"{exc.field or 'the scenario'} {exc.reason}", field=f"{field}.overrides") from None


# --------------------------------------------------------------------------- evaluation


@dataclass(frozen=True)
class Row:
    """One figure evaluated: ``error = model / published − 1`` (a fraction, not %)."""

    id: str
    description: str
    category: str
    kind: str
    published: float
    model: float
    unit: str
    ratio: float
    error: float
    tolerance: float
    within: bool
    publisher: str
    quote: str
    reference: str
    confidence: str
    compares: str
    published_low: float = math.nan  # the range where sources disagree; NaN for one figure
    published_high: float = math.nan
    decision: str = ""


def figure_error(model: float, published: float, published_range: tuple[float, float] | None = None) -> float:
    """model / published − 1, or with a range: 0 inside it, else model / (nearer end) − 1."""
    if published_range is None:
        return model / published - 1.0
    low, high = published_range
    if low <= model <= high:
        return 0.0
    return model / (low if model < low else high) - 1.0


def _lookup(results: dict, dotted: str, field: str) -> float:
    node: Any = results
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            raise ScenarioError(f"{dotted!r} is not an engine output (see evaluate --json)", field=field)
        node = node[part]
    if isinstance(node, bool) or not isinstance(node, (int, float)):
        raise ScenarioError(f"{dotted!r} is not a single number", field=field)
    return float(node)


def _model_value(output: Output, results: dict, field: str) -> float:
    top = sum(_lookup(results, p, f"{field}.sum[{i}]") for i, p in enumerate(output.sum))
    bottom = sum(_lookup(results, p, f"{field}.over[{i}]") for i, p in enumerate(output.over)) if output.over else 1.0
    return output.times * top / bottom if bottom else math.nan


def evaluate_figures(figures: list[Figure] | None = None, catalog: Catalog | None = None,
                     path: str | Path | None = None) -> list[Row]:
    """One Row per figure, in file order; each distinct scenario is evaluated once.

    ``figures`` defaults to :func:`load_figures` of ``path``. Raises ScenarioError (naming
    ``path`` when given) for an unknown preset, override or output path.
    """
    catalog = catalog or load_catalog()
    shown = path if path is not None else (validation_set_path() if figures is None else None)
    figures = load_figures(path) if figures is None else figures
    try:
        keys: dict[str, int] = {}
        scenarios: list[Scenario] = []
        index: list[int] = []
        for i, fig in enumerate(figures):
            key = fig.scenario.model_dump_json()
            if key not in keys:
                keys[key] = len(scenarios)
                scenarios.append(build_scenario(fig.scenario, catalog, f"figures[{i}].scenario"))
            index.append(keys[key])
        results = evaluate(stack([to_inputs(s, catalog) for s in scenarios]))
        dicts = [results.to_dict(j) for j in range(len(scenarios))]
        rows = []
        for i, fig in enumerate(figures):
            model = _model_value(fig.output, dicts[index[i]], f"figures[{i}].output")
            error = figure_error(model, fig.published, fig.published_range)
            low, high = fig.published_range or (math.nan, math.nan)
            rows.append(Row(fig.id, fig.description, fig.category, fig.kind, fig.published, model, fig.unit,
                            1.0 + error, error, fig.tolerance, bool(abs(error) <= fig.tolerance),
                            fig.source.publisher, fig.source.quote, fig.source.reference, fig.confidence,
                            fig.compares, low, high, fig.decision or ""))
        return rows
    except ScenarioError as exc:
        raise (exc.with_path(shown) if shown is not None else exc) from None


def median_abs_error(rows: list[Row]) -> float:
    """Median of |error| over the model checks (identity checks left out); NaN if none."""
    errors = [abs(r.error) for r in rows if r.kind == "model" and math.isfinite(r.error)]
    return statistics.median(errors) if errors else math.nan


# --------------------------------------------------------------------------- docs/validation.md


def format_value(x: float, number: F.NumberFn = F.plain_number) -> str:
    """Three significant figures; powers of ten for very large or very small numbers.
    ``number`` writes the digits (default English; the window passes its locale's)."""
    if not math.isfinite(x):
        return "—"
    if x != 0 and (abs(x) >= 1e7 or abs(x) < 0.01):
        mantissa, exp = f"{x:.2e}".split("e")
        m = f"{float(mantissa):.3g}"
        digits = number(float(m), len(m.split(".")[1]) if "." in m else 0)
        return f"{digits} × 10^{int(exp)}"
    if abs(x) >= 1000:
        return number(x, 0)
    g = f"{x:.3g}"
    if "e" in g:  # 999.5 … 999.99 rounds to "1e+03", as Python writes it
        return g
    return number(float(g), len(g.split(".")[1]) if "." in g else 0)


def format_figure(x: float, unit: str, number: F.NumberFn = F.plain_number) -> str:
    """A figure with its unit as a reader writes it: dollars as ``$5.9 M per rack``, shares as
    ``13% of capex``, anything else as :func:`format_value` and the unit (``3.8 × 10^25 FLOP``).
    ``number`` writes the digits and carries the money style (the window's is French in French)."""
    if not math.isfinite(x):
        return "—"
    if unit == "USD" or unit.startswith(("USD ", "USD/")):
        return F.money(x, number=number) + unit[3:]  # "$5.9 M per rack", "$124 M/yr"
    if unit.startswith("share of "):
        return F.percent(x, 1, number) + " " + unit[len("share "):]
    return f"{format_value(x, number)} {unit}".rstrip()


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def published_text(r: Row, number: F.NumberFn = F.plain_number) -> str:
    """The published figure as shown: one value, or its range where sources disagree."""
    if math.isfinite(r.published_low):
        return f"{format_figure(r.published_low, r.unit, number)} – {format_figure(r.published_high, r.unit, number)}"
    return format_figure(r.published, r.unit, number)


def _table(rows: list[Row]) -> list[str]:
    out = ["| Figure | Published | Model | Error | Tolerance | | Source |", "|---|---:|---:|---:|---:|---|---|"]
    for r in rows:
        mark = "within" if r.within else "**outside**"
        decision = f" *Decision:* {_cell(r.decision)}" if r.decision else ""
        out.append(
            f"| {_cell(r.description)} (`{r.id}`) | {_cell(published_text(r))} | {_cell(format_figure(r.model, r.unit))} "
            f"| {r.error:+.1%} | ±{r.tolerance:.0%} | {mark} | {_cell(r.publisher)}: “{_cell(r.quote)}” "
            f"({r.confidence} confidence). *Compared:* {_cell(r.compares)}{decision} |"
        )
    return out


def render_section(rows: list[Row]) -> str:
    """The model-vs-published section of docs/validation.md, markers included."""
    model = [r for r in rows if r.kind == "model"]
    ident = [r for r in rows if r.kind == "identity"]
    conflicts = [r for r in rows if r.kind == "conflict"]
    calibration = [r for r in rows if r.kind == "calibration"]
    misses = [r for r in model if not r.within]
    lines = [
        BEGIN,
        "## Model vs published",
        "",
        "Generated by `python -m colossus_desktop.validation --write docs/validation.md` from",
        "`resources/validation/published.json`; edit that file, not this section. Each figure is a",
        "scenario (a shipped preset or the blank scenario, with overrides) evaluated by the engine and",
        "compared with one published number. Error = model ÷ published − 1 (where sources disagree,",
        "the range is kept and the error is 0 inside it). The same table and a",
        "parity chart are in the app under Help → Model vs published….",
        "",
        f"**Median |error| over the {len(model)} model checks: {median_abs_error(rows):.1%}** "
        f"(target ≤ 10%). Outside tolerance: {len(misses)} of {len(model)}"
        + (": " + ", ".join(f"`{r.id}` ({r.error:+.0%})" for r in misses) if misses else "") + ".",
        "",
        "### Model checks",
        "",
        *_table(model),
        "",
        "### Identity checks",
        "",
        "A preset or catalog input was derived from the same published figure, so these show the",
        "input is carried through, not that the model predicts it. They are left out of the median.",
        "",
        *_table(ident),
        "",
        "### Conflicting or ambiguous figures",
        "",
        "Published figures that contradict another source, or that the engine can read in more than",
        "one way. Each row says what we decided; they are shown, not counted in the median.",
        "",
        *(_table(conflicts) if conflicts else ["None."]),
        "",
        "### Throughput calibration",
        "",
        "The step-time model's constants (engine/performance/step.py: η, the achievable share of the",
        "dense peak in matrix multiplications, and κ, the element-wise HBM traffic of unfused stacks)",
        "were fitted on these published runs of shared/reference, and only on them (`python3",
        "bench/throughput_fit.py` reproduces the fit). Each row is the run's own layout and batch with",
        "the MFU left to the engine; they are apart from the model checks and out of their median.",
        "",
        (f"**Median |error| over the {len(calibration)} calibration rows: "
         f"{statistics.median(abs(r.error) for r in calibration):.1%}** (target ≤ 10 %)." if calibration else "None."),
        "",
        *(_table(calibration) if calibration else []),
        END,
    ]
    return "\n".join(lines) + "\n"


def update_document(text: str, section: str) -> str:
    """``text`` with the part between the markers replaced by ``section`` (markers included);
    appended when the markers are absent. Text outside the markers is kept byte for byte."""
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        if not text:
            return "# Validation\n\n" + section
        return text + ("" if text.endswith("\n") else "\n") + "\n" + section
    tail = text[end + len(END):]
    tail = tail[1:] if tail.startswith("\n") else tail
    return text[:start] + section + tail


def main(argv: list[str] | None = None) -> int:
    """``python -m colossus_desktop.validation [--write FILE]``: print or write the section."""
    parser = argparse.ArgumentParser(
        prog="python -m colossus_desktop.validation",
        description="Evaluate the validation set; print or write the model-vs-published section.",
    )
    parser.add_argument("--write", metavar="FILE", help="rewrite the model-vs-published section of FILE")
    parser.add_argument("--set", metavar="JSON", help="a validation set other than the shipped one")
    args = parser.parse_args(argv)
    try:
        rows = evaluate_figures(path=args.set)
    except ScenarioError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    section = render_section(rows)
    if args.write is None:
        sys.stdout.write(section)
        return 0
    target = Path(args.write)
    old = target.read_text(encoding="utf-8") if target.exists() else ""
    target.write_text(update_document(old, section), encoding="utf-8")
    print(f"wrote {target}: median |error| {median_abs_error(rows):.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
