"""Install the .deb on this machine, run the installed app's self-test on X (xcb), remove it.

Slow (builds the bundle if dist/ has no .deb: several minutes) and needs root, dpkg and
xvfb-run: run it with ``python -m pytest -m slow tests/packaging``.
"""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

import ae_desktop

ROOT = Path(__file__).resolve().parents[2]
DEB = ROOT / "dist" / f"ae-desktop_{ae_desktop.__version__}_amd64.deb"

pytestmark = pytest.mark.slow


def _run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


@pytest.fixture(scope="module")
def deb():
    for tool in ("dpkg", "dpkg-deb", "xvfb-run"):
        if not shutil.which(tool):
            pytest.fail(f"{tool} is needed for this test (apt-get install dpkg xvfb)")
    if os.geteuid() != 0:
        pytest.fail("installing a .deb needs root")
    if not DEB.exists():
        res = _run(["bash", str(ROOT / "packaging" / "build.sh")], timeout=3600)
        assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]
    return DEB


def test_deb_installs_runs_its_selftest_on_x_and_uninstalls_cleanly(deb):
    _run(["dpkg", "-r", "ae-desktop"])
    res = _run(["dpkg", "-i", str(deb)])
    assert res.returncode == 0, res.stderr
    try:
        assert Path("/usr/bin/ae-desktop").exists()
        assert Path("/usr/share/applications/ae-desktop.desktop").exists()
        assert Path("/usr/share/icons/hicolor/256x256/apps/ae-desktop.png").exists()
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env["QT_QPA_PLATFORM"] = "xcb"
        res = _run(["xvfb-run", "-a", "/usr/bin/ae-desktop", "--selftest"], env=env,
                   timeout=600)
        assert res.returncode == 0, res.stdout + res.stderr[-3000:]
        assert "PASSED" in res.stdout and "platform xcb" in res.stdout
    finally:
        res = _run(["dpkg", "--purge", "ae-desktop"])
        assert res.returncode == 0, res.stderr
    assert not Path("/opt/ae-desktop").exists()
    assert not Path("/usr/bin/ae-desktop").exists()
    assert not Path("/usr/share/applications/ae-desktop.desktop").exists()
