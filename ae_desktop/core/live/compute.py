"""One live request, computed: canvas raster → digit → noise → every model's answer.

Pure numpy/torch, no Qt; the inference worker calls :func:`compute` on its thread.
The records live in :mod:`.live_records` (torch-free) and are re-exported here.
"""

from __future__ import annotations

import time

import numpy as np

from ..compute.reconstruct import reconstruct_with_codes
from ..evaluation.metrics import EPS
from ..store.checkpoints import LoadedModel
from .noise import NoiseSettings, apply_noise
from .preprocess import preprocess, raw_downscale
from .records import LiveRequest, LiveResult, ModelAnswer

__all__ = ["LiveRequest", "LiveResult", "ModelAnswer", "NoiseSettings", "compute", "errors"]


def errors(output: np.ndarray, target: np.ndarray) -> tuple[float, float]:
    """MSE and per-pixel BCE of ``output`` against ``target`` (both [0, 1])."""
    mse = float(np.mean((output - target) ** 2))
    o = np.clip(output, EPS, 1 - EPS)
    bce = float(np.mean(-(target * np.log(o) + (1 - target) * np.log1p(-o))))
    return mse, bce


def compute(request: LiveRequest, models: dict[str, LoadedModel]) -> LiveResult:
    t0 = time.perf_counter()
    digit = preprocess(request.raster)
    raw = raw_downscale(request.raster)
    empty = not digit.any()
    model_input = apply_noise(digit, request.noise)
    answers: dict[str, ModelAnswer] = {}
    if not empty:
        x = model_input[None]
        for name in request.models:
            lm = models.get(name)
            if lm is None:
                continue
            out, latent = reconstruct_with_codes(lm, x)
            mse, bce = errors(out[0], digit)
            answers[name] = ModelAnswer(out[0], latent[0], mse, bce)
    return LiveResult(request.request_id, digit, raw, model_input, empty, answers,
                      request.submitted_at, time.perf_counter() - t0)
