"""Analyses of one scenario over many rows: varied inputs, the shared key figures (outputs),
distributions and Latin hypercube sampling, Monte Carlo, tornado and sweeps. Pure numpy; each
module's docstring gives its equations and sources."""

from __future__ import annotations

from .distributions import KINDS, Distribution, norm_ppf
from .montecarlo import MAX_SAMPLES, Cancelled, MonteCarlo, monte_carlo
from .outputs import OUTPUTS, Output, output_values
from .sampling import check_correlation, correlate, latin_hypercube
from .sweep import Sweep, sweep
from .tornado import Tornado, tornado
from .varied import HOLDS, Varied, apply, held_layout

__all__ = ["HOLDS", "KINDS", "MAX_SAMPLES", "OUTPUTS", "Cancelled", "Distribution", "MonteCarlo", "Output", "Sweep",
           "Tornado", "Varied", "apply", "check_correlation", "correlate", "held_layout", "latin_hypercube",
           "monte_carlo", "norm_ppf", "output_values", "sweep", "tornado"]
