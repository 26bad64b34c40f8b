"""Run background jobs (robustness curves, latent-space work) on a QThread of their own.

Jobs run in submission order. A job submitted with a ``key`` is latest-wins
within that key: while a job of the key is queued or running, a newer one
replaces the waiting one, which then never runs (e.g. decoding the point under
a dragged cursor). Bookkeeping happens on the GUI thread only.

Stopping is cooperative and bounded: :meth:`TaskRunner.stop` cancels the runner's
:class:`~ae_desktop.core.compute.cancel.CancelToken`, which the running job sees at its
next :func:`ae_desktop.core.compute.cancel.check` (core loops check between batches), and
waits at most ``timeout`` seconds for the thread to end.
"""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, Signal, Slot

from ..core.compute.cancel import Cancelled, CancelToken, cancellable
from .threads import keep_until_exit, new_thread

STOP_TIMEOUT_S = 1.5  # the app must be gone within 2 s of a quit
CANCELLED = "cancelled"  # the message of task_failed for a job stopped by stop()


class _TaskWorker(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, token: CancelToken) -> None:
        super().__init__()
        self._token = token

    @Slot(int, object)
    def run(self, job_id: int, fn: Callable[[], object]) -> None:
        if self._token.cancelled:  # queued before stop(): never started
            self.failed.emit(job_id, CANCELLED)
            return
        try:
            with cancellable(self._token):
                result = fn()
        except Cancelled:
            self.failed.emit(job_id, CANCELLED)
        except Exception as exc:  # noqa: BLE001 - reported, never fatal
            traceback.print_exc()
            self.failed.emit(job_id, str(exc) or type(exc).__name__)
        else:
            self.done.emit(job_id, result)


class TaskRunner(QObject):
    """Callables run off the GUI thread; results come back as signals with the job id."""

    task_done = Signal(int, object)  # job id, result
    task_failed = Signal(int, str)  # job id, message (CANCELLED after stop())
    _run = Signal(int, object)

    def __init__(self, name: str = "tasks", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._token = CancelToken()
        self._thread = new_thread(name)
        self._worker = _TaskWorker(self._token)
        self._worker.moveToThread(self._thread)
        self._run.connect(self._worker.run)
        self._worker.done.connect(self._on_worker_done)
        self._worker.failed.connect(self._on_worker_failed)
        self._thread.finished.connect(self._worker.deleteLater)
        self._next = 0
        self._in_flight: dict[Hashable, int] = {}  # key → job id queued on the worker
        self._waiting: dict[Hashable, tuple[int, Callable[[], object]]] = {}
        self.superseded = 0
        self._thread.start()

    @property
    def stopping(self) -> bool:
        return self._token.cancelled

    def submit(self, fn: Callable[[], object], key: Hashable | None = None) -> int:
        """Run ``fn`` on the task thread; returns the job id reported back.

        ``fn`` may call :func:`ae_desktop.core.compute.cancel.check` to stop early when
        the runner is stopped.  After :meth:`stop` nothing runs any more.
        """
        self._next += 1
        job = self._next
        if self._token.cancelled:
            return job
        if key is not None:
            if key in self._in_flight:
                if key in self._waiting:
                    self.superseded += 1
                self._waiting[key] = (job, fn)
                return job
            self._in_flight[key] = job
        self._run.emit(job, fn)
        return job

    def request_stop(self) -> None:
        """Cancel the running job and end the thread after it, without waiting."""
        self._token.cancel()
        self._waiting.clear()
        self._thread.quit()

    def wait(self, timeout: float = STOP_TIMEOUT_S) -> bool:
        """Wait up to ``timeout`` s for the thread to end; True when it has."""
        return self._thread.wait(max(0, int(timeout * 1000)))

    def stop(self, timeout: float = STOP_TIMEOUT_S) -> bool:
        """Cancel, then join the thread within ``timeout`` s (idempotent).

        Returns False if a job ignored the cancellation and is still running: the
        thread is then left to finish on its own and is still reported by
        :func:`ae_desktop.workers.threads.running_threads`.
        """
        self.request_stop()
        t0 = time.monotonic()
        joined = self.wait(timeout)
        if not joined:
            keep_until_exit(self._thread)
            print(f"ae-desktop: background thread {self._thread.objectName()!r} did not stop "
                  f"within {time.monotonic() - t0:.1f} s", file=sys.stderr)
        return joined

    def _finish(self, job_id: int) -> None:
        for key, running in list(self._in_flight.items()):
            if running == job_id:
                del self._in_flight[key]
                if key in self._waiting:
                    nxt, fn = self._waiting.pop(key)
                    self._in_flight[key] = nxt
                    self._run.emit(nxt, fn)
                break

    @Slot(int, object)
    def _on_worker_done(self, job_id: int, result: object) -> None:
        self._finish(job_id)
        self.task_done.emit(job_id, result)

    @Slot(int, str)
    def _on_worker_failed(self, job_id: int, message: str) -> None:
        self._finish(job_id)
        self.task_failed.emit(job_id, message)
