"""The GUI side of the engine: a QThread owns the pipes, one QObject turns replies into signals.

:class:`EngineClient` lives on the GUI thread.  It never touches a pipe: requests go
into a queue that a sender thread writes to the engine, and a :class:`_Connection`
on a QThread of its own starts the engine process, blocks on its replies (with a
timeout, to see a stop request) and emits each one as a queued signal.  All
latest-wins bookkeeping (:class:`~ae_desktop.engine.latest_wins.LatestWins`) happens
on the GUI thread, in :class:`EngineClient`, so it needs no cross-thread care.

Sending and receiving are separate threads on purpose: a live request carries a
280x280 raster (313 KB, more than a pipe buffer), so a send blocks until the engine
reads it; if the same thread also had to read the engine's replies, an engine
blocked writing a large reply would never read the request (deadlock).

Lifecycle: the engine starts when the client is constructed (the window shows
meanwhile).  When it dies (crash, out of memory, ``kill -9``) the client emits
:attr:`EngineClient.engine_died`, starts a new engine (at most ``max_restarts``
times), emits :attr:`EngineClient.engine_restarted`, reloads the models it was last
asked to load and resends the newest live request.  Background jobs that were in
flight fail (:attr:`job_failed`): a job that crashed the engine is not retried.
:meth:`EngineClient.stop` asks the engine to exit, terminates it after
``STOP_GRACE_S`` and kills it if needed: it is gone within 1 s.  The engine itself
exits when the GUI process dies (see :mod:`.engine_main`).

Importing this module loads no torch.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing as mp
import os
import queue
import threading
import time
import traceback
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from ..core import reasons as R
from ..core.reasons import Reason, typed
from ..workers.child_process import ProcessSlot, describe_exit, end_process
from ..workers.threads import keep_until_exit, new_thread
from . import engine_main as _engine_main_module
from .latest_wins import LatestWins, Ticket
from .protocol import (
    CancelJob,
    EngineFailed,
    EngineReady,
    Job,
    JobDone,
    JobFailed,
    LiveFailed,
    LiveRequest,
    LiveResult,
    LoadModels,
    ModelsLoaded,
    Shutdown,
)
from .shared_arrays import discard_arrays, import_arrays, sweep_orphans

POLL_S = 0.05  # how often the connection thread looks at the stop flag
STOP_GRACE_S = 0.4  # Shutdown → terminate → kill: all within STOP_TIMEOUT_S
STOP_TIMEOUT_S = 1.0
MAX_RESTARTS = 3
LIVE = "live"


class _Sender(threading.Thread):
    """Writes queued requests to one engine's request pipe (a plain thread, per engine)."""

    def __init__(self, outbox: queue.SimpleQueue, conn) -> None:
        super().__init__(name="engine-sender", daemon=True)
        self._outbox = outbox
        self._conn = conn
        self.halt = threading.Event()

    def run(self) -> None:
        while not self.halt.is_set():
            try:
                msg = self._outbox.get(timeout=POLL_S)
            except queue.Empty:
                continue
            try:
                self._conn.send(msg)
            except (OSError, ValueError):
                return  # the engine is gone: the connection thread sees it and reports
            if isinstance(msg, Shutdown):
                return


