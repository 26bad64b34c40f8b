"""The live path's data records (numpy and plain values only; no torch).

They cross threads and processes: the GUI builds a :class:`LiveRequest`, the
compute side (:func:`ae_desktop.core.live.compute.compute`, in the engine process)
answers with a :class:`LiveResult`.  Kept apart from :mod:`.live` so the GUI and
the engine protocol can import them without loading torch.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from .noise import NoiseSettings


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
