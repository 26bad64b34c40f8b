"""Every QThread the app starts, so shutdown code and tests can check none is left running."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QThread

_threads: weakref.WeakSet[QThread] = weakref.WeakSet()


def new_thread(name: str) -> QThread:
    thread = QThread()
    thread.setObjectName(name)
    _threads.add(thread)
    return thread


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
