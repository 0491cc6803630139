"""Work the engine does not repeat on every call (issue 14): inputs broadcast once, their count
of scenarios counted once, the time series only for the scenario on screen, and no numpy.ma."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

from colossus_desktop.engine import evaluate
from colossus_desktop.engine.inputs import Inputs, broadcast
from colossus_desktop.engine.scaling import size_sweep

from .factory import make_inputs

ROOT = Path(__file__).resolve().parents[2]


def test_broadcast_inputs_are_not_broadcast_again():
    inp = make_inputs(mfu=[0.3, 0.4, 0.5])
    assert broadcast(inp) is inp
    raw = dataclasses.replace(inp, mfu=0.2)  # a new Inputs, not made by broadcast(): coerced again
    again = broadcast(raw)
    assert again is not raw and again.mfu.shape == (1,) and again.mfu.dtype == np.float64


def test_the_scenario_count_is_the_longest_field_and_follows_replace():
    inp = make_inputs(mfu=[0.3, 0.4, 0.5])
    assert inp.n == 3
    assert inp.replace(pue=np.linspace(1.1, 1.3, 7), mfu=0.4).n == 7
    plain = Inputs(**{f.name: getattr(inp, f.name) for f in dataclasses.fields(Inputs)})
    assert plain.n == 3  # an Inputs not made by broadcast() counts its own


def test_size_sweep_sizes_are_distinct_ascending_and_hold_the_scenario():
    inp = make_inputs()
    total = float(inp.pool_count.sum())
    sizes, res = size_sweep(inp, points=48)
    assert np.all(np.diff(sizes) > 0) and total in sizes
    assert res.buildout.months.shape == (0,)  # the sweep's rows carry no time series
    sizes, _ = size_sweep(inp, points=2, low=1.0, high=1.0)  # the first point is the scenario's own size
    assert sizes.tolist() == [total, total * 2]  # listed once


def _assert_same_results(a, b, where=""):
    """Every field of two Results (or sections, dicts, arrays) equal, NaN equal to NaN."""
    if dataclasses.is_dataclass(a):
        for f in dataclasses.fields(a):
            _assert_same_results(getattr(a, f.name), getattr(b, f.name), f"{where}.{f.name}")
    elif isinstance(a, dict):
        assert a.keys() == b.keys(), where
        for k in a:
            _assert_same_results(a[k], b[k], f"{where}[{k}]")
    else:
        np.testing.assert_array_equal(np.asarray(a), np.asarray(b), err_msg=where)


def test_the_scenario_on_screen_is_its_sweeps_own_row_with_its_series():
    """evaluate_scenario makes one engine call (issue 14): the scenario's results are the sweep's
    row at its own size, equal field by field to evaluating the scenario alone, series included."""
    from colossus_desktop.evaluation import evaluate_scenario
    from colossus_desktop.scenario.presets import load_preset, preset_ids

    for pid in preset_ids():
        ev = evaluate_scenario(load_preset(pid))
        alone = evaluate(ev.inputs, series=True)
        assert ev.results.n == 1
        _assert_same_results(ev.results, alone, pid)
        assert ev.results.buildout.months.shape[0] > 0 and ev.results.cost.yearly_staff_usd.shape[1] > 0
    assert evaluate(ev.inputs, series=False).buildout.months.shape == (0,)


def test_take_keeps_the_rows_asked_for_and_the_shared_month_axis():
    inp = make_inputs(mfu=[0.3, 0.4, 0.5])
    both = evaluate(inp, series=True)
    picked = both.take([2, 0])
    _assert_same_results(picked, evaluate(inp.take_rows(np.array([2, 0])), series=True))
    assert picked.n == 2
    np.testing.assert_array_equal(picked.buildout.months, both.buildout.months)


def test_evaluating_a_scenario_does_not_import_numpy_ma():
    code = ("import sys\nfrom colossus_desktop.evaluation import evaluate_scenario\n"
            "from colossus_desktop.scenario.presets import load_preset\n"
            "evaluate_scenario(load_preset('colossus-2'))\nprint('numpy.ma' in sys.modules)")
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=False, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "False"
