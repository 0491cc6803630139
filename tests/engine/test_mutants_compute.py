"""Peak FLOP/s, memory, H100-equivalents, nodes and racks of engine/compute.py worked by hand,
killing mutmut's survivors (docs/validation.md).

    peak_x = Σ_p count_p · tflops_x,p / 1000   (no FP8 mode: BF16 rate; no FP4 mode: FP8 rate)
    h100e = peak_bf16 · 1000 / 989.4,  nodes = ⌈accelerators / gpus_per_node⌉,  racks = ⌈nodes / nodes_per_rack⌉

Mutant names are mutmut's (``x_<function>__mutmut_<n>``).
"""

from __future__ import annotations

import numpy as np

from colossus_desktop.engine.compute import compute

from .factory import make_inputs

NAN = float("nan")


def _compute():
    # Pool A: 2 × (BF16 100, FP8 200, FP4 400 TFLOP/s, 80 GB). Pool B: 3 × (BF16 50, no FP8, no FP4,
    # 100 GB). 2 per node, 2 nodes per rack. Rows: workload precision BF16, FP8, FP4.
    inp = make_inputs(
        pool_count=[[2.0, 3.0]], pool_bf16_tflops=[[100.0, 50.0]], pool_fp8_tflops=[[200.0, NAN]],
        pool_fp4_tflops=[[400.0, NAN]], pool_hbm_gb=[[80.0, 100.0]], gpus_per_node=2.0, nodes_per_rack=2.0,
        precision_code=[0.0, 1.0, 2.0],
    )
    return compute(inp)


def test_peaks_by_precision_fall_back_to_the_next_wider_mode():
    # BF16: (2·100 + 3·50)/1000 = 0.35; FP8: (2·200 + 3·50)/1000 = 0.55 (B at its BF16 rate);
    # FP4: (2·400 + 3·50)/1000 = 0.95 (B at its FP8 = BF16 rate). Workload peak by row: 0.35, 0.55, 0.95.
    # Kills x_per_pool_tflops__mutmut_3, _11 (NaN modes kept), x_compute__mutmut_12 (/ 1001),
    # _15, _23, _24, _31, _32 (precision choice), _41, _44 (columns).
    out = _compute()
    np.testing.assert_allclose(out["peak_bf16_pflops"], 0.35, rtol=1e-12)
    np.testing.assert_allclose(out["peak_fp8_pflops"], 0.55, rtol=1e-12)
    np.testing.assert_allclose(out["peak_fp4_pflops"], 0.95, rtol=1e-12)
    np.testing.assert_allclose(out["peak_workload_pflops"], [0.35, 0.55, 0.95], rtol=1e-12)


def test_memory_h100_equivalents_nodes_and_racks():
    # HBM (2·80 + 3·100)/1000 = 0.46 TB; H100e 0.35·1000/989.4 = 0.35375…; 5 accelerators:
    # ⌈5/2⌉ = 3 nodes, ⌈3/2⌉ = 2 racks.
    # Kills x_compute__mutmut_36 (accelerators · per node), _52, _54, _56 (HBM), _59 … _62 (H100e),
    # _68 (nodes · per rack).
    out = _compute()
    np.testing.assert_allclose(out["hbm_tb"], 0.46, rtol=1e-12)
    np.testing.assert_allclose(out["h100_equivalents"], 350.0 / 989.4, rtol=1e-12)
    assert out["nodes"].tolist() == [3.0] and out["racks"].tolist() == [2.0]
