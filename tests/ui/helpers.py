"""Drive the canvas with real mouse events."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest


def stroke(canvas, points, button=Qt.MouseButton.LeftButton, release=True):
    """Press at the first point, move through the rest, release at the last."""
    pts = [QPoint(int(x * canvas.width()), int(y * canvas.height())) for x, y in points]
    QTest.mousePress(canvas, button, Qt.KeyboardModifier.NoModifier, pts[0])
    for p in pts[1:]:
        QTest.mouseMove(canvas, p)
    if release:
        QTest.mouseRelease(canvas, button, Qt.KeyboardModifier.NoModifier, pts[-1])


SEVEN = [(0.3, 0.25), (0.5, 0.25), (0.7, 0.25), (0.62, 0.45), (0.55, 0.6), (0.5, 0.78)]


def open_explorer(make_window, qtbot):
    """A window with the latent explorer open, both planes and grids drawn, nothing pending."""
    w = make_window()
    w.latent_action.trigger()
    e = w.explorer
    qtbot.waitUntil(lambda: all(c.data is not None and c.grid_image is not None
                                for c in e.columns) and e.pending_jobs() == 0, timeout=60000)
    return w, e
