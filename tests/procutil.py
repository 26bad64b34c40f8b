"""Is a process gone? (Linux /proc or os.kill; no psutil)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def process_gone(pid: int) -> bool:
    """True when ``pid`` has exited (a zombie nobody has reaped yet counts as gone)."""
    stat = Path(f"/proc/{pid}/stat")
    if Path("/proc/self/stat").exists():
        try:
            state = stat.read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return True
        return state in ("Z", "X")
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) ``pid`` has used so far; None where /proc is not there."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children_of(pid: int) -> list[int]:
    """Direct children of ``pid`` (Linux /proc; empty elsewhere)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def wait_until(condition, timeout: float) -> float | None:
    """Seconds until ``condition()`` held, or None (plain polling: no Qt here)."""
    import time

    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if condition():
            return time.monotonic() - t0
        time.sleep(0.02)
    return None


@contextlib.contextmanager
def gui_killed_with_sigkill(argv: list[str], tag: str):
    """Run a subprocess playing the GUI until it prints ``TAG PID`` of its child, SIGKILL it.

    Yields the child's pid; afterwards the GUI is reaped and a child that is still
    there (the test failed) is killed, so no orphan outlives the test.
    """
    import signal
    import subprocess

    gui = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    child = None
    try:
        line = gui.stdout.readline()
        assert line.startswith(f"{tag} "), line
        child = int(line.split()[1])
        os.kill(gui.pid, signal.SIGKILL)
        gui.wait(10)
        yield child
    finally:
        gui.kill()
        gui.wait(10)
        if child is not None and not process_gone(child):
            os.kill(child, signal.SIGKILL)
