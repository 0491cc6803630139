"""``colossus-desktop compare A B [C…] [--same-workload INDEX] [--reference INDEX] [--json]``.

A, B … are scenario files, ``preset:ID`` or one comparison file. Prints the key figures side by
side with each entry's ratio to the reference and, when the scenarios carry uncertainty,
P10 – P50 – P90 of the efficiency figures and of their ratio to the reference.
"""

from __future__ import annotations

import argparse
import json
import math
import textwrap
import os
from typing import Any, TextIO

from colossus_desktop import lang
from colossus_desktop.cli.summary import _fmt, _pct, _sig, _usd, say
from colossus_desktop.lang import translate
from colossus_desktop.messages import QT_TRANSLATE_NOOP

_NA = "n/a"
OWN_COST = QT_TRANSLATE_NOOP("Cli", "own cost")  # the JSON's "priced_at" (English), worded when printed


def add_parser(sub) -> None:
    p = sub.add_parser(
        "compare",
        help="compare scenarios side by side (files, presets or a comparison file)",
        description=("Compare up to 8 scenarios: key figures, efficiency figures, differences and ratios to a "
                     "reference, and P10-P90 when the scenarios carry uncertainty."),
    )
    p.add_argument("sources", nargs="+", metavar="SCENARIO",
                   help="a scenario file, preset:ID, or one comparison file (.json)")
    p.add_argument("--same-workload", type=int, metavar="INDEX",
                   help="train the same model on each: the workload of scenario INDEX (counted from 0)")
    p.add_argument("--reference", type=int, metavar="INDEX",
                   help="the scenario ratios are taken against (counted from 0; default: the first)")
    p.add_argument("--samples", type=int, metavar="N", help="Monte Carlo samples (default: the scenarios' own)")
    p.add_argument("--seed", type=int, metavar="S", help="Monte Carlo seed (default: the scenarios' own)")
    p.add_argument("--save", metavar="PATH", help="also write the comparison to a file")
    p.add_argument("--json", action="store_true", help="print every figure as JSON")
    p.set_defaults(handler=run)


def _clean(x: float) -> float | None:
    x = float(x)
    return x if math.isfinite(x) else None


def comparison_document(compared) -> dict[str, Any]:
    """What ``compare --json`` prints: the entries, then per output its label, unit, values,
    differences and ratios to the reference, and (with uncertainty) P10/P50/P90 of both."""
    from colossus_desktop.engine.analysis.outputs import OUTPUTS

    ref = compared.reference
    outputs = {}
    for k in compared.keys:
        item: dict[str, Any] = {
            "label": OUTPUTS[k].label, "unit": OUTPUTS[k].unit,
            "values": [_clean(v) for v in compared.values[k]],
            "difference": [_clean(v) for v in compared.difference(k)],
            "ratio": [_clean(v) for v in compared.ratio(k)],
        }
        if compared.bands is not None:
            for name, bands in (("", compared.bands[k]), ("ratio_", compared.ratio_bands[k])):
                for j, q in enumerate(("p10", "p50", "p90")):
                    item[name + q] = [_clean(v) for v in bands[:, j]]
        outputs[k] = item
    return {
        "name": compared.name,
        "description": compared.description,
        "reference": ref,
        "same_workload": compared.columns[0].scenario.workload.name if compared.same_workload else None,
        "entries": [{"label": c.label, "source": c.source, "scenario": c.scenario.name,
                     "accelerators": _clean(c.evaluated.results.cluster.accelerators[0]),
                     "train_gpus": _clean(c.evaluated.results.cluster.train_gpus[0]),
                     "priced_at": ("own cost" if c.scenario.workload.rental_usd_per_gpu_hour is None
                                   else f"rental {c.scenario.workload.rental_usd_per_gpu_hour:g} USD/GPU-h"),
                     "uncertain": c.uncertain} for c in compared.columns],
        "uncertainty": ({"samples": compared.samples, "seed": compared.seed, "quantiles": [0.1, 0.5, 0.9],
                         "unsampled_mfu": compared.unsampled_mfu}
                        if compared.bands is not None else None),
        "outputs": outputs,
    }


def format_value(key: str, unit: str, x: float | None) -> str:
    """One figure in words a reader takes in at a glance: money, percentages, days, units."""
    if x is None or not math.isfinite(x):
        return say(_NA) if x is None or math.isnan(x) else ("inf" if x > 0 else "-inf")
    if unit == "USD":
        return _usd(x)
    if unit.startswith("USD"):
        rest = unit[3:].strip()
        return _usd(x) + lang.unit(" " + rest if rest.startswith("per") else rest)
    if unit == "":
        return _pct(x)
    if abs(x) >= 1e9:
        return translate("Cli", "{0} billion {1}").format(_fmt(x / 1e9, ",.3g"), lang.unit(unit))
    if abs(x) >= 1e6:
        return translate("Cli", "{0} million {1}").format(_fmt(x / 1e6, ",.3g"), lang.unit(unit))
    return f"{_sig(x)} {lang.unit(unit)}"


