"""Each test digit's reconstruction error: the reference for "how MNIST-like is my digit?"."""

from __future__ import annotations

import numpy as np

from ..compute import cancel
from ..compute.reconstruct import reconstruct_batch
from ..store.checkpoints import LoadedModel
from .records import ErrorDistribution

BATCH = 500


def test_set_errors(lm: LoadedModel, images01: np.ndarray) -> ErrorDistribution:
    """MSE of ``lm``'s reconstruction of every image ``(N, 28, 28)`` in [0, 1], sorted.

    The same forward pass and error as the live panes (fp32, against the image
    itself), so a drawn digit's MSE can be placed among them.  Checks for
    cancellation between batches.
    """
    errors = np.empty(len(images01), np.float64)
    for s in range(0, len(images01), BATCH):
        cancel.check()
        x = images01[s:s + BATCH]
        out = reconstruct_batch(lm, x)
        errors[s:s + BATCH] = np.mean((out.astype(np.float64) - x) ** 2, axis=(1, 2))
    return ErrorDistribution(lm.name, np.sort(errors))
