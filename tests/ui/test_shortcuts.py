"""Every keyboard shortcut of the main window, checked by what changes on screen."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from ae_desktop.core.data.idx import load_test
from ae_desktop.ui import main_window
from ae_desktop.ui.model_info_dialog import ModelInfoDialog

from .helpers import SEVEN, stroke
from .test_main_window import assert_panel_shows, png_panels

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _press(qtbot, w, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is, with the window active (as a person types)."""
    if QApplication.activeWindow() is not w:
        w.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget() or w, key, modifiers)


def _panes_answered(w) -> bool:
    panes = w.panes.visible_model_panes()
    return bool(panes) and all(p.view.has_image() and "MSE" in p.caption.text() for p in panes)


@pytest.fixture
def win(make_window, qtbot):
    w = make_window()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    return w


def test_no_two_actions_share_a_shortcut(win):
    keys = Counter(seq.toString() for act in win.actions() for seq in act.shortcuts())
    assert keys and not [k for k, n in keys.items() if n > 1]


def test_brackets_change_the_brush(win, qtbot):
    start = win.brush.value()
    _press(qtbot, win, Qt.Key.Key_BracketRight)
    assert win.brush.value() == start + 4 and win.canvas.brush_size == start + 4
    _press(qtbot, win, Qt.Key.Key_BracketLeft)
    _press(qtbot, win, Qt.Key.Key_BracketLeft)
    assert win.brush.value() == start - 4 and win.canvas.brush_size == start - 4
    for _ in range(20):  # bounded by the slider
        _press(qtbot, win, Qt.Key.Key_BracketLeft)
    assert win.brush.value() == win.brush.minimum()
    stroke(win.canvas, [(0.2, 0.5), (0.8, 0.5)])
    thin = win.canvas.raster().sum()
    _press(qtbot, win, Qt.Key.Key_Delete)
    for _ in range(5):
        _press(qtbot, win, Qt.Key.Key_BracketRight)
    stroke(win.canvas, [(0.2, 0.5), (0.8, 0.5)])
    assert win.canvas.raster().sum() > 3 * thin  # a visibly wider line


def test_e_toggles_the_eraser(win, qtbot):
    win.brush.setValue(30)
    stroke(win.canvas, [(0.1, 0.5), (0.9, 0.5)])
    full = win.canvas.raster().sum()
    _press(qtbot, win, Qt.Key.Key_E)
    assert win.eraser_button.isChecked() and win.eraser_action.isChecked()
    stroke(win.canvas, [(0.5, 0.2), (0.5, 0.8)])  # the left button now erases
    erased = win.canvas.raster().sum()
    assert erased < full
    _press(qtbot, win, Qt.Key.Key_E)
    assert not win.eraser_button.isChecked()
    stroke(win.canvas, [(0.3, 0.2), (0.3, 0.8)])  # and draws again
    assert win.canvas.raster().sum() > erased


def test_n_draws_new_noise(win, qtbot):
    win.noise_panel.amount.setValue(40)
    stroke(win.canvas, SEVEN)

    def noisy_input_shown():
        return _panes_answered(win) and not np.array_equal(
            win.panes.model_input.view.image(), win.panes.original.view.image())

    qtbot.waitUntil(noisy_input_shown, timeout=10000)
    seed = win.noise_panel.seed.value()
    noisy = win.panes.model_input.view.image().copy()
    _press(qtbot, win, Qt.Key.Key_N)
    assert win.noise_panel.seed.value() == seed + 1
    qtbot.waitUntil(lambda: not np.array_equal(win.panes.model_input.view.image(), noisy),
                    timeout=10000)


def test_delete_clears_and_ctrl_z_ctrl_shift_z_undo_and_redo_strokes(win, qtbot):
    stroke(win.canvas, SEVEN[:3])
    one = win.canvas.raster()
    stroke(win.canvas, [(0.2, 0.8), (0.8, 0.8)])
    two = win.canvas.raster()
    qtbot.waitUntil(lambda: _panes_answered(win), timeout=10000)
    _press(qtbot, win, Qt.Key.Key_Z, CTRL)
    assert np.array_equal(win.canvas.raster(), one)
    assert win.redo_action.isEnabled() and win.redo_button.isEnabled()
    _press(qtbot, win, Qt.Key.Key_Z, CTRL | SHIFT)
    assert np.array_equal(win.canvas.raster(), two)
    _press(qtbot, win, Qt.Key.Key_Z, CTRL)
    _press(qtbot, win, Qt.Key.Key_Y, CTRL)  # the other common redo key
    assert np.array_equal(win.canvas.raster(), two)
    _press(qtbot, win, Qt.Key.Key_Delete)
    assert win.canvas.is_empty()
    qtbot.waitUntil(lambda: not win.panes.original.view.has_image(), timeout=10000)
    assert not any(p.view.has_image() for p in win.panes.visible_model_panes())
    _press(qtbot, win, Qt.Key.Key_Z, CTRL)  # clearing is undone like a stroke
    assert np.array_equal(win.canvas.raster(), two)
    _press(qtbot, win, Qt.Key.Key_L, CTRL)  # Ctrl+L clears too
    assert win.canvas.is_empty()


