import re

import numpy as np
import pytest
import torch
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtTest import QTest

from ae_desktop.core.data.idx import load_test
from ae_desktop.core.latent.clustering import kmeans
from ae_desktop.core.latent.space import encode_images
from ae_desktop.core.store.checkpoints import load_checkpoint
from ae_desktop.engine.protocol import DecodedPoint, DecodePoint, Sleep
from ae_desktop.ui.qimage import qimage_to_rgba

from .helpers import SEVEN, stroke


def _explorer(make_window, qtbot):
    w = make_window()
    w.latent_action.trigger()
    e = w.explorer
    qtbot.waitUntil(lambda: all(c.data is not None and c.grid_image is not None
                                for c in e.columns), timeout=60000)
    return w, e


def test_planes_show_scatter_and_grid_with_2d_model_first(make_window, qtbot):
    w, e = _explorer(make_window, qtbot)
    left, right = e.columns
    assert left.data.name == "vae_2d" and left.data.explained_variance is None
    assert len(left.view.scatter.data) == 10_000
    assert left.grid_image.shape == (20 * 28, 20 * 28)
    # The right plane is a PCA projection; the shares of variance it states are those of
    # the points it shows: the first axis's spread over the second's.
    ev = right.data.explained_variance
    assert f"projected with PCA: the plane explains {ev[0]:.0%} + {ev[1]:.0%}" in right.note.text()
    pts = right.data.points.astype(np.float64)
    assert pts[:, 0].var() / pts[:, 1].var() == pytest.approx(ev[0] / ev[1], rel=1e-4)
    assert abs(np.corrcoef(pts.T)[0, 1]) < 1e-3  # principal axes: uncorrelated
    # The grid is drawn over the data's 1st-99th percentile range, aligned with the axes.
    x0, x1, y0, y1 = left.data.extent
    rect = left.view.grid_item.mapRectToView(left.view.grid_item.boundingRect())
    assert np.allclose([rect.left(), rect.right(), rect.top(), rect.bottom()],
                       [x0, x1, y0, y1], atol=1e-3)


def test_clicking_the_plane_decodes_that_point_and_dragging_updates_it(make_window, qtbot,
                                                                      local_engine):
    w, e = _explorer(make_window, qtbot)
    col = e.columns[0]
    vb = col.view.getViewBox()
    target = vb.mapViewToScene(vb.viewRect().center() * 0.5 + vb.viewRect().topLeft() * 0.5)
    pos = col.view.mapFromScene(target)
    QTest.mouseClick(col.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPoint(int(pos.x()), int(pos.y())))
    qtbot.waitUntil(col.decoded.has_image, timeout=10000)
    clicked = col.view.cursor.pos()
    assert abs(clicked.x() - vb.mapSceneToView(target).x()) < 0.05 * (col.data.extent[1] - col.data.extent[0])
    first = col.decoded.image().copy()
    x0, x1, y0, y1 = col.data.extent
    for t in np.linspace(0, 1, 15):  # a drag: many positions, latest wins
        col.view.move_cursor(x0 + t * (x1 - x0), y0 + t * (y1 - y0))
    qtbot.waitUntil(lambda: not np.array_equal(col.decoded.image(), first), timeout=10000)
    # The digit at the drag's end, decoded here as the engine decodes it.
    expected = local_engine.cache.decode_at(local_engine.models["vae_2d"], (x1, y1))
    qtbot.waitUntil(lambda: np.allclose(col.decoded.image(), expected, atol=2e-3), timeout=10000)
    assert not np.allclose(first, expected, atol=2e-3)  # the click's digit was another one


def test_drawing_on_the_canvas_moves_the_marker(make_window, qtbot):
    w, e = _explorer(make_window, qtbot)
    col = e.columns[0]
    assert col.view.marker_position() is None
    stroke(w.canvas, SEVEN)
    qtbot.waitUntil(lambda: col.view.marker_position() is not None, timeout=10000)
    first = col.view.marker_position()
    qtbot.waitUntil(col.neighbours.has_image, timeout=10000)
    stroke(w.canvas, [(0.2, 0.85), (0.8, 0.85), (0.8, 0.15)])
    qtbot.waitUntil(lambda: col.view.marker_position() != first, timeout=10000)


