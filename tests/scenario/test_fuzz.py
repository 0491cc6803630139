"""A seeded, deterministic fuzz test of the loader and the engine (issue 12).

Each case mutates a preset's file: numbers replaced by extremes (0, -1, 2**31, 2**63, 10**300,
1e308, 5e-324, 1e400 written as text, 4,301-digit integers), by text, by null; keys deleted or
added; lists emptied or an item duplicated. Then:

* the loader gives a :class:`ScenarioError` whose message is one short line, or a Scenario,
  and nothing else;
* an accepted scenario evaluates without a numpy warning to results that are finite or flagged
  with a reason (``tests/scenario/oracle.py``), the CLI's summary formats them, and it saves and
  loads back to the same document.

``COLOSSUS_FUZZ_CASES`` and ``COLOSSUS_FUZZ_SEED`` run more cases or another seed locally (a
failure prints the seed, the case and its mutations, to add the file to ``tests/corpus``).
"""

from __future__ import annotations

import copy
import json
import math
import os
import random
import warnings

import pytest

from colossus_desktop.cli.evaluate import evaluation_document
from colossus_desktop.cli.summary import format_summary
from colossus_desktop.engine import evaluate
from colossus_desktop.engine.catalog import load_catalog
from colossus_desktop.scenario.bounds import bounds_at
from colossus_desktop.scenario.errors import ECHO_CHARS, ScenarioError
from colossus_desktop.scenario.files import dumps_scenario, loads_scenario, scenario_data
from colossus_desktop.scenario.inputs import to_inputs
from colossus_desktop.scenario.presets import load_preset, preset_ids

from .oracle import unexplained

CASES = int(os.environ.get("COLOSSUS_FUZZ_CASES", "300"))
SEED = int(os.environ.get("COLOSSUS_FUZZ_SEED", "20261129"))

#: Written into the JSON text in place of a marker string, for what json.dumps cannot write.
RAW = {"@inf@": "1e400", "@-inf@": "-1e400", "@nan@": "NaN", "@digits@": "7" * 4301, "@-digits@": "-" + "3" * 5000}
NUMBERS = [0, -1, 1, 0.5, 2**31, 2**31 - 1, 2**63, 10**300, 1e308, -1e308, 5e-324, 1e-300, 1e15, 100_000_001,
           99_999_999.5, *RAW]
OTHERS = [None, "", "x", "auto", "x" * 5000, True, [], {}, [1, 2], {"a": 1}]


