"""Component classes of job interruptions and their shares, from Llama 3's Table 5.

Dubey et al. 2024 ("The Llama 3 Herd of Models", arXiv 2407.21783, §3.3.4, Table 5) count the
root causes of the 419 unexpected interruptions of a 54-day snapshot of Llama 3 405B
pre-training on about 16K H100s ("During a 54-day snapshot period of pre-training, we
experienced a total of 466 job interruptions. Of these, 47 were planned"). The paper's printed
percentage for "Faulty GPU" (30.1 %) disagrees with its count (148 of 419 = 35.3 %); we use the
counts, as shared/reference/published-runs.md advises.

Table 5 rows, grouped into the classes the simulation draws (our grouping, confidence M):

============  ====  ==============================================================
class         count  Table 5 rows (count)
============  ====  ==============================================================
gpu           196   Faulty GPU 148, GPU SRAM Memory 19, GPU System Processor 17,
                    Silent Data Corruption 6, GPU Thermal Interface + Sensor 6
hbm            72   GPU HBM3 Memory 72
network        35   Network Switch/Cable 35
host           53   Host Maintenance (unplanned) 32, NIC 7, SSD 3, Power Supply 3,
                    Server Chassis 2, IO Expansion Board 2, CPU 2, System Memory 2
software       63   Software Bug 54, NCCL Watchdog Timeouts 7 (cause unknown), Dependency 2
============  ====  ==============================================================

Since schema 7 the five shares are document fields (``reliability.share_gpu`` … ``share_software``,
weights the scenario glue divides by their sum); the counts here are their defaults and the
Llama 3 test's reference.

The fifth class of the brief, planned maintenance, is not a share of the 419: it is its own
rate (47 in the same 54 days on 16,384 GPUs = 0.0194 per GPU-year, our arithmetic).

Which classes take a node out of the job (so need a hot spare or a repaired node) is our
assumption (confidence L): a GPU, HBM or host fault takes its node to repair; a network fault
(a switch or cable) and a software fault need only a restart.
"""

from __future__ import annotations

import numpy as np

#: Class names in the order of every per-class array; "planned" is last.
CLASSES = ("gpu", "hbm", "network", "host", "software", "planned")
UNEXPECTED = CLASSES[:-1]
PLANNED = len(CLASSES) - 1

#: Llama 3 Table 5 counts of the 419 unexpected interruptions, grouped as in the module text.
TABLE5_COUNTS = {"gpu": 148 + 19 + 17 + 6 + 6, "hbm": 72, "network": 35,
                 "host": 32 + 7 + 3 + 3 + 2 + 2 + 2 + 2, "software": 54 + 7 + 2}
TABLE5_UNEXPECTED = 419
TABLE5_PLANNED = 47
TABLE5_DAYS = 54
TABLE5_GPUS = 16_384

#: Classes whose fault takes a node to repair (assumption, confidence L).
NEEDS_NODE = np.array([True, True, False, True, False, False])


def table5_shares() -> np.ndarray:
    """Shares of the five unexpected classes, shape (5,), summing to 1 (counts / 419)."""
    counts = np.array([TABLE5_COUNTS[c] for c in UNEXPECTED], dtype=float)
    assert counts.sum() == TABLE5_UNEXPECTED
    return counts / TABLE5_UNEXPECTED


def class_probabilities(unexpected_per_gpu_year: float, planned_per_gpu_year: float,
                        shares: np.ndarray | None = None) -> np.ndarray:
    """Probability that an interruption is of each class, shape (6,) in :data:`CLASSES` order.

    ``shares`` (5,) splits the unexpected rate (default :func:`table5_shares`); the planned rate
    is added as the sixth class. Raises ValueError on a negative rate or shares that are
    negative or do not sum to 1."""
    if unexpected_per_gpu_year < 0 or planned_per_gpu_year < 0:
        raise ValueError("failure rates must be >= 0 per GPU-year")
    s = table5_shares() if shares is None else np.asarray(shares, dtype=float)
    if s.shape != (len(UNEXPECTED),) or np.any(s < 0) or abs(s.sum() - 1.0) > 1e-9:
        raise ValueError(f"shares must be {len(UNEXPECTED)} non-negative numbers summing to 1")
    total = unexpected_per_gpu_year + planned_per_gpu_year
    if total == 0:
        return np.zeros(len(CLASSES))
    return np.append(s * unexpected_per_gpu_year, planned_per_gpu_year) / total
