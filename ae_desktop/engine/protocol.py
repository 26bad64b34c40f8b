"""What the GUI process and the engine process say to each other (no torch, no Qt).

Every message is a frozen dataclass of numpy arrays and plain values, pickled over
one of two one-way pipes (``benchmarks/engine_transport.py`` measured pipes against
shared memory; pipes won for every payload the live lane sends):

GUI → engine (:data:`Request`)
    :class:`LoadModels`, :class:`~ae_desktop.core.live.records.LiveRequest`,
    :class:`Job`, :class:`CancelJob`, :class:`Shutdown`.
engine → GUI (:data:`Reply`)
    :class:`EngineReady` once at start; :class:`ModelsLoaded` per :class:`LoadModels`;
    exactly one of :class:`~ae_desktop.core.live.records.LiveResult` /
    :class:`LiveFailed` per live request; exactly one of :class:`JobDone` /
    :class:`JobFailed` per :class:`Job`; :class:`EngineFailed` when the engine
    cannot go on (it exits after sending it).

The engine also treats the end of its request pipe as "the GUI is gone": it exits.

Arrays larger than :data:`~ae_desktop.engine.shared_arrays.SHARED_MIN_BYTES` in a
job's result (decoded grids: 2.8 MB for 30x30) travel through shared memory
(:mod:`.shared_arrays`): the pipe then carries a small :class:`SharedArray` instead,
so a large answer never holds the reply pipe while a live result waits.

Job payloads name the model they use; results carry the model's name, and
:class:`JobDone` carries the *generation* of the models the job ran with, so the
client drops answers computed with models that a reload has since replaced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..core.evaluation.records import ErrorDistribution, RobustnessCurve
from ..core.latent.clustering import ClusterResult
from ..core.latent.records import CanvasMark, Endpoint, GridImage, PlaneData
from ..core.live.noise import NoiseSettings
from ..core.live.records import LiveRequest, LiveResult, ModelAnswer
from ..core.store.failures import LoadFailure
from ..core.store.model_info import ModelInfo

__all__ = [
    "CancelJob", "CanvasMark", "ClusterCodes", "Clusters", "DecodeGrid", "DecodePoint",
    "DecodedPoint", "EncodeTestSet", "Encodings", "EngineFailed", "EngineReady", "GridImage",
    "Interpolate", "Interpolation", "Job", "JobDone", "JobFailed", "LatentPlane",
    "LiveFailed", "LiveRequest", "LiveResult", "LoadFailure", "LoadModels", "MarkDigit",
    "ModelAnswer", "ModelInfo", "ModelsLoaded", "PlaneReady", "Reply", "Request",
    "RobustnessCurve", "RobustnessJob", "SharedArray", "Shutdown", "Sleep", "Slept",
    "ErrorDistribution", "TestSetErrors",
    "ReconstructDigits", "Reconstructions",
]


# -- requests (GUI → engine) ------------------------------------------------------


@dataclass(frozen=True)
class LoadModels:
    """(Re)load every model in ``folders`` (later folders override same-named models)
    onto ``device``: ``auto``, ``cpu``, ``cuda`` or ``mps`` (a missing one falls back to
    the CPU, and :class:`ModelsLoaded` says so)."""

    folders: tuple[str, ...]  # empty: the default model folders
    device: str = "auto"


@dataclass(frozen=True)
class Job:
    """A background job: ``payload`` (a frozen dataclass below) answered by one reply.

    ``key`` groups jobs that supersede each other (e.g. ``"encode:conv_2d"``): the
    client keeps at most one in flight per key and replaces the pending one.
    """

    job_id: int
    key: str
    payload: Any
    priority: int = 0  # lower runs first: 0 for what the user waits for, 1 for idle work


@dataclass(frozen=True)
class CancelJob:
    """Stop job ``job_id`` between batches (or skip it if it has not started).

    Answered by the job's own :class:`JobFailed` with ``cancelled=True``.
    """

    job_id: int


@dataclass(frozen=True)
class Shutdown:
    """Exit now, without finishing queued work."""


# -- job payloads and their results -----------------------------------------------


@dataclass(frozen=True)
class EncodeTestSet:
    """Encode the first ``limit`` test digits with ``model`` (the latent explorer's job)."""

    model: str
    limit: int | None = None


@dataclass(frozen=True)
class Encodings:
    model: str
    codes: np.ndarray  # (N, latent size) float32
    labels: np.ndarray  # (N,) uint8


@dataclass(frozen=True)
class LatentPlane:
    """A model's plane of test digits (→ :class:`PlaneReady`); with ``grid_n``, also the
    first view of its ``grid_n`` x ``grid_n`` decoded grid over the default extent."""

    model: str
    grid_n: int | None = None


@dataclass(frozen=True)
class PlaneReady:
    data: PlaneData
    first_view: GridImage | None


@dataclass(frozen=True)
class DecodeGrid:
    """Decode an ``n`` x ``n`` grid over ``extent`` (→ :class:`GridImage`); with
    ``first_view``, only what to draw first (coarse, unless the full grid is cached)."""

    model: str
    extent: tuple[float, float, float, float]
    n: int
    first_view: bool = False


@dataclass(frozen=True)
class DecodePoint:
    """Decode one point of the model's plane (→ :class:`DecodedPoint`)."""

    model: str
    x: float
    y: float


@dataclass(frozen=True)
class DecodedPoint:
    model: str
    x: float
    y: float
    image: np.ndarray  # (28, 28) in [0, 1]


@dataclass(frozen=True)
class MarkDigit:
    """Where a digit lands on the model's plane, and its nearest test digits
    (→ :class:`~ae_desktop.core.latent.records.CanvasMark`)."""

    model: str
    digit: np.ndarray  # (28, 28) in [0, 1], preprocessed like MNIST


@dataclass(frozen=True)
class Interpolate:
    """Decode ``steps`` codes between two endpoints (→ :class:`Interpolation`)."""

    model: str
    start: Endpoint
    end: Endpoint
    steps: int
    spherical: bool = False


@dataclass(frozen=True)
class Interpolation:
    model: str
    images: np.ndarray  # (steps, 28, 28)


@dataclass(frozen=True)
class ClusterCodes:
    """KMeans with ``k`` clusters on the model's codes of the test digits, and on raw
    pixels as the baseline (→ :class:`Clusters`)."""

    model: str
    k: int


@dataclass(frozen=True)
class Clusters:
    model: str
    codes: ClusterResult
    pixels: ClusterResult


@dataclass(frozen=True)
class RobustnessJob:
    """Each model's error against the amount of ``kind`` noise
    (→ :class:`~ae_desktop.core.evaluation.records.RobustnessCurve`)."""

    models: tuple[str, ...]
    kind: str


@dataclass(frozen=True)
class TestSetErrors:
    """The model's reconstruction error on each of the 10,000 test digits
    (→ :class:`~ae_desktop.core.evaluation.records.ErrorDistribution`)."""

    __test__ = False  # not a pytest test class despite its name

    model: str


@dataclass(frozen=True)
class ReconstructDigits:
    """Reconstruct the test digits at ``indices`` with ``model`` (the lessons' galleries;
    → :class:`Reconstructions`). With ``noise``, the model sees the digits noised by
    :func:`~ae_desktop.core.live.noise.apply_noise` (applied to the whole ``(K, 28, 28)``
    batch at once), and its outputs are compared with the clean digits."""

    model: str
    indices: tuple[int, ...]
    noise: NoiseSettings | None = None


@dataclass(frozen=True)
class Reconstructions:
    model: str
    indices: tuple[int, ...]
    originals: np.ndarray  # (K, 28, 28) float32 in [0, 1]: the clean test digits
    inputs: np.ndarray  # (K, 28, 28): what the model saw (noised, or the originals)
    outputs: np.ndarray  # (K, 28, 28): its reconstructions, in [0, 1]
    labels: np.ndarray | None = None  # (K,) the digits' labels

    @property
    def mse(self) -> np.ndarray:
        """Each digit's mean squared error of the output against the clean digit, ``(K,)``."""
        return ((self.outputs - self.originals) ** 2).mean(axis=(1, 2))


@dataclass(frozen=True)
class Sleep:
    """Occupy the background lane for ``seconds`` (health checks, tests, benchmarks).

    ``busy`` keeps a core busy with torch work instead of sleeping; ``fail`` makes
    the job raise that message.
    """

    seconds: float
    busy: bool = False
    fail: str = ""


@dataclass(frozen=True)
class Slept:
    seconds: float


# -- replies (engine → GUI) ---------------------------------------------------------


@dataclass(frozen=True)
class EngineReady:
    pid: int
    import_s: float  # spawn → torch and the core imported, measured in the engine
    torch_threads: int


@dataclass(frozen=True)
class ModelsLoaded:
    infos: tuple[ModelInfo, ...]
    failures: tuple[LoadFailure, ...]
    generation: int  # counts loads in this engine: results carry the models they used
    load_s: float = 0.0
    device: str = "CPU"  # what computes, for the user: "CPU", "CUDA (NVIDIA H100)", …
    device_note: str = ""  # why that is not what was asked for ("" when it is)


@dataclass(frozen=True)
class LiveFailed:
    request_id: int
    message: str


@dataclass(frozen=True)
class JobDone:
    job_id: int
    key: str
    result: Any  # the payload's result record (e.g. Encodings)
    compute_s: float = 0.0
    generation: int = 0  # of the models the job ran with


@dataclass(frozen=True)
class JobFailed:
    job_id: int
    key: str
    message: str
    cancelled: bool = False  # stopped by CancelJob (or skipped before it started)


@dataclass(frozen=True)
class SharedArray:
    """Stands in, on the pipe, for an array in the shared-memory segment ``name``."""

    name: str
    shape: tuple[int, ...]
    dtype: str


@dataclass(frozen=True)
class EngineFailed:
    """The engine cannot go on (it exits after this); also made up by the client on a crash."""

    message: str
    exitcode: int | None = field(default=None)


Request = LoadModels | LiveRequest | Job | CancelJob | Shutdown
Reply = EngineReady | ModelsLoaded | LiveResult | LiveFailed | JobDone | JobFailed | EngineFailed


# -- lesson 4 (a 2-D latent space): decode many points at once, and label them -----------


@dataclass(frozen=True)
class DecodePoints:
    """Decode ``points`` ``(K, 2)`` of the model's plane (→ :class:`DecodedPoints`)."""

    model: str
    points: np.ndarray  # (K, 2) float32


@dataclass(frozen=True)
class DecodedPoints:
    model: str
    points: np.ndarray  # (K, 2) as asked
    images: np.ndarray  # (K, 28, 28) in [0, 1]


@dataclass(frozen=True)
class NearestLabels:
    """For each of ``points`` ``(K, 2)``, the nearest test digit's code on the model's
    plane: its label and distance (a 1-nearest-neighbour labelling; → :class:`PointLabels`)."""

    model: str
    points: np.ndarray  # (K, 2)


@dataclass(frozen=True)
class PointLabels:
    model: str
    points: np.ndarray  # (K, 2) as asked
    labels: np.ndarray  # (K,) the nearest test digit's label
    distances: np.ndarray  # (K,) its distance on the plane
    indices: np.ndarray  # (K,) its index in the test set


__all__ += ["DecodePoints", "DecodedPoints", "NearestLabels", "PointLabels"]
