"""Monte Carlo simulation of a training run's failures, restarts, checkpoints and spares.

Pure numpy, vectorised over replicas and batches of events (run.py). Component classes and
their shares come from Llama 3's Table 5 (classes.py); the run is described by a
:class:`Config` (config.py); results are a :class:`SimResult` (result.py).
"""

from __future__ import annotations

from .classes import CLASSES, NEEDS_NODE, TABLE5_COUNTS, class_probabilities, table5_shares
from .config import SECONDS_PER_YEAR, Config
from .result import LOSS_CAUSES, SimResult, Timeline
from .run import MAX_RUNS, simulate

__all__ = ["CLASSES", "LOSS_CAUSES", "MAX_RUNS", "NEEDS_NODE", "SECONDS_PER_YEAR", "TABLE5_COUNTS", "Config",
           "SimResult", "Timeline", "class_probabilities", "simulate", "table5_shares"]
