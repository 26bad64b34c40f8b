"""The Layer activations dock: opened from the View menu, live while drawing, hover to enlarge.

The window tests draw with real mouse events and wait for the real engine's answers; the
expected panels are computed here with the same core code on the same models
(``local_engine``), from the model input of the live result the window received.
"""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ae_desktop.core.models.activations import layer_outputs
from ae_desktop.engine.activation_jobs import ActivationLayer, Activations, quantise
from ae_desktop.ui import activations_view as av
from ae_desktop.ui.help import help_topic_of

from .helpers import SEVEN, stroke

WAIT_MS = 180_000  # the engine's background lane may first finish a test-set error job
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _layer(values: np.ndarray, part: str = "encoder", kind: str = "Conv2d",
           value_range=None) -> ActivationLayer:
    q, lo, hi = quantise(values)
    return ActivationLayer(part, kind, (), False, "", 0, None, None, value_range, q, lo, hi)


# ------------------------------------------------------------------ pictures, no window
@pytest.mark.parametrize(("channels", "grid"), [
    (1, (1, 1)), (8, (2, 4)), (10, (2, 5)), (16, (4, 4)), (32, (4, 8)), (64, (8, 8)),
    (7, (2, 4)), (13, (3, 5))])
def test_tiles_are_near_square(channels, grid):
    rows, cols = av.tile_grid(channels)
    assert (rows, cols) == grid and rows * cols >= channels


@pytest.mark.parametrize(("n", "shape"), [
    (2, None), (16, None), (32, None), (64, (8, 8)), (100, (10, 10)), (128, (8, 16)),
    (256, (16, 16)), (784, (28, 28)), (3136, (56, 56)), (97, None), (34, None)])
def test_dense_layers_are_square_pictures_or_bars(n, shape):
    assert av.dense_grid(n) == shape


def test_colours_are_black_at_zero_white_when_positive_blue_when_negative():
    rgb = av.colourise(np.array([0.0, 1.0, -1.0, 0.5, 3.0]), (-1.0, 1.0))
    assert rgb[0].tolist() == [0, 0, 0]
    assert rgb[1].tolist() == [255, 255, 255] and rgb[4].tolist() == [255, 255, 255]
    assert rgb[2][2] > 200 and rgb[2][0] < rgb[2][2]  # blue
    assert np.abs(rgb[3].astype(int) - 128).max() <= 1 and (rgb[3] == rgb[3][0]).all()
    grey = av.colourise(np.array([0.0, 0.25, 1.0]), (0.0, 1.0))  # the digits' scale
    assert grey[:, 0].tolist() == [0, 64, 255] and (grey == grey[:, :1]).all()


def test_hovering_a_tile_names_its_channel(qtbot):
    """Each tile of a 12-channel map is found under the mouse, and the magnifier shows it."""
    rng = np.random.default_rng(0)
    values = rng.standard_normal((12, 5, 7)).astype(np.float32)
    layer = _layer(values)
    panel = av.LayerPanel(0)
    qtbot.addWidget(panel)
    panel.set_layer(layer)
    panel.picture.set_display_height(200)
    panel.show()
    qtbot.waitExposed(panel)
    pic = panel.picture
    rows, cols = av.tile_grid(12)
    t = pic._target()
    img_w, img_h = pic._image.width(), pic._image.height()
    magnifier = av.Magnifier()
    qtbot.addWidget(magnifier)
    seen = []
    pic.hovered.connect(lambda unit: (seen.append(unit), magnifier.show_unit(layer, 0, unit)))
    for k in range(12):
        r, c = divmod(k, cols)
        x = t.left() + (c * 8 + 3.5) / img_w * t.width()  # the middle of tile k
        y = t.top() + (r * 6 + 2.5) / img_h * t.height()
        QTest.mouseMove(pic, QPoint(round(x), round(y)))
        qtbot.waitUntil(lambda k=k: seen and seen[-1] == k, timeout=2000)
        np.testing.assert_array_equal(magnifier.picture._values, layer.values()[k])
        assert f"channel {k + 1} of 12" in magnifier.caption.text()
    assert pic.unit_at(t.topLeft() - QPointF(3, 3)) == -1  # outside the picture


