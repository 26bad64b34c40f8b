"""Process settings for torch, made without importing it (the GUI process loads no torch).

:func:`quiet_idle_threads` must run before torch starts its OpenMP pool; the app
calls it at start-up, so the engine and training processes it spawns inherit it,
and :mod:`.runtime` calls it before importing torch.
"""

from __future__ import annotations

import os
import sys


def quiet_idle_threads() -> None:
    """``OMP_WAIT_POLICY=PASSIVE`` unless already set: idle OpenMP threads then sleep
    instead of spinning a whole core after every small inference."""
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


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
