"""Latent codes as pictures (for the focused-model panel)."""

from __future__ import annotations

import math

import numpy as np


def _normalise(a: np.ndarray) -> np.ndarray:
    lo, hi = float(a.min()), float(a.max())
    if hi - lo < 1e-12:
        return np.zeros_like(a, dtype=np.float32)
    return ((a - lo) / (hi - lo)).astype(np.float32)


def tile_maps(maps: np.ndarray, gap: int = 1) -> np.ndarray:
    """Tile ``(C, H, W)`` feature maps into a near-square grid, each map normalised."""
    c, h, w = maps.shape
    cols = math.ceil(math.sqrt(c))
    rows = math.ceil(c / cols)
    out = np.full((rows * (h + gap) - gap, cols * (w + gap) - gap), 0.0, np.float32)
    for i in range(c):
        r, q = divmod(i, cols)
        out[r * (h + gap):r * (h + gap) + h, q * (w + gap):q * (w + gap) + w] = _normalise(maps[i])
    return out


def latent_picture(code: np.ndarray) -> np.ndarray | None:
    """A 2-D [0, 1] picture of one latent code; ``None`` for 2-D codes (shown as a point).

    A 100-d code is a 10x10 square, a 1x14x14 map is itself, multi-channel maps
    (8x4x4, 64x3x3) are tiled, other vectors are padded to the next square.
    """
    code = np.asarray(code, np.float32)
    if code.ndim == 1:
        if code.size <= 2:
            return None
        side = math.ceil(math.sqrt(code.size))
        square = np.full(side * side, code.min(), np.float32)
        square[: code.size] = code
        return _normalise(square.reshape(side, side))
    if code.ndim == 3 and code.shape[0] == 1:
        return _normalise(code[0])
    if code.ndim == 3:
        return tile_maps(code)
    return _normalise(code.reshape(code.shape[0], -1))