def _places(node, loc=()):
    """Every (location, value) in the document, containers included."""
    yield loc, node
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _places(v, (*loc, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _places(v, (*loc, i))


def _parent(doc, loc):
    node = doc
    for part in loc[:-1]:
        node = node[part]
    return node


def _edge(loc: tuple, rng: random.Random) -> float | int | None:
    """A value the field's bounds allow: an end, or a log-uniform draw between the ends."""
    try:
        b = bounds_at(list(loc))
    except KeyError:
        return None
    if b.low is None and b.high is None:  # not a bounded number (schema_version)
        return None
    low = b.low if b.low is not None else 0.0
    high = b.high if b.high is not None else 1e15
    step = 1 if b.integer else max(abs(low), abs(high), 1.0) * 1e-12
    low, high = (low + step if b.low_exclusive else low), (high - step if b.high_exclusive else high)
    pick = rng.random()
    value = low if pick < 0.35 else high if pick < 0.7 else math.exp(
        rng.uniform(math.log(max(low, 1e-6)), math.log(max(high, 1e-6))))
    value = min(max(value, low), high)
    return int(math.ceil(value)) if b.integer else float(value)


def mutate(doc: dict, rng: random.Random) -> list[str]:
    """Apply 1-3 random mutations to ``doc`` in place; return what was done, for the report."""
    done = []
    if rng.random() < 0.15:  # a storm: many numbers at once at the ends of their bounds
        share = rng.choice((0.3, 0.7, 1.0))
        for loc, value in list(_places(doc)):
            if isinstance(value, (int, float)) and not isinstance(value, bool) and rng.random() < share:
                edge = _edge(loc, rng)
                if edge is not None:
                    _parent(doc, loc)[loc[-1]] = edge
        done.append(f"storm of edges ({share:.0%})")
        return done
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        places = [(loc, v) for loc, v in _places(doc) if loc]
        numbers = [p for p in places if isinstance(p[1], (int, float)) and not isinstance(p[1], bool)]
        loc, value = rng.choice(numbers if numbers and rng.random() < 0.6 else places)
        parent, key = _parent(doc, loc), loc[-1]
        kind = rng.random()
        edge = _edge(loc, rng) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
        if kind < 0.4 and edge is not None:  # inside the bounds, at or near an end: should load
            parent[key] = edge
            done.append(f"{loc} = {edge!r}")
        elif kind < 0.65:
            new = rng.choice(NUMBERS)
            if rng.random() < 0.3 and isinstance(value, (int, float)) and not isinstance(value, bool):
                new = rng.choice([value * 10**rng.randint(3, 12), -value, value * 1e-9, float(value) + 0.5])
            parent[key] = new
            done.append(f"{loc} = {new!r}"[:120])
        elif kind < 0.8:
            parent[key] = copy.deepcopy(rng.choice(OTHERS))
            done.append(f"{loc} = {parent[key]!r}"[:120])
        elif kind < 0.88:
            del parent[key]
            done.append(f"del {loc}")
        elif kind < 0.92 and isinstance(value, list) and value:
            value.append(copy.deepcopy(rng.choice(value)))
            done.append(f"{loc} += duplicate")
        elif isinstance(value, dict):
            value[rng.choice(["unknown", "notes", "count", "x" * 200])] = copy.deepcopy(rng.choice(NUMBERS + OTHERS))
            done.append(f"{loc} gets a key")
        else:
            parent[key] = [value, value] if rng.random() < 0.5 else {"value": value}
            done.append(f"{loc} wrapped")
    return done


def _text(doc: dict) -> str:
    text = json.dumps(doc, ensure_ascii=False)
    for marker, raw in RAW.items():
        text = text.replace(json.dumps(marker), raw)
    return text


@pytest.fixture(scope="module")
def bases():
    return {pid: scenario_data(load_preset(pid)) for pid in preset_ids()}


def test_fuzzed_files_are_refused_in_one_line_or_sound(bases):
    rng = random.Random(SEED)
    catalog = load_catalog()
    accepted = refused = 0
    ids = sorted(bases)
    for case in range(CASES):
        pid = ids[case % len(ids)]
        doc = copy.deepcopy(bases[pid])
        done = mutate(doc, rng)
        where = f"seed {SEED}, case {case}, preset {pid}: {done}"
        text = _text(doc)
        try:
            scenario = loads_scenario(text, path="fuzz.json", catalog=catalog)
        except ScenarioError as exc:
            message = str(exc)
            assert "\n" not in message and message.startswith("fuzz.json: "), where
            assert "x" * ECHO_CHARS not in message and len(message) < 1000, (where, message[:300])
            refused += 1
            continue
        except Exception as exc:  # noqa: BLE001 - the point of the test
            pytest.fail(f"{where}: the loader raised {type(exc).__name__}: {exc!s:.300}")
        accepted += 1
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                results = evaluate(to_inputs(scenario, catalog))
                if accepted % 5 == 0:  # the CLI's own path, on a share of the cases (it evaluates again)
                    format_summary(evaluation_document(scenario, catalog))
            except Exception as exc:  # noqa: BLE001
                pytest.fail(f"{where}: evaluating raised {type(exc).__name__}: {exc!s:.300}")
        assert unexplained(results) == [], where
        assert loads_scenario(dumps_scenario(scenario), catalog=catalog) == scenario, where
    # the mutations reach both sides: many refusals, and enough accepted files to evaluate
    print(f"fuzz: {accepted} accepted, {refused} refused (seed {SEED})")
    assert refused > CASES // 4 and accepted > CASES // 5, (accepted, refused)


def test_the_mutations_are_deterministic(bases):
    a, b = random.Random(SEED), random.Random(SEED)
    docs = [copy.deepcopy(bases["deepseek-v3"]) for _ in range(2)]
    assert [mutate(docs[0], a) for _ in range(20)] == [mutate(docs[1], b) for _ in range(20)]
    assert docs[0] == docs[1]
