"""The latent plane frees the points it no longer shows, after hovers and clicks too.

pyqtgraph's scatter creates one ``SpotItem`` per point the first time the mouse
hovers or clicks it; each holds a view of the scatter's record array, which holds
the item: a reference cycle through a numpy object array, which Python's garbage
collector cannot see. Without care every model switch after a hover leaked the
whole previous scatter (~30 MB for 10,000 points; the soak benchmark found it).
"""

from __future__ import annotations

import gc
import weakref

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ae_desktop.core.latent.cache import PlaneData
from ae_desktop.ui.latent_plane import LatentPlaneView


def _plane(name: str, seed: int, n: int = 2000) -> PlaneData:
    rng = np.random.default_rng(seed)
    points = rng.normal(size=(n, 2)).astype(np.float32)
    return PlaneData(name, points, rng.integers(0, 10, n), (-2.5, 2.5, -2.5, 2.5), None, 2)


def _viewport_pos(view: LatentPlaneView, x: float, y: float) -> QPoint:
    p = view.mapFromScene(view.getViewBox().mapViewToScene(QPointF(x, y)))
    return QPoint(int(p.x()), int(p.y()))


@pytest.fixture
def view(qtbot):
    window = QWidget()  # as in the explorer, the plane is never a window of its own
    plane = LatentPlaneView()
    QVBoxLayout(window).addWidget(plane)
    qtbot.addWidget(window)
    window.resize(500, 400)
    window.show()
    qtbot.waitExposed(window)
    yield plane
    window.close()


def test_hovered_points_are_freed_when_the_plane_changes(view, qtbot):
    first = _plane("a", 0)
    view.set_data(first)
    view.grab()  # drawn on screen: pyqtgraph sizes the spots when it paints them
    hovered = []
    view.point_hovered.connect(hovered.append)
    x, y = first.points[0]

    def hovering() -> bool:
        # pyqtgraph drops moves closer than 10 ms to the previous one, and the axes may
        # still be settling: move (again) until the point is under the mouse.
        QTest.mouseMove(view.viewport(), _viewport_pos(view, x, y))
        return bool(hovered) and hovered[-1] >= 0

    qtbot.waitUntil(hovering, timeout=5000)  # the user hovers a point
    old = weakref.ref(view.scatter.data)
    view.set_data(_plane("b", 1))
    gc.collect()
    assert len(view.scatter.data) == 2000
    assert old() is None, "the previous plane's points are still in memory"


def test_clicked_points_and_marker_are_freed_when_replaced(view):
    view.set_data(_plane("a", 0))
    view.set_marker(np.array([0.5, 0.5]))
    view.grab()
    before = view.cursor.pos()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     _viewport_pos(view, 0.5, 0.5))  # on the marker, among the points
    assert view.cursor.pos() != before  # the click decoded a new point
    old_points, old_marker = weakref.ref(view.scatter.data), weakref.ref(view.marker.data)
    view.set_marker(np.array([1.0, -1.0]))
    view.set_data(_plane("b", 1))
    gc.collect()
    assert view.marker_position() is None  # a new plane starts without a marker
    assert old_points() is None and old_marker() is None
