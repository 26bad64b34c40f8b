"""The explorer's grid appears in two steps: a coarse first view, then the full grid.

What is checked is what the plane draws: every grid it shows is recorded (coarse or
not, the image, the rectangle it covers) through the view's ``grid_shown`` signal.
Expected images are decoded independently with ``decode_grid`` in the test process,
from the models prepared as the engine prepares them (``local_engine``).
"""

from __future__ import annotations

import numpy as np
import pytest

from ae_desktop.core.latent.space import COARSE_N, decode_grid
from ae_desktop.engine.protocol import Sleep

from .helpers import open_explorer


class Recorder:
    def __init__(self, view) -> None:
        self.view = view
        self.shown: list[tuple[bool, np.ndarray, tuple[float, float, float, float]]] = []
        view.grid_shown.connect(self.on_grid_shown)

    def on_grid_shown(self, coarse: bool) -> None:
        item = self.view.grid_item
        r = item.mapRectToView(item.boundingRect())
        # The view flips the grid (row 0 = largest y); flip back to the decoded layout.
        self.shown.append((coarse, np.flipud(item.image).copy(),
                           (r.left(), r.right(), r.top(), r.bottom())))


def _idle(e, qtbot):
    qtbot.waitUntil(lambda: e.pending_jobs() == 0, timeout=30000)


def test_a_new_grid_shows_a_coarse_view_first_then_the_full_grid(make_window, qtbot,
                                                                  local_engine):
    w, e = open_explorer(make_window, qtbot)
    recs = [Recorder(c.view) for c in e.columns]
    w.engine.submit_job(Sleep(30), key="busy")  # the engine's lane is busy while we ask
    e.resolution.setValue(14)
    for c in e.columns:  # nothing new is drawn before the engine answers
        assert not c.view.grid_coarse and c.view.grid_item.image.shape == (20 * 28, 20 * 28)
    w.engine.cancel_jobs("busy")
    _idle(e, qtbot)
    for c, rec in zip(e.columns, recs, strict=True):
        assert [(coarse, img.shape) for coarse, img, _ in rec.shown] == [
            (True, (COARSE_N * 28, COARSE_N * 28)), (False, (14 * 28, 14 * 28))], c.data.name
        lm = local_engine.models[c.data.name]
        plane = local_engine.cache.plane(lm)
        extent = c.data.extent
        (_, coarse_img, coarse_rect), (_, full_img, full_rect) = rec.shown
        # Same extent, fewer and larger digits: the coarse grid of the same plane.
        assert np.allclose(coarse_rect, extent, atol=1e-4)
        assert np.allclose(full_rect, extent, atol=1e-4)
        assert np.allclose(coarse_img, decode_grid(lm, plane, extent, COARSE_N), atol=2e-3)
        assert np.allclose(full_img, decode_grid(lm, plane, extent, 14), atol=2e-3)
        assert not c.view.grid_coarse
        assert c.grid_image.shape == (14 * 28, 14 * 28)  # what "Export grid" saves


def test_a_cached_full_grid_is_shown_at_once_without_the_coarse_view(make_window, qtbot):
    w, e = open_explorer(make_window, qtbot)
    e.resolution.setValue(12)
    _idle(e, qtbot)
    recs = [Recorder(c.view) for c in e.columns]
    e.resolution.setValue(20)  # decoded when the explorer opened
    _idle(e, qtbot)
    for rec in recs:
        assert [(coarse, img.shape) for coarse, img, _ in rec.shown] == [
            (False, (20 * 28, 20 * 28))]


@pytest.mark.parametrize("pause_ms", [0, 15, 60])
def test_changing_the_extent_quickly_never_leaves_a_stale_grid(make_window, qtbot, pause_ms,
                                                               local_engine):
    w, e = open_explorer(make_window, qtbot)
    e.follow_view.setChecked(True)
    _idle(e, qtbot)
    c = e.columns[0]
    rec = Recorder(c.view)
    x0, x1, y0, y1 = c.data.extent
    extents = []
    for i in range(1, 7):  # zooming out step by step, faster than the grids decode
        s = 1 + 0.15 * i
        cx, cy, hx, hy = (x0 + x1) / 2, (y0 + y1) / 2, s * (x1 - x0) / 2, s * (y1 - y0) / 2
        c.view.setRange(xRange=(cx - hx, cx + hx), yRange=(cy - hy, cy + hy), padding=0)
        extents.append(c.view.view_extent())
        e._on_view_settled()  # what the view's debounce timer calls
        if pause_ms:
            qtbot.wait(pause_ms)
    _idle(e, qtbot)
    last = extents[-1]
    coarse, image, rect = rec.shown[-1]
    assert not coarse and not c.view.grid_coarse
    assert np.allclose(rect, last, atol=1e-4)
    lm = local_engine.models[c.data.name]
    assert np.allclose(image, decode_grid(lm, local_engine.cache.plane(lm), last, 20), atol=2e-3)
    # Once the newest extent is on screen, nothing older comes back.
    first_new = next(i for i, (_, _, r) in enumerate(rec.shown) if np.allclose(r, last, atol=1e-4))
    assert all(np.allclose(r, last, atol=1e-4) for _, _, r in rec.shown[first_new:])
    # The older extents are drawn in the order asked, never a later one before an earlier.
    order = [next(j for j, x in enumerate(extents) if np.allclose(r, x, atol=1e-4))
             for _, _, r in rec.shown]
    assert order == sorted(order)
    assert "Error" not in e.status.text()


def test_opening_the_explorer_shows_each_plane_with_a_coarse_grid_first(make_window, qtbot):
    w = make_window()
    w.latent_action.trigger()
    e = w.explorer
    recs = [Recorder(c.view) for c in e.columns]  # before any answer reaches the GUI
    qtbot.waitUntil(lambda: all(c.grid_image is not None for c in e.columns)
                    and e.pending_jobs() == 0, timeout=60000)
    for c, rec in zip(e.columns, recs, strict=True):
        assert [(coarse, img.shape) for coarse, img, _ in rec.shown] == [
            (True, (COARSE_N * 28, COARSE_N * 28)), (False, (20 * 28, 20 * 28))], c.data.name
        assert all(np.allclose(r, c.data.extent, atol=1e-4) for _, _, r in rec.shown)
