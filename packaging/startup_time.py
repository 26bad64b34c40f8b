"""Start-up time to the main window shown: frozen app against ``python -m ae_desktop``.

Both are measured in the same run, alternating, 3 times each (median), offscreen,
with ``AE_DESKTOP_EXIT_AFTER_SHOW=1`` (the app prints when the window is shown
and quits).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time


def measure(cmd: list[str]) -> float:
    """Seconds from launching ``cmd`` to its 'window shown' line."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AE_DESKTOP_EXIT_AFTER_SHOW="1")
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    shown = None
    for line in proc.stdout:
        if "window shown" in line:
            shown = time.perf_counter() - t
    proc.wait(timeout=120)
    if shown is None:
        raise RuntimeError(f"{cmd[0]} did not show its window (exit code {proc.returncode})")
    return shown


def main(frozen: str) -> None:
    frozen_t, python_t = [], []
    for _ in range(3):
        frozen_t.append(measure([frozen]))
        python_t.append(measure([sys.executable, "-m", "ae_desktop"]))
    f, p = statistics.median(frozen_t), statistics.median(python_t)
    print(f"start-up to window shown (median of 3): frozen {f:.2f} s, python -m ae_desktop "
          f"{p:.2f} s (frozen/python = {f / p:.2f})")


if __name__ == "__main__":
    main(sys.argv[1])
