"""Analyses of one scenario over many rows: varied inputs, the shared key figures (outputs),
distributions and Latin hypercube sampling, Monte Carlo, tornado and sweeps. Pure numpy; each
module's docstring gives its equations and sources."""

from __future__ import annotations

from .outputs import OUTPUTS, Output, output_values
from .varied import HOLDS, Varied, apply, held_layout

__all__ = ["HOLDS", "OUTPUTS", "Output", "Varied", "apply", "held_layout", "output_values"]