def test_a_small_code_is_bars_and_its_unit_is_found():
    layer = _layer(np.array([0.5, -1.0, 2.0], np.float32), kind="Linear")
    pic = av.LayerPicture()
    pic.set_layer(layer)
    pic.resize(90, 60)
    assert pic._bars is not None and pic._image is None
    t = pic._target()
    for i in range(3):
        assert pic.unit_at(t.topLeft() + (t.bottomRight() - t.topLeft()) * ((i + 0.5) / 3)) == i
    grab = pic.grab().toImage()  # paints without error: the negative bar hangs below zero
    assert not grab.isNull()


# -------------------------------------------------------------------------- the window
def _press(qtbot, w, key, modifiers) -> None:
    if QApplication.activeWindow() is not w:
        w.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget() or w, key, modifiers)


def _open(w, qtbot):
    w.activations_action.trigger()
    qtbot.waitUntil(lambda: w.activations_view.isVisible(), timeout=5000)
    return w.activations_view


def _answered(w, view, model=None) -> bool:
    """The view shows the focused model's layers for the window's newest digit."""
    a = view.activations
    r = w.last_result
    return (a is not None and r is not None and a.model == (model or w.focused)
            and a.tag == r.request_id and view.scroll.isVisible())


def _answered_after(w, view, rid: int) -> bool:
    """The view shows the answer for live request ``rid`` or a newer one (the window's
    newest): what a stroke made after ``rid`` was taken has been answered."""
    return w.last_result is not None and w.last_result.request_id > rid and _answered(w, view)


def _expected(local_engine, w, model: str):
    lm = local_engine.models[model]
    return layer_outputs(lm.model, lm.spec, w.last_result.model_input, device_of=lm)


def test_the_view_menu_and_its_shortcut_open_and_close_the_dock(make_window, qtbot):
    w = make_window()
    menus = [a.menu() for a in w.menuBar().actions() if a.menu() is not None]
    view_menu = next(m for m in menus if w.latent_action in m.actions())
    assert w.activations_action in view_menu.actions()
    assert w.activations_action.shortcut().toString() == "Ctrl+Shift+A"
    assert not w.activations_dock.isVisible()  # hidden until asked for
    assert help_topic_of(w.activations_view.magnifier.picture) == "activations"  # F1
    _press(qtbot, w, Qt.Key.Key_A, CTRL_SHIFT)
    qtbot.waitUntil(lambda: w.activations_dock.isVisible(), timeout=5000)
    assert w.activations_action.isChecked()
    _press(qtbot, w, Qt.Key.Key_A, CTRL_SHIFT)
    qtbot.waitUntil(lambda: not w.activations_dock.isVisible(), timeout=5000)


def test_a_drawn_digit_shows_every_layer_of_the_focused_model(make_window, qtbot,
                                                               local_engine):
    w = make_window()
    w.focus_model("conv_selu")
    view = _open(w, qtbot)
    assert "Draw a digit" in view.placeholder.text() and view.placeholder.isVisible()
    stroke(w.canvas, SEVEN)
    qtbot.waitUntil(lambda: _answered(w, view), timeout=WAIT_MS)
    want = _expected(local_engine, w, "conv_selu")
    got = view.activations.layers
    assert [a.shape for a in got] == [x.shape for x in want]
    assert [p.shape.text() for p in view.panels] == [
        " × ".join(map(str, x.shape)) for x in want]
    assert view.panels[0].shape.text() == "1 × 28 × 28"
    assert [p.title.text() for p in view.panels][:3] == ["Input", "Conv2d + SELU", "MaxPool2d"]
    for a, x in zip(got, want, strict=True):  # the engine's numbers, as this process gets them
        np.testing.assert_allclose(a.values(), x.values,
                                   atol=2e-3 + float((a.hi - a.lo).max()) / 255)
    # It starts from exactly the model input the panes used, and ends in the pane's picture.
    np.testing.assert_allclose(got[0].values()[0], w.last_result.model_input, atol=0.5 / 255)
    np.testing.assert_allclose(got[-1].values()[0], w.last_result.answers["conv_selu"].output,
                               atol=2e-3 + 0.5 / 255)
    code = [p for p in view.panels if p.layer.is_code]
    assert len(code) == 1 and "code" in code[0].tag.text()
    assert code[0].shape.text() == "64 × 3 × 3"
    for p in view.panels:  # every panel draws something: tiles, a picture or bars
        assert p.picture._image is not None or p.picture._bars is not None
        assert p.toolTip()
    # The magnifier starts on the code; following the focus gives the VAE's layers.
    assert view.magnifier.selection == (view.panels.index(code[0]), 0)
    w.focus_model("vae_2d")
    qtbot.waitUntil(lambda: _answered(w, view, "vae_2d"), timeout=WAIT_MS)
    titles = [p.title.text() for p in view.panels]
    assert "Linear → μ" in titles and "Linear → log σ²" in titles
    assert [a.shape for a in view.activations.layers] == [
        x.shape for x in _expected(local_engine, w, "vae_2d")]


