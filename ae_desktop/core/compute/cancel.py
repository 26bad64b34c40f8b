"""Cooperative cancellation for long computations (no Qt).

A worker that runs a job installs a :class:`CancelToken` for the duration of the
job (:func:`cancellable`); long loops in core call :func:`check` between batches,
which raises :class:`Cancelled` once the token is cancelled.  Without an installed
token :func:`check` does nothing, so the same functions work unchanged in the
CLI and in tests.

The token is held in a :class:`contextvars.ContextVar`: each thread has its own
context, so a token installed on one worker thread is never seen by another.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar


class Cancelled(Exception):
    """The job was asked to stop; it left nothing half-done behind."""


class CancelToken:
    """A thread-safe flag: set from any thread, checked by the running job."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if :meth:`cancel` was called."""
        if self._event.is_set():
            raise Cancelled("cancelled")


_current: ContextVar[CancelToken | None] = ContextVar("ae_desktop_cancel_token", default=None)


@contextmanager
def cancellable(token: CancelToken) -> Iterator[CancelToken]:
    """Make ``token`` the one :func:`check` looks at, in this thread, inside the block."""
    reset = _current.set(token)
    try:
        yield token
    finally:
        _current.reset(reset)


def current() -> CancelToken | None:
    return _current.get()


def cancelled() -> bool:
    """True when the token of the running job has been cancelled."""
    token = _current.get()
    return token is not None and token.cancelled


def check() -> None:
    """Raise :class:`Cancelled` if the running job's token is cancelled (else nothing)."""
    token = _current.get()
    if token is not None:
        token.check()
