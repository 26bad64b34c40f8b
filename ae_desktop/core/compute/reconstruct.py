"""Batch reconstruction and encoding of numpy digits (the engine's live path).

Models may sit on any torch device (:func:`prepare_for_live_use`); numpy goes in
and comes out on the CPU.
"""

from __future__ import annotations

import numpy as np
import torch

from ..store.checkpoints import LoadedModel


def prepare_for_live_use(lm: LoadedModel, device: str = "cpu") -> None:
    """Move the model to ``device``; convert conv models to channels_last: about 20 %
    less time per batch-1 request for the seven shipped models together on the CPU
    (measured: 6.2 → 5.0 ms, one thread)."""
    lm.model.to(torch.device(device))
    if lm.spec.is_conv:
        lm.model.to(memory_format=torch.channels_last)


def model_device(lm: LoadedModel) -> torch.device:
    """The device the model's weights are on."""
    for p in lm.model.parameters():
        return p.device
    return torch.device("cpu")


def as_input(lm: LoadedModel, a: np.ndarray, shape: tuple[int, ...]) -> torch.Tensor:
    """A float32 numpy array as a tensor of ``shape`` on the model's device."""
    x = torch.from_numpy(np.ascontiguousarray(a, dtype=np.float32)).reshape(shape)
    device = model_device(lm)
    return x if device.type == "cpu" else x.to(device, non_blocking=False)


@torch.inference_mode()
def reconstruct_batch(lm: LoadedModel, digits01: np.ndarray) -> np.ndarray:
    """Reconstructions ``(N, 28, 28)`` in [0, 1] of digits ``(N, 28, 28)`` in [0, 1]."""
    x = as_input(lm, digits01, (-1, 1, 28, 28))
    y = lm.spec.to_unit_range(lm.model(lm.spec.to_model_range(x)))
    return y[:, 0].float().cpu().numpy().copy()


@torch.inference_mode()
def reconstruct_with_codes(lm: LoadedModel, digits01: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Reconstructions and latent codes in one pass through the encoder."""
    x = as_input(lm, digits01, (-1, 1, 28, 28))
    z = lm.model.encode(lm.spec.to_model_range(x))
    y = lm.spec.to_unit_range(lm.model.decode(z))
    return y[:, 0].float().cpu().numpy().copy(), z.float().cpu().numpy().copy()
