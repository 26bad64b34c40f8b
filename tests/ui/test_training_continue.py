"""Training with "Continue from" through the dialog, and the list keeping up with new models."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ae_desktop.core.store.paths import user_models_dir


def _combo_texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _train(qtbot, w, d, name: str, epochs: int) -> None:
    d.epochs.setValue(epochs)
    d.name.setText(name)
    d.saved_path = None
    qtbot.mouseClick(d.start_button, Qt.MouseButton.LeftButton)
    assert w.training_running(), d.last_message
    qtbot.waitUntil(lambda: d.saved_path is not None, timeout=90000)
    qtbot.waitUntil(lambda: name in w.infos, timeout=20000)


@pytest.fixture
def dialog(make_window, qtbot, monkeypatch, full_mnist_dir, models_folder):
    monkeypatch.setenv("AE_DESKTOP_DATA", str(full_mnist_dir))
    w = make_window(folders=[models_folder, user_models_dir()])
    w.train_action.trigger()
    d = w.training_dialog
    qtbot.waitExposed(d)
    d.arch.setCurrentIndex(d.arch.findData("dense_100"))
    d.use_subset.setChecked(True)
    d.subset.setValue(2000)
    return w, d


def test_a_model_trained_in_the_dialog_can_be_continued_from_at_once(dialog, qtbot):
    w, d = dialog
    assert _combo_texts(d.continue_from) == ["dense_100"]
    _train(qtbot, w, d, "parent", epochs=3)
    assert d.curves.getPlotItem().getAxis("left").labelText == "loss (MSE per pixel)"
    # Test MSE after each epoch (the loss's scale): the values saved with the model.
    xs, ys = d.val_curve.getData()
    assert list(xs) == [1, 2, 3]
    assert list(ys) == pytest.approx([v["mse"] for v in w.infos["parent"].history["epoch_val"]],
                                     rel=1e-12)
    # Without closing and reopening the dialog, the new model is offered.
    assert _combo_texts(d.continue_from) == ["dense_100", "parent"]
    assert d.continue_box.isEnabled()

    qtbot.mouseClick(d.continue_box, Qt.MouseButton.LeftButton)
    assert d.continue_box.isChecked() and d.continue_from.isEnabled()
    d.continue_from.setCurrentIndex(d.continue_from.findText("parent"))
    parent = w.infos["parent"]
    _train(qtbot, w, d, "child", epochs=1)

    child = w.infos["child"]
    assert child.training["init_from"] == parent.path
    assert child.epochs == parent.epochs + 1 == 4
    # It really continued: its first batches start where the parent ended, far below
    # where the parent itself started from fresh weights.
    fresh_start = parent.history["curve"][0][1]
    parent_end = parent.history["epoch_train_loss"][-1]
    child_start = child.history["curve"][0][1]
    assert fresh_start - parent_end > 0.02  # the parent learnt something measurable
    assert abs(child_start - parent_end) < 0.25 * (fresh_start - parent_end), (
        fresh_start, parent_end, child_start)
    # The dialog keeps the choice while the list is refreshed.
    assert d.continue_box.isChecked() and d.continue_from.currentText() == "parent"
    assert _combo_texts(d.continue_from) == ["dense_100", "child", "parent"]
