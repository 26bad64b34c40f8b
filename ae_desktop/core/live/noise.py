"""Corruptions applied to a [0, 1] digit before it reaches the models."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

NOISE_TYPES = {
    "gaussian": "Gaussian: add amount × N(0, 1) to every pixel, clip to [0, 1]",
    "masking": "Masking: set a random fraction (amount) of pixels to 0",
    "salt_pepper": "Salt and pepper: set a random fraction (amount) of pixels to 0 or 1",
}


@dataclass(frozen=True)
class NoiseSettings:
    kind: str = "gaussian"
    amount: float = 0.0  # 0 = off
    seed: int = 0

    @property
    def active(self) -> bool:
        return self.amount > 0


def apply_noise(x: np.ndarray, settings: NoiseSettings) -> np.ndarray:
    """Return a noised copy of ``x`` (any shape, values in [0, 1]).

    The same ``(kind, amount, seed)`` always gives the same result, so the
    user sees one fixed corruption while changing other things.
    """
    x = np.asarray(x, dtype=np.float32)
    if not settings.active:
        return x.copy()
    if settings.kind not in NOISE_TYPES:
        raise ValueError(f"unknown noise type {settings.kind!r}; choose one of: "
                         + ", ".join(NOISE_TYPES))
    rng = np.random.default_rng(settings.seed)
    a = float(settings.amount)
    if settings.kind == "gaussian":
        return np.clip(x + a * rng.standard_normal(x.shape, dtype=np.float32), 0.0, 1.0)
    hit = rng.random(x.shape) < min(a, 1.0)
    if settings.kind == "masking":
        return np.where(hit, 0.0, x).astype(np.float32)
    salt = rng.random(x.shape) < 0.5
    return np.where(hit, salt.astype(np.float32), x).astype(np.float32)
