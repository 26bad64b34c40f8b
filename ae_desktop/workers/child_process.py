"""What every supervisor of a spawned child process needs (training runs, the engine).

The supervisor thread owns the process; other threads may only kill it, which
makes its pipe read EOF, so the supervisor notices and reports the end itself.
"""

from __future__ import annotations

import contextlib
import signal
import threading

from ..core import reasons as R
from ..core.reasons import Reason


def describe_exit(code: int | None) -> str:
    """A process's exit code in words (``exit code 1``, ``killed by SIGKILL``), as a
    translatable :class:`~ae_desktop.core.reasons.Reason`."""
    if code is None:
        return Reason(R.EXIT_STILL_RUNNING)
    if code < 0:
        try:
            return Reason(R.EXIT_KILLED_BY, signal=signal.Signals(-code).name)
        except ValueError:
            return Reason(R.EXIT_KILLED_BY_NUMBER, number=-code)
    return Reason(R.EXIT_CODE, code=code)


class ProcessSlot:
    """The supervisor's current child, killable at once from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proc = None

    def set(self, proc) -> None:
        with self._lock:
            self._proc = proc

    @property
    def pid(self) -> int | None:
        with self._lock:
            return None if self._proc is None else self._proc.pid

    def kill(self) -> None:
        with self._lock:
            proc = self._proc
        if proc is not None and proc.pid is not None:
            with contextlib.suppress(OSError, ValueError):
                proc.kill()


def end_process(proc, grace_s: float, terminate_wait_s: float) -> None:
    """Let ``proc`` exit on its own for ``grace_s``, then terminate it, then kill it."""
    if proc.pid is None:  # never started
        return
    if grace_s > 0:
        proc.join(grace_s)
    if proc.is_alive():
        proc.terminate()
        proc.join(terminate_wait_s)
    if proc.is_alive():
        proc.kill()
        proc.join(1.0)
