"""Results, flags, JSON form and batching of the engine (engine/results.py, engine/__init__.py):
hand-worked values that kill mutmut's survivors (docs/validation.md).

Mutant names are mutmut's (``x_<function>__mutmut_<n>``; methods ``xǁResultsǁ<method>``).
"""

from __future__ import annotations

import dataclasses

import numpy as np

from colossus_desktop.engine import evaluate
from colossus_desktop.engine.results import Flag, _month_label, month_index
from colossus_desktop.messages import warning_texts

from .factory import make_inputs


def test_month_labels_and_indices():
    # 2024-07 is (2024 − 1970) × 12 + 7 − 1 = 654 months after 1970-01 (654 // 12 = 54, 654 % 12 = 6).
    # Kills x_month_index__mutmut_4 … _12 and x__month_label__mutmut_1 … _8 (every constant and operator).
    assert month_index("2024-07") == 654
    assert _month_label(654) == "2024-07"
    assert month_index("1970-01") == 0 and _month_label(0) == "1970-01"


def _two_rows():
    # Row 0 the factory's scenario, row 1 with MFU 0.3: only the training outputs differ.
    return evaluate(make_inputs(mfu=[0.41, 0.3]))


def _with(results, **power):
    return dataclasses.replace(results, power=dataclasses.replace(results.power, **power))


def test_power_flags_start_above_half_a_megawatt():
    # shortfall 0.5 MW: no flag (> 0.5 is required); 1.0 MW: power_shortfall with 1.0 MW.
    # peak shortfall likewise. Kills the ≥ 0.5, > 1.5 and None mutants of the two thresholds
    # (SHORTFALL_MW_MIN) and of the figures the flags carry.
    base = evaluate(make_inputs())
    zero = np.array([0.0])
    assert _with(base, shortfall_mw=np.array([0.5]), peak_shortfall_mw=zero).flags() == []
    assert _with(base, shortfall_mw=np.array([1.0]), peak_shortfall_mw=zero,
                 served_fraction=np.array([0.9])).flags() == [
        Flag("power_shortfall", {"shortfall_mw": 1.0, "served_fraction": 0.9})
    ]
    assert _with(base, shortfall_mw=zero, peak_shortfall_mw=np.array([0.5])).flags() == []
    assert _with(base, shortfall_mw=zero, peak_shortfall_mw=np.array([1.0])).flags() == [
        Flag("peak_shortfall", {"peak_shortfall_mw": 1.0})
    ]
    # both over the threshold: the average shortfall is the one reported
    assert [f.code for f in _with(base, shortfall_mw=np.array([2.0]), peak_shortfall_mw=np.array([3.0])).flags()] == [
        "power_shortfall"]


def test_goodput_flag_text_and_default_row():
    # Row 0 collapses (goodput 0.25), row 1 does not; flags() reads row 0 by default.
    # Kills the default-row mutant of flags() and the advice's text in messages.py.
    res = _two_rows()
    rel = dataclasses.replace(res.reliability, goodput=np.array([0.25, 0.9]), goodput_collapse=np.array([True, False]))
    res = _with(dataclasses.replace(res, reliability=rel), shortfall_mw=np.zeros(2), peak_shortfall_mw=np.zeros(2))
    assert res.flags() == [Flag("goodput_collapse", {"goodput": 0.25})]
    assert warning_texts(res) == [
        "Goodput collapses to 25%: failures arrive faster than the job can checkpoint and restart. "
        "Add spares, faster storage, or fewer accelerators per job."
    ]
    assert res.flags(1) == [] and warning_texts(res, 1) == []


def test_to_dict_gives_months_breakdowns_yearly_series_and_tiers():
    # The factory's pool arrives in 2024-01 (month 648): months 2023-12 … 2024-07. Capex of the
    # accelerators 16,384 × $30,000 = $491,520,000. Staff 100 × $150,000 = $15M a year for the
    # 5-year horizon (5 entries, not the 30 of the array). Row 1 differs in MFU only, so the
    # default row 0 has the higher achieved PFLOP/s.
    # Kills xǁResultsǁto_dict__mutmut_1 (default row 1), x__section_dict__mutmut_11, _15, _17, _18,
    # _19, _21, _22, _32.
    res = _two_rows()
    d = res.to_dict()
    assert d["buildout"]["months"][0] == "2023-12" and d["buildout"]["months"][-1] == "2024-07"
    assert d["cost"]["capex_breakdown_usd"]["accelerators"] == 16384 * 30000.0
    assert d["cost"]["yearly_staff_usd"] == [15e6] * 5
    assert d["cluster"]["switches_by_tier"] == [float(x) for x in res.cluster.switches_by_tier[0]]
    assert d["training"]["achieved_pflops"] == float(res.training.achieved_pflops[0])
    assert d["training"]["achieved_pflops"] > res.to_dict(1)["training"]["achieved_pflops"]


def test_series_are_computed_up_to_4096_rows_inclusive():
    # SERIES_AUTO_LIMIT = 4,096: N = 4,096 still gets the build-out months (2023-12 … 2024-07: 8).
    # Kills x_evaluate__mutmut_5 (N < 4,096).
    res = evaluate(make_inputs(mfu=np.full(4096, 0.41)))
    assert res.buildout.months.shape == (8,)


def test_no_series_means_no_months():
    # series=False leaves the monthly axis empty. Kills x_evaluate__mutmut_88 (np.zeros(1)).
    assert evaluate(make_inputs(), series=False).buildout.months.shape == (0,)


def test_per_tier_counts_of_a_shared_fabric_broadcast_to_every_row():
    # Two rows that differ only in MFU share one (1, 4) switches_by_tier; the result has (2, 4).
    # Kills x__full__mutmut_20 (broadcast to (N,) + shape[2:]). The build-out, shared too, also
    # has one row per scenario: (2, 8 months). Kills x_evaluate__mutmut_105 (no broadcast).
    res = _two_rows()
    by_tier = res.cluster.switches_by_tier
    assert by_tier.shape == (2, 4)
    np.testing.assert_array_equal(by_tier[0], by_tier[1])
    assert res.buildout.installed_accelerators.shape == (2, 8)
