"""Run background jobs (robustness curves, latent-space work) on a QThread of their own.

Jobs run in submission order. A job submitted with a ``key`` is latest-wins
within that key: while a job of the key is queued or running, a newer one
replaces the waiting one, which then never runs (e.g. decoding the point under
a dragged cursor). Bookkeeping happens on the GUI thread only.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, Signal, Slot

from .threads import new_thread


class _TaskWorker(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)

    @Slot(int, object)
    def run(self, job_id: int, fn: Callable[[], object]) -> None:
        try:
            self.done.emit(job_id, fn())
        except Exception as exc:  # noqa: BLE001 - reported, never fatal
            traceback.print_exc()
            self.failed.emit(job_id, str(exc) or type(exc).__name__)


class TaskRunner(QObject):
    """Callables run off the GUI thread; results come back as signals with the job id."""

    task_done = Signal(int, object)  # job id, result
    task_failed = Signal(int, str)
    _run = Signal(int, object)

    def __init__(self, name: str = "tasks", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = new_thread(name)
        self._worker = _TaskWorker()
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

    def submit(self, fn: Callable[[], object], key: Hashable | None = None) -> int:
        """Run ``fn`` on the task thread; returns the job id reported back."""
        self._next += 1
        job = self._next
        if key is not None:
            if key in self._in_flight:
                if key in self._waiting:
                    self.superseded += 1
                self._waiting[key] = (job, fn)
                return job
            self._in_flight[key] = job
        self._run.emit(job, fn)
        return job

    def stop(self) -> None:
        self._waiting.clear()
        self._thread.quit()
        self._thread.wait()

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
