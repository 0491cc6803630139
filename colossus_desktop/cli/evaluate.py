"""``colossus-desktop evaluate (FILE | --preset ID) [--json]``."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from colossus_desktop.engine.catalog import Catalog, load_catalog
from colossus_desktop.scenario.model import Scenario


def add_parser(sub) -> None:
    p = sub.add_parser(
        "evaluate",
        help="evaluate a scenario file or a preset",
        description="Evaluate a scenario and print a summary (or, with --json, every result).",
    )
    p.add_argument("file", nargs="?", metavar="FILE", help="a scenario file (.json); - reads standard input")
    p.add_argument("--preset", metavar="ID", help="a shipped preset instead of a file (see: colossus-desktop presets)")
    p.add_argument("--json", action="store_true", help="print the full results as JSON")
    p.set_defaults(handler=run)


def evaluation_document(scenario: Scenario, catalog: Catalog | None = None, source: dict | None = None) -> dict[str, Any]:
    """What ``evaluate --json`` prints: scenario block, every result of scenario 0, the warnings
    in words and the same findings as flags (``{"code": ..., <figure>: value}``) for scripts."""
    # Imported here so that `presets` and `--help` work without the engine's heavier modules.
    from colossus_desktop.engine import evaluate
    from colossus_desktop.messages import describe
    from colossus_desktop.scenario.inputs import to_inputs

    catalog = catalog or load_catalog()
    results = evaluate(to_inputs(scenario, catalog))
    head = {"name": scenario.name, "precision": scenario.workload.precision, **(source or {})}
    flags = results.flags(0)
    return {"scenario": head, **results.to_dict(0), "warnings": [describe(f) for f in flags],
            "flags": [{"code": f.code, **f.figures, **({"results": list(f.results)} if f.results else {})}
                      for f in flags]}


def run(args: argparse.Namespace, out: TextIO) -> int:
    from colossus_desktop.cli.summary import format_summary

    from colossus_desktop.cli.source import load_file_or_preset

    catalog = load_catalog()
    scenario, source = load_file_or_preset(args, "evaluate", catalog)
    doc = evaluation_document(scenario, catalog, source)
    if args.json:
        out.write(json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False) + "\n")
    else:  # the warnings in the output language (the JSON keeps them in English, for scripts)
        from colossus_desktop import lang
        from colossus_desktop.engine import evaluate
        from colossus_desktop.messages import CONTEXT, warning_texts
        from colossus_desktop.scenario.inputs import to_inputs

        if lang.language() != "en" and doc["warnings"]:
            results = evaluate(to_inputs(scenario, catalog))
            doc = dict(doc, warnings=warning_texts(results, 0, lambda t: lang.translate(CONTEXT, t), lang.writer()))
        out.write(format_summary(doc))
    return 0
