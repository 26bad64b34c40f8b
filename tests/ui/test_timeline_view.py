"""The training timeline replayed: slider, strip, scatter, loss marker, keys and playing."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from ae_desktop.core.data.idx import load_test
from ae_desktop.core.latent.records import tile
from ae_desktop.core.train.timeline import Timeline
from ae_desktop.ui.colors import DIGIT_COLOURS
from ae_desktop.ui.qimage import qimage_to_gray
from ae_desktop.ui.timeline_view import TimelineWidget, format_epoch, scatter_extent


@pytest.fixture(scope="module")
def trained_timeline() -> Timeline:
    """A real run's timeline: a 2-D dense model, 2 epochs of 32 batches on 2,048 digits."""
    from ae_desktop.core.train.trainer import TrainConfig, run

    digits = load_test().images[:2048]
    res = run(TrainConfig("dense_z", latent_size=2, epochs=2, batch_size=64, val_limit=50,
                          final_eval=False, precision="fp32"), train_images=digits)
    assert res.timeline is not None and res.timeline.scatter is not None
    return res.timeline


def _synthetic(frames=4, two_d=False, val=None) -> Timeline:
    rng = np.random.default_rng(1)
    return Timeline(
        step=np.asarray([0.5, 1, 2, 3][:frames], np.float32),
        train_loss=np.linspace(0.3, 0.1, frames).astype(np.float32),
        val_loss=(np.asarray(val, np.float32) if val is not None
                  else np.linspace(0.28, 0.09, frames).astype(np.float32)),
        loss_name="mse",
        inputs=rng.integers(0, 256, (5, 28, 28), dtype=np.uint8),
        recon=rng.integers(0, 256, (frames, 5, 28, 28), dtype=np.uint8),
        scatter=rng.normal(size=(frames, 30, 2)).astype(np.float16) if two_d else None,
        labels=rng.integers(0, 10, 30, dtype=np.uint8) if two_d else None,
    )


@pytest.fixture
def widget(qtbot):
    w = TimelineWidget()
    qtbot.addWidget(w)
    w.resize(900, 560)
    w.show()
    return w


def test_the_slider_shows_each_frames_own_reconstructions(widget, trained_timeline):
    t = trained_timeline
    assert t.frames == 7  # 1/32, 1/16, 1/8, 1/4, 1/2 of the first epoch, then epochs 1, 2
    widget.set_timeline(t)
    assert widget.frame() == t.frames - 1  # it opens at the end of the run
    shown = []
    for i in range(t.frames):
        widget.set_frame(i)
        expected = tile(np.concatenate([t.inputs, t.recon[i]]), 2, len(t.inputs))
        assert np.array_equal(widget.shown_strip(), expected), i
        # What is painted: the view's image, back from its QImage.
        painted = np.rint(qimage_to_gray(widget.strip._qimage) * 255).astype(np.uint8)
        assert np.array_equal(painted, expected), i
        shown.append(widget.shown_strip())
    # The model learned: the first and last reconstructions are not the same picture.
    assert not np.array_equal(shown[0], shown[-1])
    assert np.abs(shown[-1][28:].astype(int) - shown[-1][:28].astype(int)).mean() < \
        np.abs(shown[0][28:].astype(int) - shown[0][:28].astype(int)).mean()


def test_the_scatter_moves_between_frames_on_axes_that_stay_put(widget, trained_timeline):
    t = trained_timeline
    widget.set_timeline(t)
    assert widget.plane_box.isVisible()
    extent = widget.plane_extent()
    widget.set_frame(0)
    first = widget.shown_points()
    assert np.array_equal(first, t.scatter[0].astype(np.float32))
    widget.set_frame(t.frames - 1)
    last = widget.shown_points()
    assert np.array_equal(last, t.scatter[-1].astype(np.float32))
    assert np.abs(last - first).mean() > 0.1  # the points moved
    assert widget.plane_extent() == pytest.approx(extent)  # the axes did not
    # Each point in its label's colour.
    brushes = widget.points.data["brush"]
    for k in (0, 1, len(t.labels) - 1):
        assert brushes[k].color().getRgb()[:3] == DIGIT_COLOURS[int(t.labels[k])]
    # The axes hold the points of the last frame (the spread-out plane).
    x0, x1, y0, y1 = extent
    inside = ((last[:, 0] >= x0) & (last[:, 0] <= x1) & (last[:, 1] >= y0) & (last[:, 1] <= y1))
    assert inside.mean() > 0.95


