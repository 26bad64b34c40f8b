"""The latent explorer's results as plain records (numpy and plain values; no torch, no Qt).

The engine computes them (:mod:`ae_desktop.core.latent.cache`) and the window draws
them, so this module is imported on both sides of the process boundary.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class PlaneData:
    """What the GUI needs to draw one model's plane (numpy only)."""

    name: str
    points: np.ndarray  # (N, 2) test digits on the plane
    labels: np.ndarray  # (N,)
    extent: tuple[float, float, float, float]  # default grid range: 1st-99th percentile
    explained_variance: tuple[float, float] | None  # None = exact 2-D latent
    latent_size: int


@dataclass(frozen=True)
class CanvasMark:
    name: str
    point: np.ndarray  # (2,) the canvas digit on the plane
    neighbours: np.ndarray  # (k,) test-set indices, nearest first (in the full latent space)


@dataclass(frozen=True)
class GridImage:
    """A decoded grid over ``extent``: ``cells`` x ``cells`` digits, row 0 = largest y.

    ``resolution`` is the grid that was asked for; a coarse first view has fewer
    ``cells`` over the same extent (each of its digits covers several final cells).
    """

    name: str
    extent: tuple[float, float, float, float]
    resolution: int
    cells: int
    image: np.ndarray  # (cells*28, cells*28) in [0, 1]

    @property
    def coarse(self) -> bool:
        return self.cells < self.resolution


@dataclass(frozen=True)
class Endpoint:
    """One end of an interpolation: exactly one of a digit image, a test digit's index,
    or a point of the model's plane."""

    digit: np.ndarray | None = None  # (28, 28) in [0, 1]
    test_index: int | None = None
    plane_xy: tuple[float, float] | None = None

    def __post_init__(self) -> None:
        given = sum(v is not None for v in (self.digit, self.test_index, self.plane_xy))
        if given != 1:
            raise ValueError("an endpoint is exactly one of a digit, a test index or a point")


def tile(images: np.ndarray, n_rows: int, n_cols: int) -> np.ndarray:
    """Tile ``(n_rows * n_cols, h, w)`` images into one ``(n_rows*h, n_cols*w)`` image."""
    _, h, w = images.shape
    return images.reshape(n_rows, n_cols, h, w).transpose(0, 2, 1, 3).reshape(n_rows * h,
                                                                             n_cols * w)
