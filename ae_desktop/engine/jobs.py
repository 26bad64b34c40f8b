"""The engine's background jobs: one handler per payload type (runs in the engine process).

Every handler takes ``(payload, models, state)`` and returns the payload's result
record (:mod:`.protocol`).  ``models`` is the dict of loaded models the job started
with; ``state`` is the background lane's :class:`JobState`, which keeps the
latent-space cache (encodings, planes, grids per model *version*, so a reload
never serves old codes under a retrained model's name).  Only the background lane
calls these, one job at a time, so the cache needs no lock.

Long loops in core check :func:`ae_desktop.core.compute.cancel.check` between
batches: a :class:`~.protocol.CancelJob` stops a grid or a robustness curve early.

Torch-using modules are imported inside the handlers: the client names the engine's
entry point without loading torch into the GUI process.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ..core import reasons as R
from ..core.reasons import Reason
from .protocol import (
    ClusterCodes,
    Clusters,
    DecodedPoint,
    DecodeGrid,
    DecodePoint,
    EncodeTestSet,
    Encodings,
    Interpolate,
    Interpolation,
    LatentPlane,
    MarkDigit,
    PlaneReady,
    ReconstructDigits,
    Reconstructions,
    RobustnessJob,
    Sleep,
    Slept,
    TestSetErrors,
)


@dataclass
class JobState:
    """What the background lane keeps between jobs."""

    _cache: object | None = field(default=None, repr=False)
    errors: dict = field(default_factory=dict, repr=False)  # model version → ErrorDistribution

    @property
    def cache(self):
        """The :class:`~ae_desktop.core.latent.cache.LatentCache` (made on first use)."""
        if self._cache is None:
            from ..core.latent.cache import LatentCache

            self._cache = LatentCache()
        return self._cache


class ModelNotLoaded(LookupError):
    def __str__(self) -> str:
        return Reason(R.ENGINE_NO_MODEL, name=repr(self.args[0]))


def _model(models: dict, name: str):
    lm = models.get(name)
    if lm is None:
        raise ModelNotLoaded(name)
    return lm


def encode_test_set(job: EncodeTestSet, models: dict, state: JobState) -> Encodings:
    from ..core.latent.space import encode_images

    lm, cache = _model(models, job.model), state.cache
    if job.limit is None:
        return Encodings(job.model, cache.codes(lm).copy(), cache.labels.copy())
    n = min(job.limit, len(cache.labels))  # a part only: not cached
    return Encodings(job.model, encode_images(lm, cache.images[:n]), cache.labels[:n].copy())


def latent_plane(job: LatentPlane, models: dict, state: JobState) -> PlaneReady:
    # The grid's first view comes with the plane (tens of ms more), so it is not
    # queued behind the other plane's encoding.
    lm, cache = _model(models, job.model), state.cache
    data = cache.plane_data(lm)
    first = None if job.grid_n is None else cache.first_view(lm, data.extent, job.grid_n)
    return PlaneReady(data, first)


def decode_grid(job: DecodeGrid, models: dict, state: JobState):
    lm, cache = _model(models, job.model), state.cache
    if job.first_view:
        return cache.first_view(lm, job.extent, job.n)
    return cache.grid_image(lm, job.extent, job.n)


def decode_point(job: DecodePoint, models: dict, state: JobState) -> DecodedPoint:
    image = state.cache.decode_at(_model(models, job.model), (job.x, job.y))
    return DecodedPoint(job.model, job.x, job.y, image)


def mark_digit(job: MarkDigit, models: dict, state: JobState):
    return state.cache.mark(_model(models, job.model), job.digit)


def interpolate(job: Interpolate, models: dict, state: JobState) -> Interpolation:
    images = state.cache.interpolation(_model(models, job.model), job.start, job.end,
                                       job.steps, job.spherical)
    return Interpolation(job.model, images)


def cluster_codes(job: ClusterCodes, models: dict, state: JobState) -> Clusters:
    cache = state.cache
    return Clusters(job.model, cache.cluster(_model(models, job.model), job.k),
                    cache.cluster_pixels(job.k))


def robustness(job: RobustnessJob, models: dict, state: JobState):
    from ..core.evaluation.robustness import robustness_curve

    return robustness_curve([_model(models, n) for n in job.models], job.kind)


def test_set_errors(job: TestSetErrors, models: dict, state: JobState):
    from ..core.evaluation.typicality import test_set_errors as compute_errors

    lm = _model(models, job.model)
    version = (lm.name, str(lm.path), lm.version)
    if version not in state.errors:
        state.errors[version] = compute_errors(lm, state.cache.images)
    return state.errors[version]


MAX_LESSON_DIGITS = 1000  # a gallery shows tens; more is a mistake, not a wish


def reconstruct_digits(job: ReconstructDigits, models: dict, state: JobState) -> Reconstructions:
    """The test digits at ``job.indices``, what the model saw, and what it gave back."""
    import numpy as np

    from ..core.compute.reconstruct import reconstruct_batch
    from ..core.live.noise import apply_noise

    lm, cache = _model(models, job.model), state.cache
    idx = np.asarray(job.indices, dtype=np.int64).reshape(-1)
    n = len(cache.images)
    if not 0 < idx.size <= MAX_LESSON_DIGITS:
        raise ValueError(Reason(R.ENGINE_DIGIT_COUNT, limit=MAX_LESSON_DIGITS, n=idx.size))
    if idx.min() < 0 or idx.max() >= n:
        raise ValueError(Reason(R.ENGINE_DIGIT_INDEX, last=n - 1))
    originals = cache.images[idx].astype(np.float32, copy=True)
    inputs = originals.copy() if job.noise is None else apply_noise(originals, job.noise)
    outputs = reconstruct_batch(lm, inputs)
    return Reconstructions(job.model, tuple(int(i) for i in idx), originals, inputs, outputs,
                           cache.labels[idx].copy())


def sleep(job: Sleep, models: dict, state: JobState) -> Slept:
    """Occupy the lane (tests and benchmarks); checks for cancellation every 10 ms."""
    from ..core.compute import cancel

    end = time.perf_counter() + job.seconds
    if job.busy:  # torch work, the way an explorer job keeps a core busy
        import torch

        a = torch.rand(256, 256)
        while time.perf_counter() < end:
            cancel.check()
            a = torch.tanh(a @ a * 0.01)
    else:
        while (left := end - time.perf_counter()) > 0:
            cancel.check()
            time.sleep(min(0.01, left))
    if job.fail:
        raise RuntimeError(job.fail)
    return Slept(job.seconds)


HANDLERS = {
    EncodeTestSet: encode_test_set,
    LatentPlane: latent_plane,
    DecodeGrid: decode_grid,
    DecodePoint: decode_point,
    MarkDigit: mark_digit,
    Interpolate: interpolate,
    ClusterCodes: cluster_codes,
    RobustnessJob: robustness,
    TestSetErrors: test_set_errors,
    ReconstructDigits: reconstruct_digits,
    Sleep: sleep,
}


# -- lesson 4 (a 2-D latent space) ---------------------------------------------------------

from .protocol import DecodedPoints, DecodePoints, NearestLabels, PointLabels  # noqa: E402

MAX_DECODE_POINTS = 10_000


def _points(points):
    import numpy as np

    pts = np.asarray(points, np.float32).reshape(-1, 2) if np.size(points) else None
    if pts is None or not 0 < len(pts) <= MAX_DECODE_POINTS or not np.isfinite(pts).all():
        raise ValueError(Reason(R.ENGINE_POINT_COUNT, limit=MAX_DECODE_POINTS))
    return pts


def decode_points(job: DecodePoints, models: dict, state: JobState) -> DecodedPoints:
    """Each point of the model's plane decoded (through the plane's inverse map)."""
    from ..core.latent.space import decode_codes

    lm, cache = _model(models, job.model), state.cache
    pts = _points(job.points)
    images = decode_codes(lm, cache.plane(lm).from_plane(pts))
    return DecodedPoints(job.model, pts, images)


def nearest_labels(job: NearestLabels, models: dict, state: JobState) -> PointLabels:
    """The label of the nearest test digit on the plane, for each point (1-NN)."""
    import numpy as np

    lm, cache = _model(models, job.model), state.cache
    pts = _points(job.points)
    ref = cache.plane(lm).to_plane(cache.codes(lm)).astype(np.float32)
    ref_sq = (ref ** 2).sum(axis=1)
    idx = np.empty(len(pts), np.int64)
    dist = np.empty(len(pts), np.float32)
    for s in range(0, len(pts), 1000):
        q = pts[s:s + 1000]
        d2 = (q ** 2).sum(axis=1)[:, None] - 2.0 * q @ ref.T + ref_sq[None, :]
        i = d2.argmin(axis=1)
        idx[s:s + len(q)] = i
        dist[s:s + len(q)] = np.sqrt(np.maximum(d2[np.arange(len(q)), i], 0.0))
    return PointLabels(job.model, pts, cache.labels[idx].copy(), dist, idx)


HANDLERS[DecodePoints] = decode_points
HANDLERS[NearestLabels] = nearest_labels


# -- features with their own job modules (payload records and handlers side by side) --------

from . import activation_jobs, bottleneck_jobs  # noqa: E402

HANDLERS.update(activation_jobs.HANDLERS)
HANDLERS.update(bottleneck_jobs.HANDLERS)
