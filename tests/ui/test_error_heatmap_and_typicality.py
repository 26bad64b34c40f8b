"""Error heat maps and "how MNIST-like is my digit?", checked against values computed here."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ae_desktop.core.data.idx import load_test
from tests.ui.helpers import SEVEN, stroke


def _press_h(qtbot, w) -> None:
    """H where the keyboard focus is, with the window active (as a person types)."""
    if QApplication.activeWindow() is not w:
        w.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_H)


def _drawn(w, qtbot):
    """Draw a 7 and wait for the answer to the stroke's last request (not a mid-stroke one)."""
    stroke(w.canvas, SEVEN)
    qtbot.waitUntil(lambda: w.last_result is not None and not w.last_result.empty
                    and not w.engine.live_busy
                    and w.last_result.request_id == w.engine._next_request_id  # noqa: SLF001
                    and len(w.last_result.answers) == len(w.infos), timeout=20_000)
    return w.last_result


def test_h_shows_each_models_error_as_a_heat_map(make_window, qtbot):
    w = make_window()
    result = _drawn(w, qtbot)
    _press_h(qtbot, w)
    assert w.show_errors.isChecked() and w.errors_action.isChecked()
    for name, ans in result.answers.items():
        view = w.panes.model_panes[name].view
        want = np.abs(ans.output.astype(np.float64) - result.digit)
        np.testing.assert_allclose(view.image(), want, atol=1e-6)
        img = view._qimage  # noqa: SLF001 - the colours the user sees
        worst = np.unravel_index(np.argmax(want), want.shape)
        best = np.unravel_index(np.argmin(want), want.shape)
        hot = img.pixelColor(int(worst[1]), int(worst[0]))
        cold = img.pixelColor(int(best[1]), int(best[0]))
        assert hot.lightness() > cold.lightness() + 40  # bright where it failed
        assert cold.red() < 30 and cold.green() < 30  # black where it got it right
    _press_h(qtbot, w)  # and back to the reconstructions
    for name, ans in result.answers.items():
        np.testing.assert_allclose(w.panes.model_panes[name].view.image(), ans.output,
                                   atol=1e-6)


def test_the_heat_map_choice_is_remembered(make_window, qtbot, settings):
    w = make_window()
    w.show_errors.setChecked(True)
    w.close()
    assert make_window(s=settings).show_errors.isChecked()


@pytest.mark.parametrize("name", ["dense_100"])
def test_each_pane_places_the_digit_among_the_test_digits_errors(make_window, qtbot,
                                                                models_folder, name):
    from ae_desktop.core.compute.reconstruct import reconstruct_batch
    from ae_desktop.core.live.models import load_for_live_use

    w = make_window()
    result = _drawn(w, qtbot)
    pane = w.panes.model_panes[name]
    qtbot.waitUntil(lambda: "test digits" in pane.caption.text(), timeout=120_000)
    result = w.last_result
    shown = int(re.search(r"worse than (\d+) % of test digits", pane.caption.text()).group(1))

    # Independently: this model's MSE on every test digit, and where the drawn digit falls.
    lm = load_for_live_use([models_folder]).models[name]
    images = load_test().float_images()[:, 0]
    out = reconstruct_batch(lm, images)
    errors = ((out.astype(np.float64) - images) ** 2).mean(axis=(1, 2))
    mse = result.answers[name].mse
    want = 100 * np.mean(errors < mse)
    assert abs(shown - want) <= 1, (shown, want)  # floor and float rounding


def test_a_scribble_is_less_mnist_like_than_a_test_digit(make_window, qtbot):
    w = make_window()
    w.canvas.set_raster(load_test().images[3].astype(np.float32) / 255.0)
    qtbot.waitUntil(lambda: w.last_result is not None and not w.last_result.empty
                    and all("test digits" in w.panes.model_panes[n].caption.text()
                            for n in w.infos), timeout=120_000)

    def shares():
        return {n: int(re.search(r"worse than (\d+) %",
                                 w.panes.model_panes[n].caption.text()).group(1))
                for n in w.infos}

    digit = shares()
    yy, xx = np.mgrid[:280, :280]  # a checkerboard of 40 px squares: no digit looks like it
    w.canvas.set_raster((((yy // 40) + (xx // 40)) % 2).astype(np.float32))
    before = w.last_result.request_id
    qtbot.waitUntil(lambda: w.last_result.request_id > before, timeout=20_000)
    scribble = shares()
    assert all(scribble[n] > digit[n] for n in w.infos), (digit, scribble)
    assert max(scribble.values()) >= 95


def test_view_menu_check_items_switch_their_check_boxes(make_window):
    # Regression: checkable menu actions connected to QCheckBox.setChecked through
    # triggered(), which passed no argument: View → Show raw downscale did nothing.
    w = make_window()
    for action, box in ((w.raw_action, w.show_raw), (w.errors_action, w.show_errors)):
        action.trigger()
        assert box.isChecked() and action.isChecked()
        action.trigger()
        assert not box.isChecked() and not action.isChecked()


def test_long_model_titles_wrap_so_every_pane_fits_the_view(make_window, qtbot):
    # Regression: unwrapped titles made panes wider than their column, and the last
    # column was cut off (the grid never scrolls sideways).
    w = make_window()
    w.resize(900, 700)
    qtbot.waitUntil(lambda: w.panes.width() < 600, timeout=5000)
    for pane in w.panes.visible_model_panes():
        pane.title.setText("A rather long model title — Generative Deep Learning")
        pane.caption.setText("MSE 0.0611 · BCE 0.233\nworse than 100 % of test digits")
    qtbot.wait(50)
    scroll = w.panes.parentWidget()
    right = max(p.geometry().right() for p in w.panes.visible_model_panes())
    assert right <= scroll.width() + 2