def _ratio(x: float | None) -> str:
    if x is None or not math.isfinite(x):
        return say(_NA)
    return "×" + _fmt(x, ".3g")


def format_comparison(doc: dict[str, Any]) -> str:
    """Aligned text: a row per figure, a column per scenario, then each one's ratio to the reference."""
    entries, ref = doc["entries"], doc["reference"]
    others = [i for i in range(len(entries)) if i != ref]
    lines = [doc["name"], ""]
    if doc.get("description"):
        lines[1:1] = [textwrap.fill(" ".join(doc["description"].split()), 100)]
    for i, e in enumerate(entries):
        mark = translate("Cli", "  (reference)") if i == ref else ""
        lines.append(f"  [{i}] {e['label']}: {e['scenario']} ({e['source']}){mark}")
        if e.get("train_gpus") is not None and e.get("accelerators") is not None:
            priced = e.get("priced_at", OWN_COST)
            if priced.startswith("rental "):
                priced = translate("Cli", "rental {0} USD/GPU-h").format(_fmt(float(priced.split()[1]), "g"))
            lines.append("      " + translate("Cli", "the run uses {0} of {1} accelerators; its hours priced at {2}").format(
                _fmt(e["train_gpus"], ",.0f"), _fmt(e["accelerators"], ",.0f"), say(priced)))
    if doc["same_workload"]:
        lines.append("  " + translate("Cli", "Same model on each: {0} (every column priced at its own cost per GPU-hour)").format(
            doc["same_workload"]))
    lines.append("")
    heads = [e["label"] for e in entries] + [f"{entries[i]['label']} / {entries[ref]['label']}" for i in others]
    rows = []
    for key, o in doc["outputs"].items():
        cells = [format_value(key, o["unit"], v) for v in o["values"]] + [_ratio(o["ratio"][i]) for i in others]
        rows.append([lang.translate("Outputs", o["label"]), *cells])
    label_w = max(len(r[0]) for r in rows) + 2
    widths = [max(len(h), *(len(r[j + 1]) for r in rows)) for j, h in enumerate(heads)]
    lines.append(" " * label_w + "  ".join(h.rjust(w) for h, w in zip(heads, widths)))
    for r in rows:
        lines.append(r[0].ljust(label_w) + "  ".join(c.rjust(w) for c, w in zip(r[1:], widths)))
    lines.append("")
    u = doc["uncertainty"]
    if u is not None:
        from colossus_desktop.comparison import EFFICIENCY_KEYS

        lines.append(translate("Cli", "Uncertainty: P10 - P50 - P90 of {0} Monte Carlo samples (seed {1}), ratios sample by "
                        "sample").format(_fmt(u["samples"], ",d"), u["seed"]))
        if u.get("unsampled_mfu"):
            lines.append("  " + translate("Cli", "MFU predicted by the model and not sampled for {0}: these bands leave out the "
                                   "throughput model's own error (docs/validation.md)").format(", ".join(u["unsampled_mfu"])))
        for key in EFFICIENCY_KEYS:
            o = doc["outputs"][key]
            lines.append(f"  {lang.translate('Outputs', o['label'])}")
            for i, e in enumerate(entries):
                band = " - ".join(format_value(key, o["unit"], o[q][i]) for q in ("p10", "p50", "p90"))
                text = f"    {e['label']:<{max(len(x['label']) for x in entries)}}  {band}"
                if i != ref:
                    text += "   " + translate("Cli", "ratio") + " " + " - ".join(_ratio(o["ratio_" + q][i]).lstrip("×") for q in ("p10", "p50", "p90"))
                lines.append(text)
        lines.append("")
    return "\n".join(lines)


def run(args: argparse.Namespace, out: TextIO) -> int:
    from colossus_desktop.cli.main import UsageError
    from colossus_desktop.comparison import evaluate_comparison, from_sources
    from colossus_desktop.engine.catalog import load_catalog
    from colossus_desktop.scenario.comparison import rebase, save_comparison

    if args.samples is not None and not 1 <= args.samples <= 1_000_000:
        raise UsageError(f"--samples must be 1 to 1,000,000 (got {args.samples})")
    catalog = load_catalog()
    try:
        comp, base_dir = from_sources(args.sources, args.same_workload, args.reference, catalog)
    except ValueError as exc:
        if type(exc) is not ValueError:
            raise
        raise UsageError(str(exc)) from None
    compared = evaluate_comparison(comp, base_dir, samples=args.samples, seed=args.seed, catalog=catalog)
    if args.save:
        save_comparison(rebase(comp, base_dir, os.path.dirname(os.path.abspath(args.save))), args.save)
    doc = comparison_document(compared)
    if args.json:
        out.write(json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False) + "\n")
    else:
        out.write(format_comparison(doc))
    return 0
