"""Large arrays of a reply through shared memory instead of the pipe (no torch, no Qt).

The engine's two lanes share one reply pipe.  A decoded 30x30 grid is a 2.8 MB
array: pickled through the pipe it held the pipe for 23.5 ms p50 / 32.5 ms p95,
against 0.27 / 2.2 ms through shared memory (``benchmarks/engine_transport.py``),
and a live result waiting behind it would miss its frame.  So the engine replaces
every array of at least :data:`SHARED_MIN_BYTES` in a reply by a
:class:`~ae_desktop.engine.protocol.SharedArray` naming a segment it has filled
(:func:`export_arrays`); the client's connection thread copies the array back out
and removes the segment (:func:`import_arrays`).  Live results (33 KB) never reach
the threshold and go through the pipe as they are.

Ownership: once the engine has sent a segment's name, the GUI process owns it.  The
engine drops the segment from its resource tracker (else the tracker would warn
and unlink it when the engine exits); the GUI's unlink ends it.  Segments are named
``aed<GUI pid>_<random>``: a GUI process that died before reading its replies
leaves segments that :func:`sweep_orphans` removes at the next start (Linux, where
``/dev/shm`` lists them).
"""

from __future__ import annotations

import dataclasses
import os
import secrets
from multiprocessing import resource_tracker, shared_memory
from pathlib import Path

import numpy as np

from .protocol import SharedArray

SHARED_MIN_BYTES = 256 * 1024
PREFIX = "aed"
_SHM_DIR = Path("/dev/shm")


def _segment_name(owner_pid: int) -> str:
    return f"{PREFIX}{owner_pid}_{secrets.token_hex(6)}"


def _share(a: np.ndarray, owner_pid: int) -> SharedArray:
    a = np.ascontiguousarray(a)
    shm = shared_memory.SharedMemory(name=_segment_name(owner_pid), create=True,
                                     size=max(1, a.nbytes))
    try:
        np.ndarray(a.shape, a.dtype, buffer=shm.buf)[...] = a
        ref = SharedArray(shm.name, tuple(a.shape), a.dtype.str)
    except BaseException:
        shm.close()
        shm.unlink()
        raise
    shm.close()
    # The receiver owns it from now on (see the module docstring).
    resource_tracker.unregister(shm._name, "shared_memory")  # noqa: SLF001 - no public API in 3.11
    return ref


def _take(ref: SharedArray) -> np.ndarray:
    shm = shared_memory.SharedMemory(name=ref.name)
    try:
        out = np.ndarray(ref.shape, np.dtype(ref.dtype), buffer=shm.buf).copy()
    finally:
        shm.close()
        shm.unlink()
    return out


def _walk(value, fn):
    """``value`` with ``fn`` applied to every array or SharedArray inside it (a new object
    only where something changed)."""
    if isinstance(value, np.ndarray | SharedArray):
        return fn(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            if not f.init:
                continue
            old = getattr(value, f.name)
            new = _walk(old, fn)
            if new is not old:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(value, tuple | list):
        items = [_walk(v, fn) for v in value]
        if all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return type(value)(items) if not hasattr(value, "_fields") else type(value)(*items)
    if isinstance(value, dict):
        items = {k: _walk(v, fn) for k, v in value.items()}
        return value if all(items[k] is value[k] for k in value) else items
    return value


def export_arrays(msg, owner_pid: int, min_bytes: int = SHARED_MIN_BYTES):
    """``msg`` with every array of at least ``min_bytes`` moved into shared memory."""
    def fn(a):
        if isinstance(a, np.ndarray) and a.nbytes >= min_bytes and a.dtype != object:
            return _share(a, owner_pid)
        return a
    return _walk(msg, fn)


def import_arrays(msg):
    """``msg`` with every :class:`SharedArray` copied back into an array (segments removed)."""
    return _walk(msg, lambda a: _take(a) if isinstance(a, SharedArray) else a)


def discard_arrays(msg) -> None:
    """Remove the segments of a reply nobody will read."""
    def fn(a):
        if isinstance(a, SharedArray):
            try:
                shm = shared_memory.SharedMemory(name=a.name)
            except FileNotFoundError:
                return a
            shm.close()
            shm.unlink()
        return a
    _walk(msg, fn)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_orphans(own_pid: int | None = None) -> int:
    """Remove segments left by GUI processes that are gone (and by ``own_pid``, when given:
    called after this process's engine has ended).  Returns how many were removed."""
    if not _SHM_DIR.is_dir():
        return 0
    removed = 0
    for path in _SHM_DIR.glob(f"{PREFIX}*_*"):
        head = path.name[len(PREFIX):].split("_", 1)[0]
        if not head.isdigit():
            continue
        pid = int(head)
        if pid == own_pid or not _alive(pid):
            try:
                path.unlink()
                removed += 1
            except OSError:
                pass
    return removed
