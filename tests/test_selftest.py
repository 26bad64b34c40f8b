"""The installation self-test passes on the source tree (the frozen build runs the same)."""

import os
import subprocess
import sys


def test_selftest_passes_and_reports_every_check():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    res = subprocess.run([sys.executable, "-m", "ae_desktop", "--selftest"], env=env,
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stdout + res.stderr[-2000:]
    out = res.stdout
    assert out.strip().endswith("PASSED")
    assert out.count("ok   ") >= 10  # 7 models, training, latent tools, main window
    assert "14 models loaded, live reconstruction shown" in out  # 7 + the dense family
