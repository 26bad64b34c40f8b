"""The latent space of a model: test-set encodings, a 2-D plane, grids, interpolation.

Pure numpy/torch (no Qt). A :class:`Plane` maps latent codes to 2-D points and
back: the identity for 2-D latents, PCA for larger ones (then decoding a plane
point is an approximation: it decodes the code on the PCA plane through the
mean, not any real digit's code).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import numpy as np
import torch

from ..compute import cancel, runtime
from ..compute.reconstruct import as_input, model_device
from ..store.checkpoints import LoadedModel
from .records import tile  # noqa: F401 - re-exported

ENCODE_BATCH = 500
# Grids decode in chunks and check for a cancel between them: a full grid superseded by a
# newer request (a pan, a zoom) stops within one chunk, ~20-25 ms for the 2-D conv
# decoders (channels_last + bf16, one thread), so the new coarse view is not held up.
# 128 was no slower than 256 for a 30x30 grid (measured 152-172 vs 134-237 ms, noisy).
DECODE_BATCH = 128
# The first view of a plane's grid: 8x8 = 64 decodes over the same extent, drawn while the
# full grid (up to 40x40, 170-520 ms for the 2-D conv decoders on one core) is decoded.
COARSE_N = 8


def _fast_context(lm: LoadedModel):
    if lm.spec.is_conv and model_device(lm).type == "cpu" and runtime.bf16_supported():
        return torch.autocast("cpu", dtype=torch.bfloat16)
    return contextlib.nullcontext()


@torch.inference_mode()
def encode_images(lm: LoadedModel, images01: np.ndarray) -> np.ndarray:
    """Codes ``(N, latent_size)`` (flattened) of images ``(N, 28, 28)`` in [0, 1].

    Conv models use channels_last + bf16 autocast where the CPU supports it
    (about 5x faster on the test set; the codes only feed plots and clustering).
    Checks :func:`ae_desktop.core.compute.cancel.check` between batches.
    """
    x_all = as_input(lm, images01, (-1, 1, 28, 28))
    out = []
    fmt = torch.channels_last if lm.spec.is_conv else torch.contiguous_format
    with _fast_context(lm):
        for s in range(0, len(x_all), ENCODE_BATCH):
            cancel.check()
            x = lm.spec.to_model_range(x_all[s:s + ENCODE_BATCH]).contiguous(memory_format=fmt)
            out.append(lm.model.encode(x).float().reshape(len(x), -1))
    return torch.cat(out).cpu().numpy()


@torch.inference_mode()
def decode_codes(lm: LoadedModel, codes: np.ndarray) -> np.ndarray:
    """Images ``(N, 28, 28)`` in [0, 1] from flattened codes ``(N, latent_size)``.

    Decodes in chunks of ``DECODE_BATCH`` and checks :func:`ae_desktop.core.compute.cancel.check`
    between them.
    """
    z_all = as_input(lm, codes, (-1, *lm.spec.latent_shape))
    out = [torch.zeros(0, 1, 28, 28, device=z_all.device)]
    with _fast_context(lm):
        for s in range(0, len(z_all), DECODE_BATCH):
            cancel.check()
            out.append(lm.spec.to_unit_range(lm.model.decode(z_all[s:s + DECODE_BATCH]).float()))
    return torch.cat(out)[:, 0].cpu().numpy().copy()


@dataclass(frozen=True)
class Plane:
    """A 2-D view of a latent space (identity for 2-D codes, PCA otherwise)."""

    mean: np.ndarray  # (D,)
    components: np.ndarray  # (2, D): rows are the plane's axes in latent space
    explained_variance: tuple[float, float] | None  # PCA only

    @property
    def is_exact(self) -> bool:
        return self.explained_variance is None

    def to_plane(self, codes: np.ndarray) -> np.ndarray:
        codes = np.asarray(codes, np.float32).reshape(len(codes), -1)
        return (codes - self.mean) @ self.components.T

    def from_plane(self, points: np.ndarray) -> np.ndarray:
        return np.asarray(points, np.float32) @ self.components + self.mean


def fit_plane(codes: np.ndarray) -> Plane:
    """Identity plane for 2-D codes; PCA fitted on ``codes`` otherwise."""
    from .clustering import pca

    codes = np.asarray(codes, np.float32)
    if codes.shape[1] == 2:
        return Plane(np.zeros(2, np.float32), np.eye(2, dtype=np.float32), None)
    mean, comps, ratio = pca(codes, 2)
    return Plane(mean.astype(np.float32), comps.astype(np.float32),
                 (float(ratio[0]), float(ratio[1])))


def data_extent(points: np.ndarray, lo: float = 1.0, hi: float = 99.0,
                pad: float = 0.05) -> tuple[float, float, float, float]:
    """``(x0, x1, y0, y1)`` covering the ``lo``-``hi`` percentiles of ``points``, padded."""
    a = np.percentile(points, lo, axis=0)
    b = np.percentile(points, hi, axis=0)
    span = np.maximum(b - a, 1e-6)
    a, b = a - pad * span, b + pad * span
    return float(a[0]), float(b[0]), float(a[1]), float(b[1])


def grid_points(extent: tuple[float, float, float, float], n: int) -> np.ndarray:
    """Centres of an ``n x n`` grid over ``extent``, row-major, top row = largest y."""
    x0, x1, y0, y1 = extent
    xs = x0 + (np.arange(n) + 0.5) * (x1 - x0) / n
    ys = y1 - (np.arange(n) + 0.5) * (y1 - y0) / n
    gx, gy = np.meshgrid(xs, ys)
    return np.stack([gx.ravel(), gy.ravel()], axis=1).astype(np.float32)


def decode_grid(lm: LoadedModel, plane: Plane, extent: tuple[float, float, float, float],
                n: int) -> np.ndarray:
    """The decoded manifold: an ``(n*28, n*28)`` image, top row = largest y."""
    codes = plane.from_plane(grid_points(extent, n))
    return tile(decode_codes(lm, codes), n, n)


def interpolate(z0: np.ndarray, z1: np.ndarray, steps: int, spherical: bool = False) -> np.ndarray:
    """``steps`` codes from ``z0`` to ``z1`` inclusive, linear or spherical (slerp)."""
    z0 = np.asarray(z0, np.float64).ravel()
    z1 = np.asarray(z1, np.float64).ravel()
    t = np.linspace(0.0, 1.0, steps)[:, None]
    if spherical:
        n0, n1 = np.linalg.norm(z0), np.linalg.norm(z1)
        cos = np.clip(z0 @ z1 / max(n0 * n1, 1e-12), -1.0, 1.0)
        omega = np.arccos(cos)
        s = np.sin(omega)
        # Parallel or opposite codes: the great circle is undefined (opposite) or the
        # formula divides by ~0; the straight line is the only well-defined path.
        if s > 1e-6:
            return ((np.sin((1 - t) * omega) / s) * z0 + (np.sin(t * omega) / s) * z1).astype(
                np.float32)
    return ((1 - t) * z0 + t * z1).astype(np.float32)


def nearest(codes: np.ndarray, query: np.ndarray, k: int = 5) -> np.ndarray:
    """Indices of the ``k`` codes closest (Euclidean) to ``query``."""
    d = ((codes - np.asarray(query, np.float32).ravel()) ** 2).sum(axis=1)
    idx = np.argpartition(d, min(k, len(d) - 1))[:k]
    return idx[np.argsort(d[idx])]
