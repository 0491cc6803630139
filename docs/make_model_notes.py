"""Write docs/model.md from the engine modules' docstrings (the single source of the
equations, assumptions and sources). Run: ``python docs/make_model_notes.py``;
tests/engine/test_docs.py fails when the file is out of date."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

MODULES = [
    ("Compute", "colossus_desktop.engine.compute"),
    ("Network", "colossus_desktop.engine.network"),
    ("Power", "colossus_desktop.engine.power"),
    ("Cost", "colossus_desktop.engine.cost"),
    ("Reliability", "colossus_desktop.engine.reliability"),
    ("Failure simulation", "colossus_desktop.engine.simulation.run"),
    ("Failure classes (Llama 3 Table 5)", "colossus_desktop.engine.simulation.classes"),
    ("Failure simulation, aggregated", "colossus_desktop.engine.simulation.aggregate"),
    ("Downtime distributions", "colossus_desktop.engine.simulation.times"),
    ("Spares and repairs", "colossus_desktop.engine.simulation.spares"),
    ("Training", "colossus_desktop.engine.training"),
    ("Build-out", "colossus_desktop.engine.buildout"),
    ("Scaling sweeps", "colossus_desktop.engine.scaling"),
    ("Transformer arithmetic", "colossus_desktop.engine.architecture"),
    ("Key figures shared by the analyses", "colossus_desktop.engine.analysis.outputs"),
    ("Varied inputs", "colossus_desktop.engine.analysis.varied"),
    ("Distributions of uncertain inputs", "colossus_desktop.engine.analysis.distributions"),
    ("Latin hypercube sampling and rank correlation", "colossus_desktop.engine.analysis.sampling"),
    ("Monte Carlo", "colossus_desktop.engine.analysis.montecarlo"),
    ("Tornado", "colossus_desktop.engine.analysis.tornado"),
    ("Sweeps of any input", "colossus_desktop.engine.analysis.sweep"),
]

HEADER = """# The models: equations, assumptions, sources

Generated from the docstrings of `colossus_desktop/engine/` by `docs/make_model_notes.py`;
edit the docstrings, not this file. Every default number the models use lives in
`resources/catalog/` with its source and confidence ([catalog.md](catalog.md)).
"""


def render() -> str:
    parts = [HEADER]
    for title, name in MODULES:
        doc = (importlib.import_module(name).__doc__ or "").strip()
        path = name.replace(".", "/") + ".py"
        parts.append(f"## {title}\n\n`{path}`\n\n```text\n{doc}\n```\n")
    return "\n".join(parts)


def main() -> int:
    target = Path(__file__).with_name("model.md")
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