def test_ctrl_r_puts_a_random_test_digit_on_the_canvas(win, qtbot):
    _press(qtbot, win, Qt.Key.Key_R, CTRL)
    msg = win.statusBar().currentMessage()
    assert msg.startswith("MNIST test digit #")
    i = int(msg.split("#")[1].split()[0])
    test = load_test()
    assert msg == f"MNIST test digit #{i} (label {test.labels[i]})"
    # The canvas shows that digit: enlarged 9x (252 px) in the middle of the 280 px canvas,
    # so averaging each 9 x 9 block gives it back, up to the smoothing of the enlargement.
    # (Not the Original pane: MNIST's recipe re-centres and re-scales what it is given, which
    # moves one test digit in five by more than this.)
    digit = test.images[i] / 255.0
    blocks = win.canvas.raster()[14:266, 14:266].reshape(28, 9, 28, 9).mean(axis=(1, 3))
    assert np.mean((blocks - digit) ** 2) < 0.01
    qtbot.waitUntil(lambda: _panes_answered(win), timeout=10000)


def test_ctrl_o_opens_an_image_file(win, qtbot, tmp_path, monkeypatch):
    png = tmp_path / "seven.png"
    Image.fromarray(255 - np.kron(load_test().images[0], np.ones((4, 4), np.uint8))).save(png)
    asked = []

    def choose(parent, caption, folder, filters):
        asked.append(caption)
        return str(png), filters

    # The platform's file dialog is not ours to drive; answer it like a person would.
    monkeypatch.setattr(main_window.QFileDialog, "getOpenFileName", choose)
    with qtbot.waitSignal(win.image_load_finished, timeout=10000) as done:
        _press(qtbot, win, Qt.Key.Key_O, CTRL)
    assert asked == ["Open digit image"] and done.args == [str(png), True]
    qtbot.waitUntil(lambda: _panes_answered(win), timeout=10000)
    assert np.mean((win.panes.original.view.image() - load_test().images[0] / 255.0) ** 2) < 0.01


def test_ctrl_e_exports_the_reconstructions(win, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "strip.png"
    monkeypatch.setattr(main_window.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(out), "PNG image (*.png)"))
    _press(qtbot, win, Qt.Key.Key_E, CTRL)
    assert not out.exists() and "draw a digit first" in win.statusBar().currentMessage()
    stroke(win.canvas, SEVEN)
    qtbot.waitUntil(lambda: _panes_answered(win), timeout=10000)
    _press(qtbot, win, Qt.Key.Key_E, CTRL)
    shown = [win.panes.original.view.image(), win.panes.model_input.view.image()] + \
        [p.view.image() for p in win.panes.visible_model_panes()]
    for i, (panel, img) in enumerate(zip(png_panels(out, len(shown)), shown, strict=True)):
        assert_panel_shows(panel, img, i)
    assert f"Saved {out}" in win.statusBar().currentMessage()


def test_ctrl_i_shows_the_focused_models_info(win, qtbot):
    qtbot.mouseClick(win.panes.model_panes["vae_2d"], Qt.MouseButton.LeftButton)
    _press(qtbot, win, Qt.Key.Key_I, CTRL)
    dialogs = [d for d in win.findChildren(ModelInfoDialog) if d.isVisible()]
    assert [d.windowTitle() for d in dialogs] == ["Model: vae_2d"]
    dialogs[0].close()


def test_ctrl_t_opens_the_latent_explorer(win, qtbot):
    assert win.explorer is None
    _press(qtbot, win, Qt.Key.Key_T, CTRL)
    assert win.explorer is not None and win.explorer.isVisible()
    qtbot.waitUntil(lambda: all(c.data is not None for c in win.explorer.columns),
                    timeout=60000)
    win.explorer.close()


def test_ctrl_k_shows_the_robustness_curve(win, qtbot):
    _press(qtbot, win, Qt.Key.Key_K, CTRL)
    assert win.robustness.isVisible()
    qtbot.waitUntil(lambda: win.robustness.curve is not None, timeout=60000)
    assert sorted(win.robustness.curve.mse) == sorted(win.shown_models())
    win.robustness.close()


def test_ctrl_shift_t_opens_the_training_dialog(win, qtbot):
    _press(qtbot, win, Qt.Key.Key_T, CTRL | SHIFT)
    assert win.training_dialog is not None and win.training_dialog.isVisible()
    win.training_dialog.close()


def test_refresh_key_reloads_the_models(win, qtbot):
    refresh = QKeySequence(QKeySequence.StandardKey.Refresh)[0]
    with qtbot.waitSignal(win.engine.models_loaded, timeout=20000):
        _press(qtbot, win, refresh.key(), refresh.keyboardModifiers())
        assert win.statusBar().currentMessage() == "Reloading models…"
    assert "3 models loaded" in win.statusBar().currentMessage()


def test_ctrl_q_closes_the_window(win, qtbot):
    _press(qtbot, win, Qt.Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=5000)


def test_the_buttons_under_the_canvas_keep_short_labels(win):
    buttons = (win.undo_button, win.redo_button, win.clear_button)
    assert [b.text() for b in buttons] == ["Undo", "Redo", "Clear"]
    stroke(win.canvas, SEVEN)  # enables undo: the button's action changes
    win.undo_action.trigger()  # enables redo
    assert [b.text() for b in buttons] == ["Undo", "Redo", "Clear"]
    assert win.undo_action.text() == "&Undo stroke"  # the menu keeps the full text
