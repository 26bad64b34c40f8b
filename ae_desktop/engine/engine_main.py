"""The engine process: owns torch, the models and every forward pass (no Qt).

:func:`engine_main` is started by :class:`ae_desktop.engine.client.EngineClient`
with multiprocessing's ``spawn`` context, like the training child.  It reads
requests (:mod:`.protocol`) from a one-way pipe and writes replies to another.

Two lanes, so a long background job never delays a reconstruction:

- the **live lane** is the main thread: it reads the request pipe and answers
  :class:`LiveRequest` and :class:`LoadModels` itself, one at a time;
- the **background lane** is a second thread at a lower OS priority (a nice value
  of +10 on Linux) that runs :class:`Job` payloads by priority, then in order (handlers in
  :mod:`.jobs`).  A :class:`CancelJob`, read by the live lane, cancels the job's
  token: a running job stops at its next check, a queued one is skipped.

Both use one torch thread each (``runtime.limit_threads(1)``) and share the models
read-only (``inference_mode``, no optimizer here).  A reload swaps the dict at once;
a job that started with the old models finishes with them.

The engine never outlives the GUI: the end of the request pipe, or the parent's
sentinel (watched by a daemon thread, like ``train_child.ParentWatch``), ends it
at once with ``os._exit`` (status 75).  :class:`Shutdown` ends it with status 0.
Both skip the interpreter's teardown (torch's static destructors took 0.5-2.3 s).

This module imports no torch at import time: the client names :func:`engine_main`
as the process target without loading torch into the GUI process.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
import traceback
from multiprocessing.connection import wait
from pathlib import Path

from ..core import reasons as R
from ..core.compute.cancel import Cancelled, CancelToken, cancellable
from ..core.errors import describe_error
from ..core.reasons import Reason
from .jobs import HANDLERS, JobState
from .protocol import (
    CancelJob,
    EngineFailed,
    EngineReady,
    Job,
    JobDone,
    JobFailed,
    LiveFailed,
    LiveRequest,
    LoadModels,
    ModelsLoaded,
    Shutdown,
)
from .shared_arrays import export_arrays

EXIT_PARENT_GONE = 75  # the GUI process disappeared (same status as the training child)
BACKGROUND_NICE = 10


def _parent_gone() -> None:
    os._exit(EXIT_PARENT_GONE)


class _ParentWatch(threading.Thread):
    """Ends the engine when the process that started it is gone (even after ``kill -9``)."""

    def __init__(self) -> None:
        super().__init__(name="engine-parent-watch", daemon=True)
        self._parent = multiprocessing.parent_process()

    def run(self) -> None:
        if self._parent is None:  # not started by multiprocessing (a test calling it inline)
            return
        wait([self._parent.sentinel])
        _parent_gone()


class Engine:
    """The engine's state and its two lanes (runs in the engine process)."""

    def __init__(self, requests, replies, *, background_lane: bool = True) -> None:
        self._requests = requests
        self._replies = replies
        self._send_lock = threading.Lock()  # both lanes reply on the one pipe
        parent = multiprocessing.parent_process()
        self._owner_pid = parent.pid if parent is not None else os.getpid()
        self.loaded: tuple[dict, int] = ({}, 0)  # (models, generation): swapped as one
        # (priority, job id, job): what the user waits for before idle work, else in order.
        self._jobs: queue.PriorityQueue[tuple[int, int, Job]] = queue.PriorityQueue()
        self._tokens: dict[int, CancelToken] = {}  # queued or running job → its token
        self._tokens_lock = threading.Lock()
        self._job_state = JobState()
        self._background_lane = background_lane
        if background_lane:
            threading.Thread(target=self._job_loop, name="engine-background",
                             daemon=True).start()

    def send(self, msg) -> None:
        if isinstance(msg, JobDone):  # large arrays go through shared memory
            try:
                msg = export_arrays(msg, self._owner_pid)
            except OSError:  # no shared memory to be had (full /dev/shm): use the pipe
                traceback.print_exc()
        try:
            with self._send_lock:
                self._replies.send(msg)
        except OSError:  # broken pipe: nobody is listening any more
            _parent_gone()

    # -- live lane (main thread) ------------------------------------------------------
    def serve(self) -> None:
        while True:
            try:
                msg = self._requests.recv()
            except (EOFError, OSError):
                _parent_gone()  # the GUI side of the pipe closed
            except Exception:  # noqa: BLE001 - an unreadable request: skip it
                traceback.print_exc()
                continue
            if isinstance(msg, LiveRequest):
                self.send(self.live(msg))
            elif isinstance(msg, Job):
                with self._tokens_lock:
                    self._tokens[msg.job_id] = CancelToken()
                if self._background_lane:
                    self._jobs.put((msg.priority, msg.job_id, msg))
                else:
                    self.send(self.run_job(msg))
            elif isinstance(msg, CancelJob):
                with self._tokens_lock:
                    token = self._tokens.get(msg.job_id)
                if token is not None:
                    token.cancel()
            elif isinstance(msg, LoadModels):
                self.send(self.load(msg))
            elif isinstance(msg, Shutdown):
                return
            else:
                print(f"engine: ignored an unknown request {type(msg).__name__}",
                      file=sys.stderr)

    def live(self, request: LiveRequest):
        from ..core.live.compute import compute

        try:
            return compute(request, self.loaded[0])
        except Exception as exc:  # noqa: BLE001 - one bad request never ends the engine
            traceback.print_exc()
            return LiveFailed(request.request_id,
                              Reason(R.ENGINE_LIVE_FAILED, error=describe_error(exc)))

    def load(self, request: LoadModels) -> ModelsLoaded:
        """Load every model that can be loaded; each failure becomes one LoadFailure."""
        from ..core.compute.devices import resolve_device
        from ..core.live.models import load_for_live_use

        t0 = time.perf_counter()
        try:
            choice = resolve_device(request.device)
        except ValueError as exc:  # an unknown name (a hand-edited settings file)
            from ..core.compute.devices import DeviceChoice

            choice = DeviceChoice("cpu", Reason(R.DEVICE_UNKNOWN_FALLBACK, reason=str(exc)))
        loaded = load_for_live_use([Path(f) for f in request.folders] or None, choice.device)
        # One assignment: a running job keeps the models (and generation) it started with.
        generation = self.loaded[1] + 1
        self.loaded = (loaded.models, generation)
        return ModelsLoaded(tuple(loaded.infos), tuple(loaded.failures), generation,
                            time.perf_counter() - t0, choice.label, choice.note)

    # -- background lane --------------------------------------------------------------
    def run_job(self, job: Job):
        with self._tokens_lock:
            token = self._tokens.setdefault(job.job_id, CancelToken())
        try:
            handler = HANDLERS.get(type(job.payload))
            if handler is None:
                return JobFailed(job.job_id, job.key,
                                 Reason(R.ENGINE_UNKNOWN_JOB, name=type(job.payload).__name__))
            if token.cancelled:
                return JobFailed(job.job_id, job.key, Reason(R.ENGINE_CANCELLED),
                                 cancelled=True)
            models, generation = self.loaded
            t0 = time.perf_counter()
            try:
                with cancellable(token):
                    result = handler(job.payload, models, self._job_state)
            except Cancelled:
                return JobFailed(job.job_id, job.key, Reason(R.ENGINE_CANCELLED),
                                 cancelled=True)
            except Exception as exc:  # noqa: BLE001 - reported to the GUI, the engine goes on
                traceback.print_exc()
                return JobFailed(job.job_id, job.key, describe_error(exc))
            return JobDone(job.job_id, job.key, result, time.perf_counter() - t0, generation)
        finally:
            with self._tokens_lock:
                self._tokens.pop(job.job_id, None)

    def _job_loop(self) -> None:
        if hasattr(os, "setpriority"):
            try:  # Linux: a thread has its own nice value, addressed by its native id
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICE)
            except OSError:
                pass
        while True:
            _, _, job = self._jobs.get()
            self.send(self.run_job(job))


def engine_main(requests, replies, *, background_lane: bool = True, threads: int = 1) -> None:
    """Entry of the engine process: serve ``requests`` until :class:`Shutdown` or EOF."""
    t0 = time.perf_counter()
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    # Ctrl+C in a terminal reaches the whole process group: the GUI decides.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _ParentWatch().start()
    try:
        import torch

        from ..core.compute import runtime
        from ..core.live import compute as live  # noqa: F401 - imported now, not on the first stroke

        runtime.limit_threads(threads)
        engine = Engine(requests, replies, background_lane=background_lane)
    except BaseException as exc:  # noqa: BLE001 - the GUI must hear why
        traceback.print_exc()
        try:
            replies.send(EngineFailed(Reason(R.ENGINE_NO_START, error=describe_error(exc))))
        except OSError:
            pass
        os._exit(1)
    engine.send(EngineReady(os.getpid(), time.perf_counter() - t0, torch.get_num_threads()))
    try:
        engine.serve()
    except BaseException:  # noqa: BLE001
        traceback.print_exc()
        os._exit(1)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