def test_the_position_the_curves_and_the_marker(widget, trained_timeline):
    t = trained_timeline
    widget.set_timeline(t)
    xs, ys = widget.train_curve.getData()
    assert list(xs) == pytest.approx(t.step.tolist())
    assert list(ys) == pytest.approx(t.train_loss.tolist())
    vx, vy = widget.val_curve.getData()
    assert list(vy) == pytest.approx(t.val_loss.tolist())
    assert widget.curves.getPlotItem().getAxis("left").labelText == "loss (BCE per pixel)"
    widget.set_frame(3)
    assert widget.position.text() == "epoch 0.25 of 2"
    assert widget.marker_line.value() == pytest.approx(0.25)
    mx, my = widget.marker_points.getData()
    assert list(mx) == pytest.approx([0.25, 0.25])
    assert list(my) == pytest.approx([t.train_loss[3], t.val_loss[3]])
    widget.set_frame(0)
    assert widget.position.text() == "epoch 0.031 of 2"
    assert "Moment 1 of 7" in widget.values.text()


def test_keys_step_and_jump_and_space_plays_to_the_end(widget, qtbot, monkeypatch):
    t = _synthetic()
    widget.set_timeline(t)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Home)
    assert widget.frame() == 0
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert widget.frame() == 1
    qtbot.keyClick(widget, Qt.Key.Key_End)
    assert widget.frame() == 3
    qtbot.keyClick(widget, Qt.Key.Key_Left)
    assert widget.frame() == 2
    widget._timer.setInterval(20)
    qtbot.keyClick(widget, Qt.Key.Key_Space)  # at frame 2: plays from here
    assert widget.playing
    qtbot.waitUntil(lambda: not widget.playing, timeout=3000)
    assert widget.frame() == 3  # stopped at the end
    widget.play_button.click()  # at the end, Play starts over
    assert widget.playing and widget.frame() == 0
    qtbot.waitUntil(lambda: widget.frame() >= 1, timeout=3000)
    widget.play_button.click()
    assert not widget.playing


def test_a_model_without_a_2d_code_has_no_plane(widget):
    widget.set_timeline(_synthetic())
    assert not widget.plane_box.isVisible()
    assert widget.curves.getPlotItem().getAxis("left").labelText == "loss (MSE per pixel)"
    widget.set_timeline(_synthetic(two_d=True))
    assert widget.plane_box.isVisible()


def test_an_unmeasured_validation_loss_is_said_and_not_marked(widget):
    widget.set_timeline(_synthetic(val=[0.3, np.nan, 0.2, 0.1]))
    widget.set_frame(1)
    assert "not measured" in widget.values.text()
    mx, my = widget.marker_points.getData()
    assert len(my) == 1 and my[0] == pytest.approx(0.3 - 0.2 / 3, rel=1e-5)


def test_no_timeline_empties_and_disables_the_widget(widget, trained_timeline):
    widget.set_timeline(trained_timeline)
    widget.set_timeline(None)
    assert not widget.isEnabled()
    assert widget.shown_strip() is None and widget.position.text() == ""
    widget.play()
    assert not widget.playing


def test_helpers():
    assert [format_epoch(s) for s in (0.03125, 0.0625, 0.25, 1.0, 12.0)] == \
        ["0.031", "0.062", "0.25", "1", "12"]
    # One far-flung point does not stretch the axes; a collapsed plane still gets a range.
    pts = np.zeros((2, 1000, 2), np.float16)
    pts[1] = np.random.default_rng(0).normal(size=(1000, 2))
    pts[1, 0] = (500, 500)
    x0, x1, y0, y1 = scatter_extent(pts)
    assert x1 < 10 and y1 < 10 and x0 < -1.5
    assert scatter_extent(np.zeros((1, 5, 2), np.float16)) == pytest.approx((-1.12, 1.12,
                                                                            -1.12, 1.12))
