"""Catalog, preset and validation sources name the original publisher first, not an aggregator.

A reader who sees an aggregator or reprint site as the source of a figure stops trusting the
chart, so every source text starts with the publisher of the original document (vendor
datasheet or documentation, paper, newspaper, analyst) and names the secondary page after it
("NVIDIA B200 specifications (via glennklockwood.com B200): ..."). The exceptions are marked:
our own calculation or assumption ("[own calc]", "[own estimate]", "[own assumption]",
"Assumption") and figures for which no primary publisher was found ("[secondary only]").
"""

from __future__ import annotations

import json
import re

import pytest

from colossus_desktop.paths import resources_dir

# Aggregator, wiki, reseller and reprint sites found at the head of our sources before the fix.
SECONDARY_DOMAINS = (
    "glennklockwood.com", "aiwiki.ai", "fibermall.com", "introl.com", "naddod.com", "investing.com",
    "eulerpool.com", "flashgenius.net", "textbookofai.com", "inferensys.com", "cybernative.ai",
    "unanswered.io", "awesomeagents.ai", "lzwjava.github.io", "aiminingco.com", "jaredwatkins.com",
    "gpu.blog", "hmc-tech.com", "yobitel.com", "verda.com", "statista", "4nownews.com", "techspot.com",
    "aiinframap.com", "kad8.com", "tengele.com", "nextbigfuture.com", "daily8.com", "teslarati.com",
    "herememphis.com", "fudzilla.com", "donanimhaber.com", "world-today-news.com", "tadviser.com",
    "wedoany.com", "quantum-computing.news", "convergedigest", "svethardware.cz", "datacenterworldbrasil",
    "tomshardware.com", "512pixels.net", "avalanchenoticias", "menarik.info", "techjuice.pk",
)
MARKED = ("[own calc]", "[own estimate]", "[own assumption]", "[secondary only]", "Assumption")
# A preset note that quotes the catalog keeps the catalog's source after this prefix.
_CATALOG_PREFIX = re.compile(r"^(Catalog defaults?: |Catalog \(.*?\): )")


def _catalog_sources():
    for path in sorted((resources_dir() / "catalog").glob("*.json")):
        def walk(obj, where):
            if isinstance(obj, dict):
                if isinstance(obj.get("source"), str):
                    yield f"{path.name}{where}", obj["source"]
                for key, value in obj.items():
                    yield from walk(value, f"{where}.{key}")
            elif isinstance(obj, list):
                for i, value in enumerate(obj):
                    yield from walk(value, f"{where}[{i}]")

        yield from walk(json.loads(path.read_text(encoding="utf-8")), "")


def _preset_sources():
    for path in sorted((resources_dir() / "presets").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for i, text in enumerate(data["sources"]):
            yield f"{path.name} sources[{i}]", text
        for section, value in data.items():
            if isinstance(value, dict) and isinstance(value.get("notes"), dict):
                for field, note in value["notes"].items():
                    yield f"{path.name} {section}.notes.{field}", _CATALOG_PREFIX.sub("", note)
        for i, pool in enumerate(data["pools"]):
            if pool.get("note"):
                yield f"{path.name} pools[{i}].note", pool["note"]


def _validation_sources():
    data = json.loads((resources_dir() / "validation" / "published.json").read_text(encoding="utf-8"))
    for fig in data["figures"]:
        yield f"published.json {fig['id']}", fig["source"]["publisher"]


def aggregator_first(text: str) -> str | None:
    """The secondary domain ``text`` starts with, unless the text is marked as ours or secondary-only."""
    head = " ".join(text.split()).lower()
    if text.lstrip().startswith(MARKED):
        return None
    for domain in SECONDARY_DOMAINS:
        if head.startswith(domain) or head.startswith("ng." + domain) or head.startswith("www." + domain):
            return domain
    return None


@pytest.mark.parametrize("texts", [_catalog_sources, _preset_sources, _validation_sources],
                         ids=["catalog", "presets", "validation"])
def test_sources_name_the_primary_publisher_first(texts):
    bad = [f"{where}: {text[:80]}" for where, text in texts() if aggregator_first(text)]
    assert not bad, "sources that start with an aggregator instead of a publisher:\n" + "\n".join(bad)


def test_the_check_catches_an_aggregator_and_spares_marked_texts():
    assert aggregator_first("glennklockwood.com h100: '700 W maximum'") == "glennklockwood.com"
    assert aggregator_first("ng.investing.com (Bernstein): 13%") == "investing.com"
    assert aggregator_first("NVIDIA H100 specifications (via glennklockwood.com h100): '700 W'") is None
    assert aggregator_first("[own calc] introl.com: 120 kW / 72") is None
    assert aggregator_first("[secondary only] aiwiki.ai: launched 2023-03-21") is None
