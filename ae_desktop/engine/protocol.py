"""What the GUI process and the engine process say to each other (no torch, no Qt).

Every message is a frozen dataclass of numpy arrays and plain values, pickled over
one of two one-way pipes (``benchmarks/engine_transport.py`` measured pipes against
shared memory; pipes won for every payload the live lane sends):

GUI → engine (:data:`Request`)
    :class:`LoadModels`, :class:`~ae_desktop.core.live.records.LiveRequest`,
    :class:`Job`, :class:`Shutdown`.
engine → GUI (:data:`Reply`)
    :class:`EngineReady` once at start; :class:`ModelsLoaded` per :class:`LoadModels`;
    exactly one of :class:`~ae_desktop.core.live.records.LiveResult` /
    :class:`LiveFailed` per live request; exactly one of :class:`JobDone` /
    :class:`JobFailed` per :class:`Job`; :class:`EngineFailed` when the engine
    cannot go on (it exits after sending it).

The engine also treats the end of its request pipe as "the GUI is gone": it exits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..core.live.records import LiveRequest, LiveResult, ModelAnswer
from ..core.store.failures import LoadFailure
from ..core.store.model_info import ModelInfo

__all__ = [
    "EncodeTestSet", "EngineFailed", "EngineReady", "Encodings", "Job", "JobDone",
    "JobFailed", "LiveFailed", "LiveRequest", "LiveResult", "LoadModels", "ModelAnswer",
    "ModelInfo", "LoadFailure", "ModelsLoaded", "Reply", "Request", "Shutdown",
    "Sleep", "Slept",
]


# -- requests (GUI → engine) ------------------------------------------------------


@dataclass(frozen=True)
class LoadModels:
    """(Re)load every model in ``folders`` (later folders override same-named models)."""

    folders: tuple[str, ...]  # empty: the default model folders


@dataclass(frozen=True)
class Job:
    """A background job: ``payload`` (a frozen dataclass below) answered by one reply.

    ``key`` groups jobs that supersede each other (e.g. ``"encode:conv_2d"``): the
    client keeps at most one in flight per key and replaces the pending one.
    """

    job_id: int
    key: str
    payload: Any


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


@dataclass(frozen=True)
class JobFailed:
    job_id: int
    key: str
    message: str


@dataclass(frozen=True)
class EngineFailed:
    """The engine cannot go on (it exits after this); also made up by the client on a crash."""

    message: str
    exitcode: int | None = field(default=None)


Request = LoadModels | LiveRequest | Job | Shutdown
Reply = EngineReady | ModelsLoaded | LiveResult | LiveFailed | JobDone | JobFailed | EngineFailed
