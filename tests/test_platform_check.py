"""First launch on a bare Linux desktop: a missing xcb library gives one actionable line."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ae_desktop import platform_check
from ae_desktop.platform_check import missing_libraries, platform_problem, uses_xcb

ROOT = Path(__file__).resolve().parents[1]
LDD_MISSING_CURSOR = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /opt/Qt/lib/libQt6XcbQpa.so.6 (0x00007f01)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x00007f02)
"""
LDD_ALL_FOUND = LDD_MISSING_CURSOR.replace("libxcb-cursor.so.0 => not found",
                                           "libxcb-cursor.so.0 => /lib/libxcb-cursor.so.0 (0x1)")
X11 = {"DISPLAY": ":0"}


def _problem(env, ldd_output, system="linux"):
    return platform_problem(env, system=system, plugin=lambda: Path("/qt/libqxcb.so"),
                            ldd=lambda path: ldd_output)


@pytest.mark.parametrize(("env", "expected"), [
    ({"DISPLAY": ":0"}, True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, True),
    ({"QT_QPA_PLATFORM": "xcb:nograb"}, True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland;xcb"}, False),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),  # XWayland: Qt uses Wayland
    ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, False),
    ({}, False),  # no display at all: Qt's own message is clear
])
def test_which_sessions_need_the_xcb_plugin(env, expected):
    assert uses_xcb(env) is expected


def test_a_missing_library_gives_one_line_with_the_packages_to_install():
    line = _problem(X11, LDD_MISSING_CURSOR)
    assert line is not None and "\n" not in line
    assert "libxcb-cursor.so.0" in line
    assert "sudo apt install libxcb-cursor0" in line
    assert "sudo dnf install xcb-util-cursor" in line


def test_nothing_to_say_when_qt_can_start():
    assert _problem(X11, LDD_ALL_FOUND) is None
    assert _problem(X11, None) is None  # no ldd: let Qt try
    assert _problem({"QT_QPA_PLATFORM": "offscreen"}, LDD_MISSING_CURSOR) is None
    assert _problem(X11, LDD_MISSING_CURSOR, system="darwin") is None
    assert platform_problem(X11, system="linux", plugin=lambda: None,
                            ldd=lambda p: LDD_MISSING_CURSOR) is None


def test_ldd_reports_are_parsed():
    assert missing_libraries(LDD_MISSING_CURSOR) == ["libxcb-cursor.so.0"]
    assert missing_libraries(LDD_ALL_FOUND) == []


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None,
                    reason="ldd on Linux")
def test_the_real_plugin_can_be_checked():
    plugin = platform_check.xcb_plugin()
    assert plugin is not None and plugin.name == "libqxcb.so"
    report = platform_check.run_ldd(plugin)
    assert report and "libxcb" in report
    assert isinstance(missing_libraries(report), list)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktops")
def test_ae_desktop_prints_the_fix_instead_of_a_crash_dump(tmp_path):
    # A desktop where ldd finds everything but libxcb-cursor.so.0 (faked with an ldd on PATH).
    fake = tmp_path / "bin" / "ldd"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\ncat <<'EOF'\n" + LDD_MISSING_CURSOR + "EOF\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")}
    env.update({"DISPLAY": ":99", "PATH": f"{fake.parent}{os.pathsep}{env['PATH']}",
                "PYTHONPATH": str(ROOT), "HOME": str(tmp_path / "home"),
                "XDG_CONFIG_HOME": str(tmp_path / "config")})
    done = subprocess.run([sys.executable, "-m", "ae_desktop"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "sudo apt install libxcb-cursor0" in lines[0]
    assert "(Fedora: sudo dnf install xcb-util-cursor" in lines[0]
