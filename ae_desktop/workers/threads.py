"""Every QThread the app starts, so shutdown code and tests can check none is left running."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QThread

_threads: weakref.WeakSet[QThread] = weakref.WeakSet()
# Threads whose job ignored a stop request.  Destroying a running QThread aborts the
# process, so they are kept referenced; app.run_gui ends the process without
# destroying them (os._exit) if any is still running at exit.
_unjoined: list[QThread] = []


def new_thread(name: str) -> QThread:
    thread = QThread()
    thread.setObjectName(name)
    _threads.add(thread)
    return thread


def keep_until_exit(thread: QThread) -> None:
    """Keep a thread that did not stop in time from being destroyed while it runs."""
    if thread not in _unjoined:
        _unjoined.append(thread)


def running_threads() -> list[str]:
    """Names of registered threads that are still running."""
    out = []
    for t in list(_threads):
        try:
            if t.isRunning():
                out.append(t.objectName())
        except RuntimeError:  # C++ object already deleted
            pass
    return out
