"""The GUI process loads no torch: every model computation runs in the engine process.

Each ``ae_desktop.ui`` module in ``TORCH_FREE`` is imported alone in a fresh
interpreter (so the one that starts pulling torch in again is named), every ui
module is imported together in another, and the launch path (``python -m
ae_desktop``, the ``ae-desktop`` entry point, the CLI's dispatch to the GUI,
``app.run_gui`` up to the window) is checked the same way.  Finally a whole GUI
session (window, a stroke and its reconstruction, the latent explorer, the
robustness curve) runs in a fresh interpreter that must end without torch.
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

TORCH_FREE = ["canvas", "colors", "dataset_panel", "focus_panel", "latent_explorer",
              "latent_plane", "latent_tools", "main_window", "model_info_dialog", "model_list",
              "noise_panel", "robustness_window", "pane_grid", "panes", "plots", "qimage",
              "training_dialog", "window_actions"]


def _entry_point_module() -> str:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    return scripts["ae-desktop"].partition(":")[0]


# Outside ui: what the GUI process imports to start, and what it imports to train.
LAUNCH_PATH = ["ae_desktop.app", "ae_desktop.__main__", "ae_desktop.cli", "ae_desktop.cli_train",
               "ae_desktop.platform_check", "ae_desktop.selftest", "ae_desktop.workers.training",
               _entry_point_module()]


def _run(code: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, env=env)


@pytest.mark.parametrize("module", TORCH_FREE)
def test_this_ui_module_loads_no_torch(module):
    result = _run(f"import sys; import ae_desktop.ui.{module}; "
                  "sys.exit(3 if 'torch' in sys.modules else 0)")
    assert result.returncode == 0, f"ae_desktop.ui.{module} imports torch\n{result.stderr}"


def test_every_ui_module_imported_together_loads_no_torch():
    code = textwrap.dedent("""
        import importlib, pkgutil, sys
        import ae_desktop.ui as ui

        # Subpackages too (walk_packages imports each package to look inside).
        names = sorted(m.name for m in pkgutil.walk_packages(ui.__path__, "ae_desktop.ui."))
        for name in names:
            importlib.import_module(name)
        print(" ".join(names))
        sys.exit(3 if "torch" in sys.modules else 0)
    """)
    result = _run(code)
    assert result.returncode == 0, f"importing every ui module loads torch\n{result.stderr}"
    imported = result.stdout.split()
    ui = ROOT / "ae_desktop" / "ui"
    on_disk = sorted(".".join(("ae_desktop", "ui", *p.relative_to(ui).with_suffix("").parts))
                     .removesuffix(".__init__")
                     for p in ui.rglob("*.py") if p != ui / "__init__.py")
    assert imported == on_disk  # really every module


@pytest.mark.parametrize("module", sorted(set(LAUNCH_PATH)))
def test_this_launch_module_loads_no_torch(module):
    result = _run(f"import sys; import {module}; "
                  "sys.exit(3 if 'torch' in sys.modules else 0)")
    assert result.returncode == 0, f"{module} imports torch\n{result.stderr}"


def test_the_gui_starts_without_torch_up_to_the_window():
    """``ae-desktop`` with no command, through the CLI and ``run_gui``, to a window shown.

    The main window is replaced by a stand-in that reports at once: what is checked is
    everything that runs before it (the window itself is checked by
    ``test_a_whole_gui_session_loads_no_torch``).
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


# Reports who imported torch first (a finder that only watches), and exits with 3 if
# torch is loaded once the session is over.
_TORCH_WATCH = """
import sys, traceback

class _TorchWatch:
    first = None

    def find_spec(self, name, path=None, target=None):
        if name == "torch" and _TorchWatch.first is None:
            _TorchWatch.first = "".join(traceback.format_stack(limit=25)[:-1])
        return None

sys.meta_path.insert(0, _TorchWatch())

def _torch_check():
    if "torch" in sys.modules:
        print("torch was imported here:\\n" + (_TorchWatch.first or "?"), flush=True)
        return 3
    return 0
"""

_GUI_SESSION = """
import os, sys, time
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication([])
from ae_desktop.ui.main_window import MainWindow


def wait_until(condition, what, timeout=120):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            print("timed out waiting for", what, flush=True)
            os._exit(2)
        QTest.qWait(20)
    print("done:", what, flush=True)


folder, settings_file = sys.argv[1], sys.argv[2]
settings = QSettings(settings_file, QSettings.Format.IniFormat)
w = MainWindow(settings=settings, model_folders=[Path(folder)])
w.show()
wait_until(lambda: len(w.infos) == 3, "models")
c = w.canvas
points = [QPoint(int(x * c.width()), int(y * c.height()))
          for x, y in [(0.3, 0.25), (0.7, 0.25), (0.55, 0.6), (0.5, 0.78)]]
QTest.mousePress(c, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
for p in points[1:]:
    QTest.mouseMove(c, p)
QTest.mouseRelease(c, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1])
wait_until(lambda: w.last_result is not None and not w.last_result.empty
           and len(w.last_result.answers) == 3, "reconstruction")
w.show_explorer()
e = w.explorer
wait_until(lambda: all(col.data is not None for col in e.columns), "explorer planes")
w.show_robustness()
wait_until(lambda: w.robustness.curve is not None, "robustness curve")
w.focus_model("vae_2d")
w.activations_action.trigger()
QTest.mousePress(c, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
for p in points[1:]:
    QTest.mouseMove(c, p)
QTest.mouseRelease(c, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1])
v = w.activations_view
wait_until(lambda: v.activations is not None and v.activations.model == "vae_2d"
           and len(v.panels) == len(v.activations.layers), "activations")
w.close()
sys.exit(_torch_check())
"""


def test_the_torch_check_sees_torch_and_who_imported_it():
    result = _run(_TORCH_WATCH + "\nimport numpy\nimport torch\nsys.exit(_torch_check())\n")
    assert result.returncode == 3, result.stdout + result.stderr
    assert "torch was imported here" in result.stdout and "<string>" in result.stdout


def test_a_whole_gui_session_loads_no_torch(models_folder, tmp_path):
    """Window, a stroke reconstructed, the explorer's planes, the robustness curve and the
    layer activations of a stroke, all in a fresh interpreter: the models run in the engine
    process; this one never imports torch."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _TORCH_WATCH + _GUI_SESSION, str(models_folder),
         str(tmp_path / "settings.ini")],
        capture_output=True, text=True, timeout=300, cwd=ROOT, env=env)
    out = result.stdout + result.stderr
    for step in ("models", "reconstruction", "explorer planes", "robustness curve",
                 "activations"):
        assert f"done: {step}" in result.stdout, out
    assert result.returncode == 0, out
