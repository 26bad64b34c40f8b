"""Per-model latent-space data, computed once and reused (runs on a worker thread).

Encodings of the bundled test set, the fitted plane and decoded grids are
cached per model *version* (name, file, and the hash of the weights recorded when
the model was loaded), so switching back
to a model is instant and retraining a model invalidates its entries.
"""

from __future__ import annotations

import numpy as np

from ..data.idx import load_test
from ..store.checkpoints import LoadedModel
from .clustering import ClusterResult, kmeans
from .records import CanvasMark, Endpoint, GridImage, PlaneData
from .space import (
    COARSE_N,
    Plane,
    data_extent,
    decode_codes,
    decode_grid,
    encode_images,
    fit_plane,
    interpolate,
    nearest,
)


def _version(lm: LoadedModel) -> tuple:
    # The version recorded when the weights were read, never the file's current state:
    # a model retrained while the explorer works must not get the old codes under its key.
    return lm.name, str(lm.path), lm.version


class LatentCache:
    def __init__(self, n_test: int | None = None) -> None:
        test = load_test()
        n = n_test or len(test)
        self.images = test.float_images()[:n, 0]
        self.labels = test.labels[:n].copy()
        self._codes: dict[tuple, np.ndarray] = {}
        self._planes: dict[tuple, Plane] = {}
        self._grids: dict[tuple, np.ndarray] = {}
        self._pixel_clusters: dict[int, ClusterResult] = {}

    def codes(self, lm: LoadedModel) -> np.ndarray:
        v = _version(lm)
        if v not in self._codes:
            self._codes[v] = encode_images(lm, self.images)
        return self._codes[v]

    def plane(self, lm: LoadedModel) -> Plane:
        v = _version(lm)
        if v not in self._planes:
            self._planes[v] = fit_plane(self.codes(lm))
        return self._planes[v]

    def plane_data(self, lm: LoadedModel) -> PlaneData:
        plane = self.plane(lm)
        pts = plane.to_plane(self.codes(lm))
        return PlaneData(lm.name, pts, self.labels, data_extent(pts), plane.explained_variance,
                         lm.spec.latent_size)

    @staticmethod
    def _grid_key(lm: LoadedModel, extent: tuple[float, float, float, float], n: int) -> tuple:
        return _version(lm), tuple(round(e, 6) for e in extent), n

    def grid(self, lm: LoadedModel, extent: tuple[float, float, float, float],
             n: int) -> np.ndarray:
        key = self._grid_key(lm, extent, n)
        if key not in self._grids:
            if len(self._grids) > 32:
                self._grids.pop(next(iter(self._grids)))
            self._grids[key] = decode_grid(lm, self.plane(lm), extent, n)
        return self._grids[key]

    def has_grid(self, lm: LoadedModel, extent: tuple[float, float, float, float],
                 n: int) -> bool:
        return self._grid_key(lm, extent, n) in self._grids

    def grid_image(self, lm: LoadedModel, extent: tuple[float, float, float, float],
                   n: int) -> GridImage:
        """The full ``n x n`` grid (decoded, or from the cache)."""
        return GridImage(lm.name, tuple(extent), n, n, self.grid(lm, extent, n))

    def first_view(self, lm: LoadedModel, extent: tuple[float, float, float, float],
                   n: int, coarse: int = COARSE_N) -> GridImage:
        """What to draw first when an ``n x n`` grid is asked for.

        The full grid when it is cached already, else a ``coarse x coarse`` grid
        over the same extent (cached too; it does not depend on ``n``). 64 decodes
        instead of up to 1,600: the first view of a 2-D conv model's plane is ready
        in tens of milliseconds while the full grid follows.
        """
        if n <= coarse or self.has_grid(lm, extent, n):
            return self.grid_image(lm, extent, n)
        return GridImage(lm.name, tuple(extent), n, coarse, self.grid(lm, extent, coarse))

    def decode_at(self, lm: LoadedModel, xy: tuple[float, float]) -> np.ndarray:
        code = self.plane(lm).from_plane(np.array([xy], np.float32))
        return decode_codes(lm, code)[0]

    def mark(self, lm: LoadedModel, digit01: np.ndarray, k: int = 5) -> CanvasMark:
        code = encode_images(lm, digit01[None])[0]
        point = self.plane(lm).to_plane(code[None])[0]
        return CanvasMark(lm.name, point, nearest(self.codes(lm), code, k))

    def code_of(self, lm: LoadedModel, end: Endpoint) -> np.ndarray:
        """The code of an interpolation endpoint."""
        if end.test_index is not None:
            return self.codes(lm)[int(end.test_index)]
        if end.plane_xy is not None:
            return self.plane(lm).from_plane(np.array([end.plane_xy], np.float32))[0]
        return encode_images(lm, np.asarray(end.digit, np.float32)[None])[0]

    def interpolation(self, lm: LoadedModel, a, b, steps: int, spherical: bool) -> np.ndarray:
        codes = interpolate(self.code_of(lm, a), self.code_of(lm, b), steps, spherical)
        return decode_codes(lm, codes)

    def cluster(self, lm: LoadedModel, k: int) -> ClusterResult:
        return kmeans(self.codes(lm), self.labels, k)

    def cluster_pixels(self, k: int) -> ClusterResult:
        if k not in self._pixel_clusters:
            self._pixel_clusters[k] = kmeans(self.images.reshape(len(self.images), -1),
                                             self.labels, k)
        return self._pixel_clusters[k]