class _Connection(QObject):
    """Lives on the connection QThread: runs engines one after another, relays replies."""

    reply = Signal(object)  # a protocol Reply
    engine_started = Signal(int, int)  # pid, incarnation (0 = first)
    # Why, as text (a Reason the window translates: object, so Qt does not copy it to a str)
    died = Signal(object)  # an engine ended without being asked to
    gave_up = Signal(object)
    ended = Signal()  # the loop is over (stopped or gave up), exactly once

    def __init__(self, outbox: queue.SimpleQueue, stop: threading.Event, max_restarts: int,
                 target) -> None:
        super().__init__()
        self._outbox = outbox
        self._stop = stop
        self._max_restarts = max_restarts
        self._target = target
        self._engine = ProcessSlot()

    def kill_engine(self) -> None:
        """Kill the running engine at once (any thread); its pipe then reads EOF."""
        self._engine.kill()

    @property
    def pid(self) -> int | None:
        return self._engine.pid

    @Slot()
    def run(self) -> None:
        try:
            for incarnation in itertools.count():
                why = self._one_engine(incarnation)
                if why is None or self._stop.is_set():
                    return
                self._drain_outbox()  # those requests went to a dead engine: the GUI knows
                self.died.emit(why)
                if incarnation >= self._max_restarts:
                    self.gave_up.emit(Reason(R.ENGINE_GAVE_UP, why=why, n=self._max_restarts))
                    return
        except Exception as exc:  # noqa: BLE001 - becomes a message, never a silent stop
            traceback.print_exc()
            self.gave_up.emit(Reason(R.ENGINE_CONNECTION_FAILED, error=typed(exc)))
        finally:
            self.ended.emit()
            # Directly, not through a queued signal: the GUI thread may be blocked in wait().
            self.thread().quit()

    def _drain_outbox(self) -> None:
        with contextlib.suppress(queue.Empty):
            while True:
                self._outbox.get_nowait()

    def _one_engine(self, incarnation: int) -> str | None:
        """Run one engine until it dies (return why) or a stop (return None)."""
        ctx = mp.get_context("spawn")
        req_r, req_w = ctx.Pipe(duplex=False)
        rep_r, rep_w = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=self._target, args=(req_r, rep_w),
                           name="ae-desktop-engine", daemon=True)
        sender = None
        try:
            try:
                proc.start()
            except Exception as exc:  # noqa: BLE001
                return Reason(R.ENGINE_NO_START, error=str(exc))
            finally:
                # Only the engine holds these ends now: when it dies our reads see EOF,
                # and when we are gone its reads do.
                req_r.close()
                rep_w.close()
            self._engine.set(proc)
            sender = _Sender(self._outbox, req_w)
            sender.start()
            self.engine_started.emit(proc.pid, incarnation)
            return self._relay(proc, rep_r)
        finally:
            if sender is not None:
                sender.halt.set()
            # After a Shutdown give the engine a moment to exit cleanly.
            end_process(proc, STOP_GRACE_S if self._stop.is_set() else 0.0, 0.2)
            self._engine.set(None)
            if sender is not None:
                sender.join(0.2)
            rep_r.close()
            req_w.close()
            # Replies never read held shared-memory segments: this engine is gone, so
            # every segment named after this process is an orphan now.
            sweep_orphans(own_pid=os.getpid())

    def _relay(self, proc, rep_r) -> str | None:
        last_words = ""
        while True:
            if self._stop.is_set():
                return None
            ready = wait([rep_r, proc.sentinel], timeout=POLL_S)
            if rep_r in ready or (proc.sentinel in ready and rep_r.poll()):
                try:
                    msg = rep_r.recv()
                except (EOFError, OSError):  # it closed the pipe (died), maybe mid-message
                    return self._why(proc, last_words)
                except Exception as exc:  # noqa: BLE001 - an unreadable reply: end this engine
                    self.kill_engine()
                    return Reason(R.ENGINE_UNREADABLE_REPLY, error=typed(exc))
                if isinstance(msg, EngineFailed):
                    last_words = msg.message
                if self._stop.is_set():
                    discard_arrays(msg)
                    return None
                try:
                    msg = import_arrays(msg)  # here, off the GUI thread
                except OSError as exc:  # its shared memory is gone (or none is left)
                    if not isinstance(msg, JobDone):
                        raise
                    discard_arrays(msg)
                    msg = JobFailed(msg.job_id, msg.key,
                                    Reason(R.ENGINE_RESULT_UNREADABLE, error=typed(exc)))
                self.reply.emit(msg)
            elif proc.sentinel in ready:
                return self._why(proc, last_words)

    def _why(self, proc, last_words: str) -> str:
        proc.join(0.5)
        if self._stop.is_set():
            return None  # type: ignore[return-value] - a stop, not a death
        if last_words:
            return last_words
        return Reason(R.ENGINE_STOPPED, exit=describe_exit(proc.exitcode))


