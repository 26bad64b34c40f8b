"""The training dialog's device choice: remembered, sent to training, shown while it runs."""

from __future__ import annotations

import pytest

from ae_desktop.core.compute import devices
from ae_desktop.ui.training_dialog import DEVICE_SETTING


@pytest.fixture
def mnist_env(monkeypatch, full_mnist_dir):
    monkeypatch.setenv("AE_DESKTOP_DATA", str(full_mnist_dir))


def _train_tiny_on(qtbot, w, device: str, name: str):
    w.train_action.trigger()
    d = w.training_dialog
    qtbot.waitExposed(d)
    d.device.setCurrentIndex(d.device.findData(device))
    d.arch.setCurrentIndex(d.arch.findData("dense_100"))
    d.epochs.setValue(1)
    d.use_subset.setChecked(True)
    d.subset.setValue(200)
    d.name.setText(name)
    with qtbot.waitSignal(d.runner.finished, timeout=60_000):
        d.start_button.click()
    return d


def test_the_device_choice_reaches_the_run_and_is_remembered(make_window, qtbot, mnist_env,
                                                              settings):
    w = make_window()
    w.train_action.trigger()
    assert w.training_dialog.device.currentData() == "auto"
    d = _train_tiny_on(qtbot, w, "cpu", "device_run")
    assert d.config().device == "cpu"
    assert "on CPU" in d.eta.text()
    assert settings.value(DEVICE_SETTING) == "cpu"
    d.close()
    # A new dialog (next launch) starts with the remembered choice.
    w.training_dialog = None
    w.train_action.trigger()
    assert w.training_dialog.device.currentData() == "cpu"


def test_a_missing_gpu_is_said_in_the_dialog(make_window, qtbot, mnist_env, monkeypatch):
    if devices.cuda_available():
        pytest.skip("this machine has a CUDA GPU")
    d = _train_tiny_on(qtbot, make_window(), "cuda", "no_gpu_run")
    assert d.device_note.isVisible()
    assert d.device_note.text() == ("CUDA was asked for but no CUDA GPU is available; "
                                    "using the CPU.")
    assert "on CPU" in d.eta.text()
