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
        "and the inputs, outputs and pools as CSV and XLSX.",
    )
    p.add_argument("file", nargs="?", metavar="FILE", help="a scenario file (.json)")
    p.add_argument("--preset", metavar="ID", help="a shipped preset instead of a file (see: colossus-desktop presets)")
    p.add_argument("--out", metavar="DIR", required=True, help="folder to write into (created if missing)")
    p.add_argument("--formats", type=_formats, default=REPORT_FORMATS, metavar="LIST",
                   help=f"comma-separated, from {','.join(REPORT_FORMATS)} (default: all)")
    p.add_argument("--theme", choices=("light", "dark"), default="light",
                   help="light (projectors and print, the default) or dark")
    p.add_argument("--size", type=_size, default=(1920, 1080), metavar="WxH",
                   help="picture size of the PNG/SVG charts and the deck's pictures (default 1920x1080)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from colossus_desktop.cli.main import UsageError

    if (args.file is None) == (args.preset is None):
        raise UsageError("report needs a scenario FILE or --preset ID (exactly one of them)")
    target = Path(args.out)
    if target.exists() and not target.is_dir():
        raise UsageError(f"--out {args.out}: exists and is not a folder")
    catalog = load_catalog()
    if args.preset is not None:
        scenario, base = load_preset(args.preset, catalog=catalog), args.preset
    else:
        scenario, base = load_scenario(args.file, catalog=catalog), Path(args.file).stem
    try:
        from colossus_desktop.report.build import build_report, ensure_app
    except ImportError as exc:  # a wheel without Qt: the rest of the CLI still works
        raise UsageError(f"report needs the desktop libraries ({exc})") from None
    from colossus_desktop.evaluation import evaluate_scenario

    ev = evaluate_scenario(scenario, catalog)
    if any(f in args.formats for f in ("png", "svg", "pdf", "pptx")):
        ensure_app()
    for path in build_report(ev, target, args.formats, args.theme, args.size, base=base):
        out.write(f"{path}\n")
    return 0