def test_switching_model_refreshes_scatter_and_grid(make_window, qtbot):
    w, e = _explorer(make_window, qtbot)
    col = e.columns[0]
    old_grid = col.grid_image
    col.model.setCurrentText("dense_100")
    qtbot.waitUntil(lambda: col.data is not None and col.data.name == "dense_100"
                    and col.grid_image is not old_grid and col.grid_image is not None,
                    timeout=30000)
    assert col.data.latent_size == 100 and "PCA" in col.note.text()


def test_grid_resolution_is_adjustable(make_window, qtbot):
    w, e = _explorer(make_window, qtbot)
    e.resolution.setValue(12)
    qtbot.waitUntil(lambda: e.columns[0].grid_image.shape == (12 * 28, 12 * 28), timeout=20000)


def test_interpolation_strip_has_k_images(make_window, qtbot, tmp_path, models_folder):
    w, e = _explorer(make_window, qtbot)
    e.interpolation.steps.setValue(7)
    qtbot.waitUntil(lambda: len(e.interpolation.views) == 7
                    and all(v.has_image() for v in e.interpolation.views), timeout=10000)
    shown = np.stack([v.image() for v in e.interpolation.views])
    # Computed here in fp32: test digits 0 and 1 encoded by the left plane's vae_2d, seven
    # evenly spaced codes on the line between them, decoded.
    lm = load_checkpoint(models_folder / "vae_2d")
    ends = torch.from_numpy(load_test().float_images()[:2])
    with torch.inference_mode():
        z0, z1 = lm.model.encode(ends).float()
        t = torch.linspace(0, 1, 7)[:, None]
        expected = lm.model.decode((1 - t) * z0 + t * z1).float().clamp(0, 1)[:, 0].numpy()
    diff = np.abs(shown - expected)  # the app may encode and decode under bf16 autocast
    assert diff.max() < 0.01 and diff.mean() < 0.001, (diff.max(), diff.mean())
    assert np.abs(expected[0] - expected[-1]).mean() > 0.01  # the ends differ


def _purity(labels: np.ndarray, assign: np.ndarray) -> float:
    """Share of digits in their cluster's most common class."""
    return sum(np.bincount(labels[assign == c]).max() for c in np.unique(assign)) / len(labels)


def _nmi(labels: np.ndarray, assign: np.ndarray) -> float:
    """Normalized mutual information (arithmetic mean of the entropies), from the counts."""
    joint = np.zeros((labels.max() + 1, assign.max() + 1))
    np.add.at(joint, (labels, assign), 1)
    p = joint / joint.sum()
    px, py = p.sum(1), p.sum(0)
    nz = p > 0
    mi = (p[nz] * np.log(p[nz] / np.outer(px, py)[nz])).sum()
    h = [-(q[q > 0] * np.log(q[q > 0])).sum() for q in (px, py)]
    return mi / ((h[0] + h[1]) / 2)


def test_clustering_shows_scores_against_a_pixel_baseline(make_window, qtbot, models_folder):
    w, e = _explorer(make_window, qtbot)
    e.tabs.setCurrentWidget(e.clustering)
    e.clustering.model.setCurrentText("dense_100")
    e.clustering.k.setValue(5)
    e.clustering.run.click()
    qtbot.waitUntil(lambda: e.clustering.result is not None, timeout=60000)
    text = e.clustering.scores.text()
    m = re.search(r"purity <b>([\d.]+)</b>, NMI <b>([\d.]+)</b>"
                  r"<br>raw pixels \(baseline\): purity ([\d.]+), NMI ([\d.]+)", text)
    assert m, text
    shown_purity, shown_nmi, pixel_purity, pixel_nmi = map(float, m.groups())
    # The same clustering done here: the saved dense_100 (fp32 codes) on the 10,000 digits.
    test = load_test()
    digits = test.float_images()[:, 0]
    codes = encode_images(load_checkpoint(models_folder / "dense_100"), digits)
    expected = kmeans(codes, test.labels, 5)
    assert shown_purity == round(expected.purity, 3) and shown_nmi == round(expected.nmi, 3)
    assert np.array_equal(e.clustering.result[0].assignments, expected.assignments)
    # Scores recomputed from the clusters alone: purity and NMI of these assignments.
    assert expected.purity == pytest.approx(_purity(test.labels, expected.assignments), rel=1e-9)
    assert expected.nmi == pytest.approx(_nmi(test.labels, expected.assignments), rel=1e-9)
    pixels = e.clustering.result[1]  # KMeans on raw pixels takes 8 s: checked from its clusters
    assert pixels.k == 5 and len(np.unique(pixels.assignments)) == 5
    assert pixel_purity == round(_purity(test.labels, pixels.assignments), 3)
    assert pixel_nmi == round(_nmi(test.labels, pixels.assignments), 3)
    # The samples show each cluster's exemplars: 8 digits per cluster, one row per cluster.
    samples = e.clustering.samples.image()
    assert samples.shape == (5 * 28, 8 * 28)
    for c in range(5):
        for j, idx in enumerate(expected.exemplars[c]):
            assert idx >= 0 and expected.assignments[idx] == c  # every cluster has 8 or more
            assert np.array_equal(samples[c * 28:(c + 1) * 28, j * 28:(j + 1) * 28],
                                  digits[idx])


