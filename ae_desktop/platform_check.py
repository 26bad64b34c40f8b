"""Before the first window: can Qt's X11 (xcb) platform plugin load?

Since Qt 6.5 the xcb plugin needs ``libxcb-cursor.so.0``, which many desktop
installs lack.  Qt then aborts with a core dump and a message about plugins that a
newcomer cannot act on.  :func:`platform_problem` runs ``ldd`` on the plugin (it
resolves the plugin's own Qt libraries and the system's) and, if a library is
missing, returns one line that says what to install.  No Qt is imported here
beyond ``QtCore`` (to find the plugin); nothing is loaded into the process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# What the xcb plugin of the PySide6 wheels links to beyond the libraries most
# desktops have (ldd of libqxcb.so, Debian 12; packaging/deb/control.in lists all).
DEBIAN_PACKAGES = ("libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 "
                   "libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxcb-util1 "
                   "libxkbcommon-x11-0")
FEDORA_PACKAGES = ("xcb-util-cursor xcb-util-wm xcb-util-image xcb-util-keysyms "
                   "xcb-util-renderutil xcb-util libxcb libxkbcommon-x11")


def uses_xcb(env: Mapping[str, str]) -> bool:
    """Will Qt pick the xcb plugin?  (An explicit choice, else X11 unless on Wayland.)"""
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    if not env.get("DISPLAY"):
        return False  # nothing to connect to: Qt's own message says so
    wayland = env.get("XDG_SESSION_TYPE") == "wayland" or env.get("WAYLAND_DISPLAY")
    return not wayland


def xcb_plugin() -> Path | None:
    from PySide6.QtCore import QLibraryInfo

    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / \
        "libqxcb.so"
    return path if path.is_file() else None


def run_ldd(library: Path) -> str | None:
    """``ldd``'s report on ``library``, or None when ldd is not available or fails."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return None
    try:
        done = subprocess.run([ldd, str(library)], capture_output=True, text=True, timeout=10,
                              check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout


def missing_libraries(ldd_output: str) -> list[str]:
    """Sonames that ``ldd`` reported as ``not found``."""
    out = []
    for line in ldd_output.splitlines():
        name, sep, where = line.strip().partition("=>")
        if sep and where.strip() == "not found":
            out.append(name.strip())
    return out


def platform_problem(env: Mapping[str, str] | None = None, *, system: str = sys.platform,
                     plugin: Callable[[], Path | None] = xcb_plugin,
                     ldd: Callable[[Path], str | None] = run_ldd) -> str | None:
    """One line that tells the user what to install, or None when Qt can start."""
    env = os.environ if env is None else env
    if not system.startswith("linux") or not uses_xcb(env):
        return None
    path = plugin()
    if path is None:
        return None
    report = ldd(path)
    missing = missing_libraries(report) if report else []
    if not missing:
        return None
    return ("ae-desktop: cannot open a window: Qt's X11 plugin needs system libraries that "
            f"are missing ({', '.join(missing)}). Install the Qt system libraries: "
            f"sudo apt install {DEBIAN_PACKAGES} "
            f"(Fedora: sudo dnf install {FEDORA_PACKAGES})")
