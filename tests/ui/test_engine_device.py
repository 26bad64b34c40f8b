"""Models → Compute device: where the engine computes, shown, remembered, with a fallback."""

from __future__ import annotations

import pytest

from tests.ui.helpers import SEVEN, stroke


def _cuda_available() -> bool:
    import torch

    return torch.cuda.is_available()


def test_the_device_in_use_is_shown_and_a_missing_one_falls_back_to_the_cpu(
        make_window, qtbot, settings):
    if _cuda_available():
        pytest.skip("this machine has CUDA: no fallback to see")
    w = make_window()
    assert w.device_actions["auto"].isChecked()
    assert w.engine.device == "CPU"
    stroke(w.canvas, SEVEN)
    qtbot.waitUntil(lambda: w.timing_label.text().endswith("· CPU"), timeout=20_000)

    loaded = []
    w.engine.models_loaded.connect(lambda *a: loaded.append(a))
    w.device_actions["cuda"].trigger()  # as the user picks it in the menu
    qtbot.waitUntil(lambda: bool(loaded), timeout=60_000)
    msg = w.statusBar().currentMessage()
    assert "CUDA was asked for but no CUDA GPU is available; using the CPU" in msg, msg
    assert w.engine.device == "CPU" and w.device_actions["cuda"].isChecked()
    before = w.last_result.request_id
    stroke(w.canvas, [(0.2, 0.8), (0.8, 0.8)])  # still reconstructing, on the CPU
    qtbot.waitUntil(lambda: w.last_result.request_id > before
                    and len(w.last_result.answers) == len(w.infos), timeout=20_000)
    w.close()

    again = make_window(s=settings)  # the choice is remembered
    assert again.device_actions["cuda"].isChecked() and again.engine_device == "cuda"


def test_an_unknown_device_in_the_settings_file_means_automatic(make_window, settings):
    settings.setValue("engine/device", "tpu")
    w = make_window(s=settings)
    assert w.engine_device == "auto" and w.device_actions["auto"].isChecked()
