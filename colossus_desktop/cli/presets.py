"""``colossus-desktop presets``: the shipped preset ids and titles."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from colossus_desktop.scenario.presets import DEFAULT_PRESET, list_presets


def add_parser(sub) -> None:
    p = sub.add_parser("presets", help="list the shipped presets", description="List the shipped presets.")
    p.add_argument("--json", action="store_true", help="print JSON (id, title, owner, year, summary, sources)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    infos = list_presets()
    if args.json:
        data = [
            {"id": i.id, "title": i.title, "owner": i.owner, "year": i.year, "summary": i.summary,
             "sources": list(i.sources), "default": i.id == DEFAULT_PRESET}
            for i in infos
        ]
        out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return 0
    width = max((len(i.id) for i in infos), default=0)
    for i in infos:
        mark = "  (default)" if i.id == DEFAULT_PRESET else ""
        out.write(f"{i.id:<{width}}  {i.title}{mark}\n")
    return 0
