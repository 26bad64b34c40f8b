"""Process settings for torch, made without importing it (the GUI process loads no torch).

:func:`quiet_idle_threads` must run before torch starts its OpenMP pool; the app
calls it at start-up, so the engine and training processes it spawns inherit it,
and :mod:`.runtime` calls it before importing torch.
"""

from __future__ import annotations

import os
import sys


def quiet_idle_threads() -> None:
    """``OMP_WAIT_POLICY=PASSIVE`` and ``OPENBLAS_NUM_THREADS=1`` unless already set.

    Idle OpenMP threads then sleep instead of spinning a whole core after every small
    inference.  numpy's OpenBLAS (the raw downscale's two small matmuls per live
    request) woke a second thread that spun between requests: with another process
    on the second core, the engine's live lane waited on it (60 events/s p95 83-87 ms
    against 14.5 ms with one BLAS thread, benchmarks/ui_latency.py, same load); one
    thread is no slower for these sizes (0.11 ms either way).  Set before numpy is
    imported by the processes the app spawns, which inherit it.
    """
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def limit_loaded_torch_threads(n: int) -> bool:
    """Cap torch's intra-op threads at ``n`` if this process has loaded torch.

    Loads nothing: a process without torch stays without. Returns whether torch
    was there to limit.
    """
    torch = sys.modules.get("torch")
    if torch is None:
        return False
    torch.set_num_threads(max(1, n))
    return True