def _decoded_grid(lm, extent, n: int) -> np.ndarray:
    """The ``n`` x ``n`` digits decoded at the centres of an exact 2-D plane's cells, top row
    at the largest y, tiled: what the grid over ``extent`` should show."""
    x0, x1, y0, y1 = extent
    xs = x0 + (np.arange(n) + 0.5) * (x1 - x0) / n
    ys = y1 - (np.arange(n) + 0.5) * (y1 - y0) / n
    codes = torch.tensor([[x, y] for y in ys for x in xs], dtype=torch.float32)
    with torch.inference_mode():
        digits = lm.model.decode(codes).float().clamp(0, 1).numpy().reshape(n, n, 28, 28)
    return digits.transpose(0, 2, 1, 3).reshape(n * 28, n * 28)


def test_export_grid_and_scatter(make_window, qtbot, tmp_path, models_folder):
    w, e = _explorer(make_window, qtbot)
    col = e.columns[0]
    assert col.data.name == "vae_2d"  # an exact 2-D plane: grid points are latent codes
    assert e.export_grid_to(str(tmp_path / "g.png"))
    assert e.export_scatter_to(str(tmp_path / "s.png"))
    with Image.open(tmp_path / "g.png") as im:
        assert im.mode == "L"
        grid_png = np.asarray(im, np.float64) / 255
    # The PNG is the grid drawn on the plane (the plot's y axis points up: flipped back) ...
    drawn = np.flipud(col.view.grid_item.image)
    assert grid_png.shape == drawn.shape == (20 * 28, 20 * 28)
    assert np.abs(grid_png - drawn).max() <= 0.5 / 255 + 1e-6  # 8-bit rounding only
    # ... and the digits the model decodes at the grid's cells, computed here in fp32 (the
    # app decodes conv models under bf16 autocast where the CPU has it: ~1 grey level off).
    expected = _decoded_grid(load_checkpoint(models_folder / "vae_2d"), col.grid_extent, 20)
    diff = np.abs(grid_png - expected)
    assert diff.max() < 0.015 and diff.mean() < 0.003, (diff.max(), diff.mean())
    assert expected.std() > 0.1  # digits, not a blank page
    # The scatter PNG is the plot as it is on screen.
    with Image.open(tmp_path / "s.png") as im:
        scatter_png = np.asarray(im.convert("RGBA"))
    shot = col.view.grab().toImage()
    assert (shot.width(), shot.height()) == (scatter_png.shape[1], scatter_png.shape[0])
    assert np.array_equal(scatter_png, qimage_to_rgba(shot))


def _drain(e, qtbot):
    """Wait until the explorer has no job left whose answer it waits for."""
    qtbot.waitUntil(lambda: e.pending_jobs() == 0, timeout=60000)


def test_ticking_test_digits_after_the_plane_loaded_shows_the_points(make_window, qtbot):
    w, e = _explorer(make_window, qtbot)
    col = e.columns[0]
    qtbot.mouseClick(e.show_points, Qt.MouseButton.LeftButton)
    assert not e.show_points.isChecked() and not col.view.scatter.isVisible()
    # A plane that loads while the points are hidden...
    col.model.setCurrentText("dense_100")
    qtbot.waitUntil(lambda: col.data is not None and col.data.name == "dense_100",
                    timeout=30000)
    assert not col.view.scatter.isVisible()
    # ...shows its 10,000 test digits as soon as the box is ticked again.
    qtbot.mouseClick(e.show_points, Qt.MouseButton.LeftButton)
    assert e.show_points.isChecked()
    assert col.view.scatter.isVisible()
    assert len(col.view.scatter.data) == 10_000
    assert np.allclose(col.view.scatter.data["x"], col.data.points[:, 0])


