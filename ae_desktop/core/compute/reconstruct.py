"""Batch reconstruction and encoding of numpy digits (the path the GUI worker uses)."""

from __future__ import annotations

import numpy as np
import torch

from ..store.checkpoints import LoadedModel


def prepare_for_live_use(lm: LoadedModel) -> None:
    """Convert conv models to channels_last: about 20 % less time per batch-1 request
    for the seven shipped models together (measured: 6.2 → 5.0 ms, one thread)."""
    if lm.spec.is_conv:
        lm.model.to(memory_format=torch.channels_last)


@torch.inference_mode()
def reconstruct_batch(lm: LoadedModel, digits01: np.ndarray) -> np.ndarray:
    """Reconstructions ``(N, 28, 28)`` in [0, 1] of digits ``(N, 28, 28)`` in [0, 1]."""
    x = torch.from_numpy(np.ascontiguousarray(digits01, dtype=np.float32)).reshape(-1, 1, 28, 28)
    y = lm.spec.to_unit_range(lm.model(lm.spec.to_model_range(x)))
    return y[:, 0].numpy().copy()


@torch.inference_mode()
def reconstruct_with_codes(lm: LoadedModel, digits01: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Reconstructions and latent codes in one pass through the encoder."""
    x = torch.from_numpy(np.ascontiguousarray(digits01, dtype=np.float32)).reshape(-1, 1, 28, 28)
    z = lm.model.encode(lm.spec.to_model_range(x))
    y = lm.spec.to_unit_range(lm.model.decode(z))
    return y[:, 0].numpy().copy(), z.float().numpy().copy()
