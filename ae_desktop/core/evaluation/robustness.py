"""Reconstruction error against noise amount, averaged over bundled test digits."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..compute import cancel
from ..compute.reconstruct import reconstruct_batch
from ..data.idx import load_test
from ..live.noise import NoiseSettings, apply_noise
from ..store.checkpoints import LoadedModel
from .records import RobustnessCurve


def robustness_curve(
    models: list[LoadedModel],
    kind: str = "gaussian",
    amounts: np.ndarray | None = None,
    n_digits: int = 300,
    seed: int = 0,
    should_stop: Callable[[], bool] | None = None,
) -> RobustnessCurve:
    """MSE (clean target) of every model at each noise amount, same noise for all models.

    Stops with :class:`~ae_desktop.core.compute.cancel.Cancelled` between models when the
    running job is cancelled (or ``InterruptedError`` when ``should_stop()`` is true).
    """
    amounts = np.linspace(0.0, 1.0, 11) if amounts is None else np.asarray(amounts, float)
    digits = load_test().float_images()[:n_digits, 0]
    curves = {lm.name: np.zeros(len(amounts)) for lm in models}
    for k, amount in enumerate(amounts):
        noisy = apply_noise(digits, NoiseSettings(kind, float(amount), seed))
        for lm in models:
            cancel.check()
            if should_stop is not None and should_stop():
                raise InterruptedError("cancelled")
            out = reconstruct_batch(lm, noisy)
            curves[lm.name][k] = float(np.mean((out - digits) ** 2))
    return RobustnessCurve(kind, amounts, curves, len(digits))
