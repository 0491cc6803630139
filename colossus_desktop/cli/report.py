"""``colossus-desktop report (FILE | --preset ID) --out DIR [--formats …] [--theme …] [--size WxH]``.

Writes the charts (PNG, SVG), the PDF report, the PPTX deck and the data (CSV, XLSX) without a
window. Qt is imported only when the command runs (charts are drawn on the offscreen
platform), so ``presets`` and ``evaluate`` stay Qt-free.
"""

from __future__ import annotations

import argparse
import re
from typing import TextIO

from colossus_desktop.engine.catalog import load_catalog
from colossus_desktop.file_formats import REPORT_FORMATS, parse_formats
from colossus_desktop.scenario.files import load_scenario
from colossus_desktop.scenario.presets import load_preset



def _size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{1,5})\s*[xX×]\s*(\d{1,5})\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(f"--size must be WIDTHxHEIGHT, e.g. 1920x1080 (got {text!r})")
    w, h = int(m.group(1)), int(m.group(2))
    if not (320 <= w <= 8192 and 180 <= h <= 8192):
        raise argparse.ArgumentTypeError(f"--size {w}x{h} is out of range (320x180 to 8192x8192)")
    return w, h


def _formats(text: str) -> tuple[str, ...]:
    try:
        return parse_formats(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"--formats: {exc}") from None


def add_parser(sub) -> None:
    p = sub.add_parser(
        "report",
        help="write charts, a PDF report, a PPTX deck and the data (CSV, XLSX) without a window",
        description="Write the report of a scenario: every chart as PNG and SVG, a PDF report, a PPTX deck, "
        "and the inputs, outputs and pools as CSV and XLSX. A scenario with uncertain inputs gets an "
        "uncertainty section (P10/P50/P90, tornado, histogram); --sweep adds a sweep section. Given a "
        "comparison file, or --compare, it writes the comparison's report instead.",
    )
    p.add_argument("file", nargs="?", metavar="A",
                   help="a scenario file (.json), preset:ID, or a comparison file")
    p.add_argument("--preset", metavar="ID", help="a shipped preset instead of a file (see: colossus-desktop presets)")
    p.add_argument("--out", metavar="DIR", required=True, help="folder to write into (created if missing)")
    p.add_argument("--formats", type=_formats, default=REPORT_FORMATS, metavar="LIST",
                   help=f"comma-separated, from {','.join(REPORT_FORMATS)} (default: all)")
    p.add_argument("--theme", choices=("light", "dark"), default="light",
                   help="light (projectors and print, the default) or dark")
    p.add_argument("--size", type=_size, default=(1920, 1080), metavar="WxH",
                   help="picture size of the PNG/SVG charts and the deck's pictures (default 1920x1080)")
    p.add_argument("--no-uncertainty", action="store_true",
                   help="leave out the uncertainty section (no Monte Carlo run)")
    p.add_argument("--sweep", action="append", default=[], metavar="PATH",
                   help="add a sweep section over this input, e.g. facility.pue (twice: a 2-D heat map)")
    p.add_argument("--values", action="append", default=[], metavar="START:STOP:N",
                   help="the swept values, one per --sweep (or a list 1.1,1.2,1.4)")
    p.add_argument("--sweep-output", nargs="+", metavar="KEY",
                   help="outputs of the sweep section (default: wall_days run_cost_usd capex_usd facility_mw; "
                        "all: --sweep-output all)")
    p.add_argument("--compare", nargs="+", metavar="B",
                   help="write a comparison report of A against these scenarios (files or preset:ID)")
    p.add_argument("--same-workload", type=int, metavar="INDEX",
                   help="comparison: train the same model on each, the workload of scenario INDEX (from 0)")
    p.add_argument("--reference", type=int, metavar="INDEX",
                   help="comparison: the scenario ratios are taken against (from 0; default: the first)")
    p.set_defaults(handler=run)


def _sweep_specs(args) -> list:
    from colossus_desktop.cli.main import UsageError
    from colossus_desktop.scenario.parameters import parse_values

    if len(args.sweep) != len(args.values):
        raise UsageError(f"give one --values per --sweep ({len(args.sweep)} --sweep, {len(args.values)} --values)")
    if len(args.sweep) > 2:
        raise UsageError(f"a sweep varies one or two inputs, not {len(args.sweep)}")
    specs = []
    for path, text in zip(args.sweep, args.values):
        try:
            specs.append((path, parse_values(text)))
        except ValueError as exc:
            raise UsageError(f"--values for {path}: {exc}") from None
    return specs