class EngineClient(QObject):
    """GUI-thread handle on the engine process.  Every method runs on the GUI thread.

    Signals carry protocol records only (numpy arrays and plain values).
    """

    reconstruction_ready = Signal(object)  # LiveResult
    # Messages are text, often a Reason the window translates (tr_reason): object, so that
    # Qt hands the Reason itself to the slots instead of a copy as a plain str.
    live_failed = Signal(object)
    models_loaded = Signal(object, object)  # list[ModelInfo], list[LoadFailure]
    job_done = Signal(int, object)  # job id, result record
    job_failed = Signal(int, object)  # job id, message
    engine_started = Signal(int)  # pid of a new engine, once it has imported torch
    engine_died = Signal(object)  # why; followed by engine_restarted unless it gave up
    engine_restarted = Signal()
    _run = Signal()

    def __init__(self, parent: QObject | None = None, *, max_restarts: int = MAX_RESTARTS,
                 target=None) -> None:
        super().__init__(parent)
        self._outbox: queue.SimpleQueue = queue.SimpleQueue()
        self._stop = threading.Event()
        self._live: LatestWins[LiveRequest] = LatestWins(deliver_superseded=True)
        self._jobs: LatestWins[Job] = LatestWins(deliver_superseded=False)
        self._load_request: LoadModels | None = None
        self._job_ids = itertools.count(1)
        self._next_request_id = 0
        self.gave_up = False
        self.stopped = False
        self.ready_s: float | None = None  # construction → first EngineReady
        self.engine_pid: int | None = None
        self.generation = 0  # of the models last loaded
        self.device = ""  # what the engine computes on, once models are loaded ("CPU", …)
        self.device_note = ""  # why that differs from what was asked ("" if it does not)
        self.jobs_stale = 0  # answers of cancelled jobs or replaced models, never delivered
        self._t0 = time.perf_counter()
        sweep_orphans()  # shared memory left by AE Desktop processes that died
        self._thread = new_thread("engine-connection")
        self._conn = _Connection(self._outbox, self._stop, max_restarts,
                                 target or _engine_main_module.engine_main)
        self._conn.moveToThread(self._thread)
        self._run.connect(self._conn.run)
        self._conn.reply.connect(self._on_conn_reply)
        self._conn.engine_started.connect(self._on_conn_engine_started)
        self._conn.died.connect(self._on_conn_died)
        self._conn.gave_up.connect(self._on_conn_gave_up)
        self._thread.finished.connect(self._conn.deleteLater)
        self._thread.start()
        self._run.emit()

    # -- requests ---------------------------------------------------------------------
    def new_request_id(self) -> int:
        self._next_request_id += 1
        return self._next_request_id

    def load_models(self, folders: list[Path] | tuple = (), device: str = "auto") -> None:
        """(Re)load the models onto ``device`` (``auto``, ``cpu``, ``cuda``, ``mps``);
        answered by :attr:`models_loaded` (again after a restart)."""
        self._load_request = LoadModels(tuple(str(f) for f in folders), device)
        self._send(self._load_request)

    def submit(self, request: LiveRequest) -> None:
        """Latest wins: sent now if the live lane is idle, else it replaces the pending one."""
        ticket = self._live.submit(LIVE, request.request_id, request)
        if ticket is not None:
            self._send(ticket.item)

    def submit_job(self, payload: Any, key: str = "", *, cancel_running: bool = False,
                   priority: int = 0) -> int:
        """Run ``payload`` on the background lane; returns the job id of the answer.

        Jobs with the same non-empty ``key`` supersede each other: one in flight,
        the newest pending, and the answer of a superseded job is not delivered.
        With ``cancel_running`` the job in flight for the key is also asked to stop
        (a grid decode for a range the user has left), so the new one starts sooner.
        Jobs with a higher ``priority`` number wait in the engine until no lower one does
        (1: idle work such as the test-set errors, which must not delay the explorer).
        """
        job_id = next(self._job_ids)
        job = Job(job_id, key or f"#{job_id}", payload, priority)
        running = self._jobs.current(job.key) if cancel_running else None
        ticket = self._jobs.submit(job.key, job_id, job)
        if ticket is not None:
            self._send(ticket.item)
        elif running is not None:
            self._send(CancelJob(running.seq))
        return job_id

    def cancel_jobs(self, key: str) -> None:
        """Nothing of ``key`` is wanted any more: drop the pending job, stop the running one.

        Neither answers (a cancelled job's answer is never delivered).
        """
        self._jobs.drop_pending(key)
        running = self._jobs.current(key)
        if running is not None:
            self._send(CancelJob(running.seq))

    @property
    def live_dropped(self) -> int:
        return self._live.dropped

    @property
    def live_busy(self) -> bool:
        return self._live.busy(LIVE)

    def _send(self, msg) -> None:
        if not self.stopped:
            self._outbox.put(msg)  # never blocks; the sender thread writes the pipe

    # -- lifecycle ----------------------------------------------------------------------
    def request_stop(self) -> None:
        """Ask the engine to exit and the connection thread to end, without waiting."""
        if self.stopped:
            return
        self.stopped = True
        self._live.clear()
        self._jobs.clear()
        self._outbox.put(Shutdown())
        self._stop.set()

    def wait(self, timeout: float = STOP_TIMEOUT_S) -> bool:
        if self._thread.wait(max(0, int(timeout * 1000))):
            return True
        self._conn.kill_engine()
        if self._thread.wait(500):
            return True
        keep_until_exit(self._thread)  # destroying a running QThread aborts the process
        return False

    def stop(self, timeout: float = STOP_TIMEOUT_S) -> bool:
        """End the engine (within ``timeout``) and the connection thread; idempotent."""
        self.request_stop()
        return self.wait(timeout)

    def kill_engine_for_test(self) -> None:
        self._conn.kill_engine()

    # -- replies (queued onto the GUI thread) ---------------------------------------------
    @Slot(object)
    def _on_conn_reply(self, msg) -> None:
        if self.stopped:
            return
        if isinstance(msg, LiveResult | LiveFailed):
            ans = self._live.on_answer(LIVE, msg.request_id)
            if ans.send_next is not None:
                self._send(ans.send_next.item)
            if ans.deliver:
                if isinstance(msg, LiveResult):
                    self.reconstruction_ready.emit(msg)
                else:
                    self.live_failed.emit(msg.message)
        elif isinstance(msg, JobDone | JobFailed):
            asked = self._jobs.current(msg.key)
            # Not delivered: a cancelled job (its submitter asked for that), and a result
            # computed with models that a reload has replaced since.
            outdated = isinstance(msg, JobDone) and msg.generation < self.generation
            stale = (isinstance(msg, JobFailed) and msg.cancelled) or outdated
            ans = self._jobs.on_answer(msg.key, msg.job_id, usable=not stale)
            if ans.send_next is not None:
                self._send(ans.send_next.item)
            if outdated and ans.send_next is None and asked is not None \
                    and asked.seq == msg.job_id:
                # Computed with models a reload has replaced, and nothing newer was asked
                # under its key: run it again, under the same id, with the new models, so
                # whoever waits for it gets a current answer (not silence).
                again = self._jobs.submit(msg.key, msg.job_id, asked.item)
                if again is not None:
                    self._send(again.item)
            if stale:
                self.jobs_stale += 1
            elif ans.deliver:
                if isinstance(msg, JobDone):
                    self.job_done.emit(msg.job_id, msg.result)
                else:
                    self.job_failed.emit(msg.job_id, msg.message)
        elif isinstance(msg, ModelsLoaded):
            self.generation = msg.generation
            self.device, self.device_note = msg.device, msg.device_note
            self.models_loaded.emit(list(msg.infos), list(msg.failures))
        elif isinstance(msg, EngineReady):
            self.engine_pid = msg.pid
            if self.ready_s is None:
                self.ready_s = time.perf_counter() - self._t0
            self.engine_started.emit(msg.pid)
        # EngineFailed: its message comes back as the reason in engine_died.

    @Slot(int, int)
    def _on_conn_engine_started(self, pid: int, incarnation: int) -> None:
        if incarnation > 0 and not self.stopped:
            self.engine_restarted.emit()

    @Slot(object)
    def _on_conn_died(self, why: str) -> None:
        if self.stopped:
            return
        self.engine_pid = None
        lost_live, _ = self._live.forget_in_flight()
        _newest_again(self._live, lost_live)
        lost_jobs, _ = self._jobs.forget_in_flight()
        # The connection thread emptied the outbox before telling us, and the next engine
        # reads whatever we queue now: first the models, then what is in flight again.
        if self._load_request is not None:
            self._send(self._load_request)
        for t in self._live.in_flight() + self._jobs.in_flight():
            self._send(t.item)
        self.engine_died.emit(why)
        for t in lost_jobs:
            self.job_failed.emit(t.seq, Reason(R.ENGINE_STOPPED_DURING_JOB, why=why))

    @Slot(object)
    def _on_conn_gave_up(self, message: str) -> None:
        self.gave_up = True
        if not self.stopped:
            self.engine_died.emit(message)


def _newest_again(lw: LatestWins, lost: list[Ticket]) -> None:
    """After a death, make the newest lost live request in flight again unless a newer waits."""
    current = lw.in_flight()
    if not lost or (current and current[0].seq > max(t.seq for t in lost)):
        return
    newest = max(lost, key=lambda t: t.seq)
    if not current:
        lw.submit(newest.key, newest.seq, newest.item)
