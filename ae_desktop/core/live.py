"""One live request, computed: canvas raster → digit → noise → every model's answer.

Pure numpy/torch, no Qt; the inference worker calls :func:`compute` on its thread.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from .checkpoints import LoadedModel
from .inference import reconstruct_with_codes
from .metrics import EPS
from .noise import NoiseSettings, apply_noise
from .preprocess import preprocess, raw_downscale


@dataclass(frozen=True)
class LiveRequest:
    request_id: int
    raster: np.ndarray  # (H, W) float32 in [0, 1], ink = 1
    noise: NoiseSettings
    models: tuple[str, ...]  # names of the shown models
    submitted_at: float = field(default_factory=time.perf_counter)


@dataclass(frozen=True)
class ModelAnswer:
    output: np.ndarray  # (28, 28) in [0, 1]
    latent: np.ndarray  # the code, shape = latent_shape
    mse: float
    bce: float


@dataclass(frozen=True)
class LiveResult:
    request_id: int
    digit: np.ndarray  # preprocessed (28, 28)
    raw: np.ndarray  # naive downscale (28, 28), for comparison
    model_input: np.ndarray  # after noise (28, 28)
    empty: bool  # no ink on the canvas
    answers: dict[str, ModelAnswer]
    submitted_at: float
    compute_s: float


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