def test_hovering_a_feature_map_shows_that_channel_large(make_window, qtbot):
    w = make_window()
    w.focus_model("conv_selu")
    view = _open(w, qtbot)
    stroke(w.canvas, SEVEN)
    qtbot.waitUntil(lambda: _answered(w, view), timeout=WAIT_MS)
    i = next(i for i, p in enumerate(view.panels) if p.layer.shape == (32, 14, 14))
    view.scroll.ensureWidgetVisible(view.panels[i])
    pic = view.panels[i].picture
    t = pic._target()
    rows, cols = pic._grid
    k = cols + 2  # second row, third tile
    x = t.left() + (2 * 15 + 7) / pic._image.width() * t.width()
    y = t.top() + (1 * 15 + 7) / pic._image.height() * t.height()
    QTest.mouseMove(pic, QPoint(round(x), round(y)))
    qtbot.waitUntil(lambda: view.magnifier.selection == (i, k), timeout=5000)
    layer = view.activations.layers[i]
    np.testing.assert_array_equal(view.magnifier.picture._values, layer.values()[k])
    assert f"channel {k + 1} of 32" in view.magnifier.caption.text()
    # The channel stays in the magnifier and follows the drawing.
    before = view.activations
    stroke(w.canvas, [(0.3, 0.8), (0.7, 0.8)])
    qtbot.waitUntil(lambda: view.activations is not before and _answered(w, view),
                    timeout=WAIT_MS)
    assert view.magnifier.selection == (i, k)
    np.testing.assert_array_equal(view.magnifier.picture._values,
                                  view.activations.layers[i].values()[k])


def test_it_updates_during_the_stroke(make_window, qtbot):
    """Live while drawing: answers arrive while the button is still held."""
    w = make_window()
    w.focus_model("dense_100")
    view = _open(w, qtbot)
    c = w.canvas
    pts = [QPoint(int(x * c.width()), int(y * c.height())) for x, y in SEVEN]
    QTest.mousePress(c, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pts[0])
    tags = []
    for p in pts[1:]:
        QTest.mouseMove(c, p)
        rid = w.engine._next_request_id  # the live request this move made
        qtbot.waitUntil(lambda rid=rid: w.last_result is not None
                        and w.last_result.request_id >= rid and _answered(w, view),
                        timeout=WAIT_MS)
        tags.append(view.activations.tag)
    QTest.mouseRelease(c, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pts[-1])
    assert len(set(tags)) == len(pts) - 1 and tags == sorted(tags)
    # Each answer drew a longer stroke: the input panel gains ink.
    assert view.activations.layers[0].values().sum() > 0


def test_hidden_it_asks_the_engine_for_nothing(make_window, qtbot):
    w = make_window()
    view = w.activations_view
    stroke(w.canvas, SEVEN)
    qtbot.waitUntil(lambda: w.last_result is not None and not w.last_result.empty,
                    timeout=60_000)
    QTest.qWait(300)
    assert view.jobs_sent == 0 and view.activations is None
    _open(w, qtbot)
    qtbot.waitUntil(lambda: _answered(w, view), timeout=WAIT_MS)  # the digit already drawn
    assert view.jobs_sent == 1
    w.activations_dock.hide()
    sent = view.jobs_sent
    stroke(w.canvas, [(0.2, 0.5), (0.8, 0.5)])
    qtbot.waitUntil(lambda: w.last_result.request_id > view.activations.tag, timeout=60_000)
    QTest.qWait(300)
    assert view.jobs_sent == sent


def test_an_empty_canvas_asks_for_a_digit(make_window, qtbot):
    w = make_window()
    view = _open(w, qtbot)
    stroke(w.canvas, SEVEN)
    qtbot.waitUntil(lambda: _answered(w, view), timeout=WAIT_MS)
    w.canvas.clear()
    qtbot.waitUntil(lambda: view.placeholder.isVisible(), timeout=60_000)
    assert "Draw a digit" in view.placeholder.text() and not view.scroll.isVisible()


