"""The engine reports flags and figures; messages.py words them for every front end."""

from __future__ import annotations

import pytest

from colossus_desktop.engine import evaluate
from colossus_desktop.engine.results import Flag
from colossus_desktop.messages import TEMPLATES, describe, warning_texts
from tests.engine.factory import make_inputs


def test_each_flag_in_words_with_its_figure():
    assert describe(Flag("goodput_collapse", {"goodput": 0.434})).startswith("Goodput collapses to 43%: ")
    # 1,234.4 MW unserved of a demand served at 80 %: the run takes 1 / 0.8 = 1.25 times as long
    assert describe(Flag("power_shortfall", {"shortfall_mw": 1234.4, "served_fraction": 0.8})) == (
        "Power shortfall: 1,234 MW of average demand is not covered by grid and turbines. The site can "
        "run only 80% of its load, so the training run takes 1.25 times as long.")
    assert describe(Flag("peak_shortfall", {"peak_shortfall_mw": 87.6})) == (
        "Peak shortfall: 88 MW at full load beyond grid, turbines and batteries.")


def test_translate_and_number_hooks_are_used():
    """The window passes Qt's translate and its locale's number writer; both reach the text."""
    french = {TEMPLATES["power_shortfall"][0]: "Déficit de puissance : {mw} MW non couverts."}
    text = describe(Flag("power_shortfall", {"shortfall_mw": 1234.4, "served_fraction": 0.8}), translate=lambda t: french.get(t, t),
                    number=lambda x, d: f"{x:,.{d}f}".replace(",", "\u202f"))
    assert text == "Déficit de puissance : 1\u202f234 MW non couverts."


def test_unknown_flag_code_is_an_error():
    with pytest.raises(KeyError):
        describe(Flag("no_such_flag", {}))


def test_power_shortfall_flagged_by_the_engine():
    """Average demand above grid + turbines: the engine flags it with the shortfall in MW."""
    r = evaluate(make_inputs(grid_mw=1.0, turbines_mw=0.0))
    flags = r.flags(0)
    assert [f.code for f in flags] == ["power_shortfall"]
    assert flags[0].figures["shortfall_mw"] == pytest.approx(float(r.power.shortfall_mw[0]))
    assert flags[0].figures["shortfall_mw"] > 0.5
    assert flags[0].figures["served_fraction"] == pytest.approx(float(r.power.served_fraction[0]))
    assert 0 < flags[0].figures["served_fraction"] < 1
    assert warning_texts(r, 0)[0].startswith("Power shortfall: ")
    stretch = f"{1 / r.power.served_fraction[0]:,.2f} times as long"
    assert stretch in warning_texts(r, 0)[0]


def test_no_flags_when_supply_covers_demand_and_goodput_holds():
    r = evaluate(make_inputs(grid_mw=1e6))
    assert r.flags(0) == [] and warning_texts(r, 0) == []


def test_layout_flags_in_words():
    """Issue 10: a model that fits no layout names what it needs and what the accelerator has;
    no MFU and no shape says how to get one."""
    text = describe(Flag("no_layout_fits", {"memory_gb_per_gpu": 193.02, "hbm_gb_per_gpu": 80.0}))
    assert text.startswith("The model does not fit: even the leanest layout needs 193 GB per accelerator, "
                           "and each has 80 GB of memory.")
    assert describe(Flag("no_mfu", {})).startswith("No MFU: enter one, or describe the model's architecture")


def test_a_result_out_of_range_is_flagged_with_its_name_and_never_warns():
    """Issue 12: a count of 10**300 trained in "0.0 days" and numpy printed overflow warnings.
    The loader now bounds every input, but the engine itself still says why a result is not
    finite: ``non_finite`` names the results, and no RuntimeWarning escapes."""
    import warnings

    import numpy as np

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        r = evaluate(make_inputs(pool_price_usd=[[1e305]], grid_mw=1e6))
    flags = r.flags(0)
    assert np.isinf(r.cost.capex_usd[0]) and flags[-1].code == "non_finite"
    assert "cost.capex_usd" in flags[-1].results and flags[-1].figures["count"] == len(flags[-1].results)
    text = describe(flags[-1])
    assert text.startswith("Out of range: the capex, ") and "infinite or undefined" in text
    # a result that is infinite because the run cannot start is explained by that flag alone
    r = evaluate(make_inputs(grid_mw=0.0, turbines_mw=0.0))
    assert np.isinf(r.training.wall_days[0]) and [f.code for f in r.flags(0)] == ["power_shortfall"]


def test_every_flag_code_has_words():
    from colossus_desktop.engine.results import RUN_STOPPERS

    assert RUN_STOPPERS <= set(TEMPLATES) and "non_finite" in TEMPLATES
