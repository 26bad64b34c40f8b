"""A ratchet towards a GUI process without torch (the engine issue).

These ``ae_desktop.ui`` modules already import no torch, directly or through core;
each is checked in a fresh interpreter, so one that starts pulling torch in again
fails here. Grow the list as views move to the engine; the goal is every ui module.
The launch path (``python -m ae_desktop``, the ``ae-desktop`` entry point, the CLI's
dispatch to the GUI, ``app.run_gui`` up to the window) is checked the same way.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

TORCH_FREE = ["canvas", "colors", "dataset_panel", "focus_panel", "latent_plane", "latent_tools",
              "model_info_dialog", "model_list", "noise_panel", "robustness_window",
              "pane_grid",
              "panes", "plots", "qimage", "training_dialog", "window_actions"]


def _entry_point_module() -> str:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    return scripts["ae-desktop"].partition(":")[0]


# Outside ui: what the GUI process imports to start, and what it imports to train.
LAUNCH_PATH = ["ae_desktop.app", "ae_desktop.__main__", "ae_desktop.cli", "ae_desktop.cli_train",
               "ae_desktop.platform_check", "ae_desktop.selftest", "ae_desktop.workers.training",
               _entry_point_module()]


def _run(code: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, cwd=ROOT, env=env)


@pytest.mark.parametrize("module", TORCH_FREE)
def test_this_ui_module_loads_no_torch(module):
    result = _run(f"import sys; import ae_desktop.ui.{module}; "
                  "sys.exit(3 if 'torch' in sys.modules else 0)")
    assert result.returncode == 0, f"ae_desktop.ui.{module} imports torch\n{result.stderr}"


@pytest.mark.parametrize("module", sorted(set(LAUNCH_PATH)))
def test_this_launch_module_loads_no_torch(module):
    result = _run(f"import sys; import {module}; "
                  "sys.exit(3 if 'torch' in sys.modules else 0)")
    assert result.returncode == 0, f"{module} imports torch\n{result.stderr}"


def test_the_gui_starts_without_torch_up_to_the_window():
    """``ae-desktop`` with no command, through the CLI and ``run_gui``, to a window shown.

    The main window itself is replaced by a stand-in (it still computes in this process
    until it moves to the engine): what is checked is everything that runs before it.
    """
    code = textwrap.dedent("""
        import os, sys, types
        from PySide6.QtWidgets import QMainWindow

        class MainWindow(QMainWindow):
            def __init__(self):
                super().__init__()
                print("torch:", "torch" in sys.modules, flush=True)
                print("OMP_WAIT_POLICY:", os.environ.get("OMP_WAIT_POLICY"), flush=True)

            def save_settings(self):
                pass

            def shutdown(self):
                pass

        stand_in = types.ModuleType("ae_desktop.ui.main_window")
        stand_in.MainWindow = MainWindow
        sys.modules["ae_desktop.ui.main_window"] = stand_in
        from ae_desktop.cli import main
        sys.exit(main([]))
    """)
    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    env.update(QT_QPA_PLATFORM="offscreen", AE_DESKTOP_EXIT_AFTER_SHOW="1")
    result = _run(code, env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "window shown" in result.stdout, result.stdout + result.stderr
    assert "torch: False" in result.stdout, result.stdout
    assert "OMP_WAIT_POLICY: PASSIVE" in result.stdout, result.stdout