def test_its_visibility_and_place_are_remembered(make_window, qtbot, settings):
    w = make_window()
    _open(w, qtbot)
    w.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, w.activations_dock)
    w.close()
    w2 = make_window(s=settings)
    qtbot.waitUntil(lambda: w2.activations_dock.isVisible(), timeout=5000)
    assert w2.dockWidgetArea(w2.activations_dock) == Qt.DockWidgetArea.TopDockWidgetArea
    assert w2.activations_action.isChecked()
    w2.activations_action.trigger()  # closed again: the next window starts without it
    w2.close()
    w3 = make_window(s=settings)
    QTest.qWait(300)
    assert not w3.activations_dock.isVisible() and not w3.activations_action.isChecked()


def test_quitting_with_a_job_in_flight_is_fast(make_window, qtbot):
    w = make_window()
    view = _open(w, qtbot)
    stroke(w.canvas, SEVEN)
    qtbot.waitUntil(lambda: view.jobs.in_flight is not None, timeout=60_000)
    t0 = time.perf_counter()
    w.close()
    assert time.perf_counter() - t0 < 2.0


def test_a_late_answer_is_announced_and_then_shown(make_window, qtbot):
    """A long job ahead of the view's in the engine's background lane: the status line says
    the view is behind, and the answer for the newest digit comes after it."""
    from ae_desktop.engine.protocol import Sleep

    w = make_window()
    view = _open(w, qtbot)
    stroke(w.canvas, SEVEN)
    qtbot.waitUntil(lambda: _answered(w, view), timeout=WAIT_MS)
    w.engine.submit_job(Sleep(3.0), key="test/busy")
    QTest.qWait(200)  # the sleep has started in the lane
    rid = w.engine._next_request_id
    stroke(w.canvas, [(0.2, 0.5), (0.8, 0.5)])
    qtbot.waitUntil(lambda: "updating" in view.status.text(), timeout=10_000)
    assert not _answered_after(w, view, rid)
    qtbot.waitUntil(lambda: _answered_after(w, view, rid), timeout=WAIT_MS)
    assert view.status.text() == ""


def test_a_failed_job_is_said_and_not_asked_again(make_window, qtbot):
    from ae_desktop.core import reasons as R
    from ae_desktop.core.reasons import Reason

    w = make_window()
    view = _open(w, qtbot)
    stroke(w.canvas, SEVEN)
    qtbot.waitUntil(lambda: _answered(w, view), timeout=WAIT_MS)
    # As if the job for the current digit had been sent again and failed in the engine.
    view.jobs.sent(999, (w.focused, view._tag))
    view.jobs.done_key = None
    sent = view.jobs_sent
    view.on_job_failed(999, Reason(R.ENGINE_NO_MODEL, name="'gone'"))
    assert view.status.text() == "The last update failed: no model named 'gone' is loaded"
    assert view.scroll.isVisible()  # the last answer stays in view
    view.schedule()
    assert view.jobs_sent == sent  # the same digit is not asked again
    rid = w.engine._next_request_id
    stroke(w.canvas, [(0.2, 0.5), (0.8, 0.5)])  # a new digit: asked, and the note goes
    qtbot.waitUntil(lambda: _answered_after(w, view, rid), timeout=WAIT_MS)
    assert view.jobs_sent > sent and view.status.text() == ""


def test_it_follows_an_engine_restart(make_window, qtbot):
    w = make_window()
    view = _open(w, qtbot)
    stroke(w.canvas, SEVEN)
    qtbot.waitUntil(lambda: _answered(w, view), timeout=WAIT_MS)
    restarted = []
    w.engine.engine_restarted.connect(lambda: restarted.append(1))
    w.engine.kill_engine_for_test()
    qtbot.waitUntil(lambda: bool(restarted) and bool(w.infos), timeout=60_000)
    rid = w.engine._next_request_id
    stroke(w.canvas, [(0.2, 0.5), (0.8, 0.5)])
    qtbot.waitUntil(lambda: _answered_after(w, view, rid), timeout=WAIT_MS)
    assert not view._error


def test_a_result_for_another_model_is_not_shown(make_window, qtbot):
    """An answer that arrives after the focus moved on is dropped, and the new model asked."""
    w = make_window()
    w.focus_model("dense_100")
    view = _open(w, qtbot)
    stroke(w.canvas, SEVEN)
    qtbot.waitUntil(lambda: view.jobs.in_flight is not None, timeout=60_000)
    w.focus_model("conv_selu")
    qtbot.waitUntil(lambda: _answered(w, view, "conv_selu"), timeout=WAIT_MS)
    assert isinstance(view.activations, Activations)
    assert view.activations.architecture == "conv_selu"