def _plane_to_viewport(view, x: float, y: float) -> QPoint:
    p = view.mapFromScene(view.getViewBox().mapViewToScene(QPointF(x, y)))
    return QPoint(int(p.x()), int(p.y()))


def _drag(qtbot, widget, points: list[QPoint], interval_ms: int = 12, on_move=None) -> None:
    """Press at the first point, move through the rest at a mouse's pace, release."""
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     points[0])
    todo = list(points[1:])
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)

    def move() -> None:
        if todo:
            QTest.mouseMove(widget, todo.pop(0))
            if on_move is not None:
                on_move()
        else:
            timer.stop()

    timer.timeout.connect(move)
    timer.start(interval_ms)
    qtbot.waitUntil(lambda: not timer.isActive(), timeout=60000)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       points[-1])


def test_dragging_the_cursor_keeps_no_stale_callbacks_and_shows_the_last_point(
        make_window, qtbot):
    w, e = _explorer(make_window, qtbot)
    col = e.columns[0]
    view, vp = col.view, col.view.viewport()
    _drain(e, qtbot)
    x0, x1, y0, y1 = col.data.extent
    start = view.cursor.pos()
    # The engine's background lane is busy (a slow model, a loaded machine): the mouse
    # outruns it.
    w.engine.submit_job(Sleep(30), key="busy")
    dropped = w.engine._jobs.dropped
    # A long drag with the mouse: 400 moves along a zig-zag over the plane, one every
    # 12 ms like a real mouse (pyqtgraph ignores moves closer than 10 ms).
    path = [(x0 + (0.1 + 0.8 * t) * (x1 - x0),
             y0 + (0.5 + 0.4 * np.sin(12 * np.pi * t)) * (y1 - y0))
            for t in np.linspace(0, 1, 400)]
    pending = []
    _drag(qtbot, vp, [_plane_to_viewport(view, start.x(), start.y())]
          + [_plane_to_viewport(view, x, y) for x, y in path],
          on_move=lambda: pending.append(e.pending_jobs()))
    x, y = path[-1]
    # Decodes replaced while they waited, never sent to the engine: the drag really
    # outran the decoder.
    assert w.engine._jobs.dropped - dropped > 300
    w.engine.cancel_jobs("busy")  # the lane is free again
    end = view.cursor.pos()
    assert abs(end.x() - x) < 0.05 * (x1 - x0) and abs(end.y() - y) < 0.05 * (y1 - y0)
    # At most the decode in progress and the newest one wait for an answer.
    assert max(pending) <= 2, max(pending)
    _drain(e, qtbot)
    # What the user sees is the decode of where the cursor stopped (asked of the engine
    # again: the same computation, so equal up to float noise).
    results = {}
    w.engine.job_done.connect(lambda job, r: results.__setitem__(job, r))
    job = w.engine.submit_job(DecodePoint("vae_2d", end.x(), end.y()))
    qtbot.waitUntil(lambda: job in results, timeout=10000)
    assert isinstance(results[job], DecodedPoint)
    assert np.allclose(col.decoded.image(), results[job].image, atol=1e-5)


def test_export_to_an_unwritable_path_tells_the_user(make_window, qtbot, tmp_path, monkeypatch):
    w, e = _explorer(make_window, qtbot)
    qtbot.waitUntil(lambda: e.interpolation.images is not None, timeout=10000)
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    bad = blocker / "sub" / "out.png"  # its parent is a regular file: no one can write there
    monkeypatch.setattr(e, "_ask_path", lambda title, default: str(bad))
    for button in (e.export_grid_button, e.export_scatter_button,
                   e.interpolation.export_button):
        before = len(w.warnings)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert len(w.warnings) == before + 1, button.text()
        assert str(bad) in w.warnings[-1]
        assert "could not save" in e.status.text().lower()
        assert str(bad) in e.status.text()
    assert blocker.read_text() == "not a folder"
    # A good path still works afterwards and says so.
    monkeypatch.setattr(e, "_ask_path", lambda title, default: str(tmp_path / "grid.png"))
    qtbot.mouseClick(e.export_grid_button, Qt.MouseButton.LeftButton)
    with Image.open(tmp_path / "grid.png") as im:
        saved = np.asarray(im, np.float64) / 255
    drawn = np.flipud(e.columns[0].view.grid_item.image)  # the grid on the left plane
    assert saved.shape == drawn.shape and np.abs(saved - drawn).max() <= 0.5 / 255 + 1e-6
    assert e.status.text() == f"Saved {tmp_path / 'grid.png'}"
