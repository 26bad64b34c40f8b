"""The one way AE Desktop writes a file: to a unique temporary name beside it, then a rename.

Every writer (checkpoints, downloads, PNG exports) goes through :func:`atomic_write`,
so a reader sees the old file or the new one, never half of one. Temporary files
share one recognisable pattern (``.NAME.<random>.ae-tmp``) so that
:func:`remove_stale_temps` can clear what a crash left behind.

Writers that make several files belong together (a checkpoint's weights and
metadata) hold :func:`folder_lock` shared while they write; whoever clears
leftovers takes it exclusively and without waiting, so files of a save still in
progress, in this process or another, are never taken for leftovers.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, Literal

TEMP_SUFFIX = ".ae-tmp"

LockState = Literal["held", "busy", "unsupported"]


def temp_path_in(folder: Path, name: str) -> Path:
    """A new, unique, empty temporary file in ``folder`` (closed); the caller renames it."""
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=TEMP_SUFFIX, dir=folder)
    os.close(fd)
    return Path(tmp)


def atomic_write(path: str | os.PathLike, write: Callable[[BinaryIO], object], *,
                 overwrite: bool = True) -> Path:
    """Call ``write(fh)`` on a temporary file beside ``path``, fsync it, rename it to ``path``.

    On any failure (including the writer raising) the temporary file is removed
    and ``path`` keeps its previous content. With ``overwrite=False`` an existing
    ``path`` is never replaced: the final rename itself refuses it (no window
    between a check and the rename) and ``FileExistsError`` is raised.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if overwrite:
            os.replace(tmp, path)
        else:
            _rename_no_replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
    return path


def atomic_write_bytes(path: str | os.PathLike, data: bytes, *, overwrite: bool = True) -> Path:
    return atomic_write(path, lambda fh: fh.write(data), overwrite=overwrite)


def _rename_no_replace(tmp: str, path: Path) -> None:
    """Rename ``tmp`` to ``path`` unless ``path`` exists (FileExistsError), atomically."""
    if os.name == "nt":
        os.rename(tmp, path)  # Windows' rename never replaces
        return
    try:
        os.link(tmp, path)  # fails with EEXIST if path exists
    except FileExistsError:
        raise
    except OSError as exc:
        # File systems without hard links (FAT, some network shares): check, then rename.
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV,
                             errno.EMLINK, errno.ENOSYS):
            raise
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, "file exists", str(path)) from None
        os.replace(tmp, path)
        return
    with contextlib.suppress(OSError):  # committed; a leftover link is a stale temp
        os.unlink(tmp)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (no-op where directories cannot be opened)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def folder_lock(folder: str | os.PathLike, *, exclusive: bool = False,
                wait: bool = True) -> Iterator[LockState]:
    """Advisory ``flock`` on the folder itself (no lock file is created).

    Yields ``"held"``, ``"busy"`` (only when ``wait`` is false and another holder
    conflicts) or ``"unsupported"`` (no ``fcntl`` as on Windows, a folder that
    cannot be opened, a file system without locks such as some network shares):
    callers must then work, more cautiously, without the lock. Locks end with the process, so a crash never leaves one.
    """
    try:
        import fcntl
    except ImportError:  # Windows
        yield "unsupported"
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        yield "unsupported"
        return
    try:
        mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | (0 if wait else fcntl.LOCK_NB)
        try:
            fcntl.flock(fd, mode)
        except BlockingIOError:
            state: LockState = "busy"
        except OSError:
            state = "unsupported"
        else:
            state = "held"
        yield state
    finally:
        os.close(fd)  # closing releases the lock


def is_older_than(path: Path, seconds: float) -> bool:
    """Whether ``path`` was last modified more than ``seconds`` ago (False if it is gone)."""
    try:
        return time.time() - path.stat().st_mtime > seconds
    except OSError:
        return False


def remove_stale_temps(folder: str | os.PathLike, *, min_age_s: float = 0.0) -> list[Path]:
    """Delete temporary files a crashed writer left in ``folder``; returns what was removed.

    Only call this when no writer can be active in ``folder`` (hold
    :func:`folder_lock` exclusively), or pass ``min_age_s`` so that files still
    being written (their modification time is recent) are kept.
    """
    removed = []
    folder = Path(folder)
    if not folder.is_dir():
        return removed
    for p in folder.glob(f".*{TEMP_SUFFIX}"):
        if min_age_s and not is_older_than(p, min_age_s):
            continue
        try:
            if p.is_dir():
                import shutil

                shutil.rmtree(p)
            else:
                p.unlink()
            removed.append(p)
        except OSError:
            pass
    return removed
