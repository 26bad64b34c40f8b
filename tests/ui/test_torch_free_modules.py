"""A ratchet towards a GUI process without torch (the engine issue).

These ``ae_desktop.ui`` modules already import no torch, directly or through core;
each is checked in a fresh interpreter, so one that starts pulling torch in again
fails here. Grow the list as views move to the engine; the goal is every ui module.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

TORCH_FREE = ["canvas", "colors", "dataset_panel", "focus_panel", "latent_plane", "latent_tools",
              "model_list", "noise_panel", "robustness_window",
              "pane_grid",
              "panes", "plots", "qimage", "window_actions"]


@pytest.mark.parametrize("module", TORCH_FREE)
def test_this_ui_module_loads_no_torch(module):
    code = (f"import sys; import ae_desktop.ui.{module}; "
            "sys.exit(3 if 'torch' in sys.modules else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, f"ae_desktop.ui.{module} imports torch\n{result.stderr}"