def run(args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from colossus_desktop.cli.main import UsageError

    if (args.file is None) == (args.preset is None):
        raise UsageError("report needs a scenario FILE or --preset ID (exactly one of them)")
    target = Path(args.out)
    if target.exists() and not target.is_dir():
        raise UsageError(f"--out {args.out}: exists and is not a folder")
    specs = _sweep_specs(args)
    if args.sweep_output and not specs:
        raise UsageError("--sweep-output needs --sweep PATH --values START:STOP:N")
    catalog = load_catalog()
    source = f"preset:{args.preset}" if args.preset is not None else args.file
    comparison = args.compare is not None or _is_comparison(source)
    if comparison:
        if specs:
            raise UsageError("--sweep is for a scenario's report, not a comparison's")
        return _comparison(args, [source, *(args.compare or [])], target, catalog, out)
    if args.same_workload is not None or args.reference is not None:
        raise UsageError("--same-workload and --reference are for a comparison (give --compare B …)")
    if args.preset is not None:
        scenario, base = load_preset(args.preset, catalog=catalog), args.preset
    elif args.file.startswith("preset:"):
        scenario, base = load_preset(args.file.removeprefix("preset:"), catalog=catalog), args.file.removeprefix("preset:")
    else:
        scenario, base = load_scenario(args.file, catalog=catalog), Path(args.file).stem
    try:
        from colossus_desktop.report.build import build_report, ensure_app
    except ImportError as exc:  # a wheel without Qt: the rest of the CLI still works
        raise UsageError(f"report needs the desktop libraries ({exc})") from None
    from colossus_desktop.evaluation import evaluate_scenario
    from colossus_desktop.report.analysis_data import sweep_data

    ev = evaluate_scenario(scenario, catalog)
    sweep = None
    if specs:
        from colossus_desktop.cli.sweep import output_keys

        keys = output_keys(args.sweep_output)
        sweep = sweep_data(ev, specs, keys, catalog)
    if any(f in args.formats for f in ("png", "svg", "pdf", "pptx")):
        ensure_app()
        _install_language(args)
    uncertainty = None if args.no_uncertainty else "auto"
    for path in build_report(ev, target, args.formats, args.theme, args.size, base=base, uncertainty=uncertainty,
                             sweep=sweep, catalog=catalog):
        out.write(f"{path}\n")
    return 0


def _install_language(args) -> None:
    """The charts and KPI cards (Qt's translators, the default QLocale) in ``--lang``'s language;
    the report's own texts follow :mod:`colossus_desktop.lang`, which ``main`` set already."""
    from colossus_desktop import i18n

    i18n.install(getattr(args, "lang", None) or "en")


def _is_comparison(source: str) -> bool:
    """True when ``source`` is a comparison file ("format": "colossus-desktop-comparison")."""
    if source.startswith("preset:"):
        return False
    try:
        from colossus_desktop.scenario.comparison import is_comparison_file
    except ImportError:  # the comparison is not part of this build
        return False
    return is_comparison_file(source)


def _comparison(args, sources: list[str], target, catalog, out: TextIO) -> int:
    from pathlib import Path

    from colossus_desktop.cli.main import UsageError

    try:
        from colossus_desktop.comparison import evaluate_comparison, from_sources
        from colossus_desktop.report.build import ensure_app
        from colossus_desktop.report.compare import build_comparison_report
    except ImportError as exc:
        raise UsageError(f"a comparison report needs the desktop libraries ({exc})") from None
    try:
        comp, base_dir = from_sources(sources, args.same_workload, args.reference, catalog)
    except ValueError as exc:
        if type(exc) is not ValueError:
            raise
        raise UsageError(str(exc)) from None
    compared = evaluate_comparison(comp, base_dir, catalog=catalog)
    if any(f in args.formats for f in ("png", "svg", "pdf", "pptx")):
        ensure_app()
        _install_language(args)
    base = Path(sources[0]).stem if _is_comparison(sources[0]) else "comparison"
    for path in build_comparison_report(compared, target, args.formats, args.theme, args.size, base=base):
        out.write(f"{path}\n")
    return 0
