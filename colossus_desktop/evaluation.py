"""One scenario evaluated for display: the results, the scaling curves, the warnings.

The GUI's single re-evaluation point and the CLI's ``report`` both call
:func:`evaluate_scenario`; charts only read the :class:`Evaluated` it returns. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from colossus_desktop.engine.catalog import Catalog, load_catalog
from colossus_desktop.engine.inputs import Inputs
from colossus_desktop.engine.results import Results
from colossus_desktop.engine.scaling import size_sweep
from colossus_desktop.messages import warning_texts
from colossus_desktop.scenario.inputs import to_inputs
from colossus_desktop.scenario.model import Scenario


@dataclass(frozen=True, eq=False, repr=False)  # arrays: see engine/results.py's _ARRAYS
class Evaluated:
    scenario: Scenario
    inputs: Inputs  # N = 1
    results: Results  # N = 1
    sizes: np.ndarray  # accelerator counts of the scaling sweep, ascending
    by_size: Results  # N = len(sizes): this scenario with every pool scaled to each size
    current_index: int  # index in ``sizes`` nearest to the scenario's own size
    warnings: list[str]  # the engine's flags in English words (messages.warning_texts)


def evaluate_scenario(scenario: Scenario, catalog: Catalog | None = None, points: int = 48) -> Evaluated:
    catalog = catalog or load_catalog()
    inputs = to_inputs(scenario, catalog)
    # One engine call: the sweep's row at the scenario's own size is the scenario, evaluated with
    # its own inputs (scale 1, its own layout fields), so its results are that row (issue 14: one
    # call's fixed cost less on every edit). The series come with it, for that row's charts.
    sizes, by_size = size_sweep(inputs, points=points, series=True)
    own = np.flatnonzero(sizes == float(inputs.pool_count.sum()))[:1]  # size_sweep always holds it
    results = by_size.take(own)
    current = int(np.argmin(np.abs(np.log(sizes) - np.log(max(results.cluster.accelerators[0], 1)))))
    return Evaluated(scenario, inputs, results, sizes, by_size, current, warning_texts(results, 0))
