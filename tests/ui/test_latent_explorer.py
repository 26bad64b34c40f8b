import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

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
    assert right.data.explained_variance is not None and "PCA" in right.note.text()
    # The grid is drawn over the data's 1st-99th percentile range, aligned with the axes.
    x0, x1, y0, y1 = left.data.extent
    rect = left.view.grid_item.mapRectToView(left.view.grid_item.boundingRect())
    assert np.allclose([rect.left(), rect.right(), rect.top(), rect.bottom()],
                       [x0, x1, y0, y1], atol=1e-3)


def test_clicking_the_plane_decodes_that_point_and_dragging_updates_it(make_window, qtbot):
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
    model = w.runner.worker_models()["vae_2d"]
    expected = e._cache.decode_at(model, (x1, y1))
    qtbot.waitUntil(lambda: np.allclose(col.decoded.image(), expected, atol=1e-3), timeout=10000)


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


def test_interpolation_strip_has_k_images(make_window, qtbot, tmp_path):
    w, e = _explorer(make_window, qtbot)
    e.interpolation.steps.setValue(7)
    qtbot.waitUntil(lambda: len(e.interpolation.views) == 7
                    and all(v.has_image() for v in e.interpolation.views), timeout=10000)
    imgs = e.interpolation.images
    assert not np.allclose(imgs[0], imgs[-1])  # test digits 0 and 1 decode differently


def test_clustering_shows_scores_against_a_pixel_baseline(make_window, qtbot):
    w, e = _explorer(make_window, qtbot)
    e.tabs.setCurrentWidget(e.clustering)
    e.clustering.model.setCurrentText("dense_100")
    e.clustering.k.setValue(5)
    e.clustering.run.click()
    qtbot.waitUntil(lambda: e.clustering.result is not None, timeout=60000)
    ours, pixels = e.clustering.result
    assert ours.k == pixels.k == 5
    assert 0.1 < ours.purity <= 1 and 0 <= ours.nmi <= 1
    text = e.clustering.scores.text()
    assert "purity" in text and "raw pixels" in text
    assert e.clustering.samples.image().shape == (5 * 28, 8 * 28)


def test_export_grid_and_scatter(make_window, qtbot, tmp_path):
    w, e = _explorer(make_window, qtbot)
    assert e.export_grid_to(str(tmp_path / "g.png"))
    assert e.export_scatter_to(str(tmp_path / "s.png"))
    assert (tmp_path / "g.png").stat().st_size > 1000 and (tmp_path / "s.png").exists()
