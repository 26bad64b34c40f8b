"""Torch runtime choices: threads, bf16 support, memory format."""

from __future__ import annotations

import os

from .env import quiet_idle_threads

quiet_idle_threads()  # before torch starts its OpenMP pool

import torch  # noqa: E402

_bf16: bool | None = None


def bf16_supported() -> bool:
    """Whether this CPU runs bf16 matmuls natively (AVX512-BF16 or AMX)."""
    global _bf16
    if _bf16 is None:
        if os.environ.get("AE_DESKTOP_NO_BF16"):
            _bf16 = False
        else:
            checks = [getattr(torch.cpu, n, None) for n in
                      ("_is_avx512_bf16_supported", "_is_amx_tile_supported")]
            _bf16 = any(bool(c()) for c in checks if c is not None)
    return _bf16


def limit_threads(n: int) -> None:
    """Cap torch's intra-op threads (inference in the GUI process uses 1)."""
    torch.set_num_threads(max(1, n))
