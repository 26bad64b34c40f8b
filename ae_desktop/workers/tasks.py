"""Run one-off background jobs (robustness curves, …) on a QThread of their own."""

from __future__ import annotations

import traceback
from collections.abc import Callable

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
    """Queue of callables run in order off the GUI thread; results come back as signals."""

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
        self._thread.start()

    def submit(self, fn: Callable[[], object]) -> int:
        """Run ``fn`` on the task thread; returns the job id reported back."""
        self._next += 1
        self._run.emit(self._next, fn)
        return self._next

    def stop(self) -> None:
        self._thread.quit()
        self._thread.wait()

    @Slot(int, object)
    def _on_worker_done(self, job_id: int, result: object) -> None:
        self.task_done.emit(job_id, result)

    @Slot(int, str)
    def _on_worker_failed(self, job_id: int, message: str) -> None:
        self.task_failed.emit(job_id, message)
