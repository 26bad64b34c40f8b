"""One model's latent plane: decoded grid, labelled scatter, draggable cursor, canvas marker."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal, Slot

from ..core.latent.records import PlaneData
from .colors import DIGIT_COLOURS
from .plots import pen  # noqa: F401 - applies pyqtgraph's row-major config

BRUSHES = [pg.mkBrush(*c, 170) for c in DIGIT_COLOURS]


class Scatter(pg.ScatterPlotItem):
    """pyqtgraph's scatter without its leak when the points are replaced.

    The first hover or click creates one ``SpotItem`` per point, stored in the
    record array's ``item`` field; each holds a view of that array: a reference
    cycle through a numpy object array, which the garbage collector cannot see.
    So every replaced scatter stayed in memory (~30 MB per 10,000-point plane).
    Emptying the field before the data goes breaks the cycle.
    """

    def clear(self) -> None:  # setData() clears first, so this covers both
        self.data["item"] = None
        self.ptsClicked = []
        super().clear()


class LatentPlaneView(pg.PlotWidget):
    """Signals: ``cursor_moved(x, y)`` (click or drag), ``point_hovered(index)`` (-1 = none),
    ``grid_shown(coarse)`` (a decoded grid was drawn: the coarse first view or the full one).
    """

    cursor_moved = Signal(float, float)
    point_hovered = Signal(int)
    view_changed = Signal()
    grid_shown = Signal(bool)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setBackground((16, 16, 20))
        self.showGrid(x=False, y=False)
        self.setAspectLocked(False)
        self.grid_item = pg.ImageItem(axisOrder="row-major")
        self.grid_item.setZValue(-10)
        self.grid_item.setOpacity(0.9)
        self.addItem(self.grid_item)
        self.scatter = Scatter(size=4, pen=None, hoverable=True, useCache=True)
        self.scatter.sigHovered.connect(self._on_scatter_hovered)
        self.addItem(self.scatter)
        self.marker = Scatter(size=18, symbol="star", pen=pg.mkPen("w", width=1.5),
                                         brush=pg.mkBrush(255, 60, 60, 230))
        self.marker.setZValue(20)
        self.addItem(self.marker)
        self.cursor = pg.TargetItem(pos=(0, 0), size=14, movable=True,
                                    pen=pg.mkPen(255, 255, 255, width=2))
        self.cursor.setZValue(30)
        self.cursor.sigPositionChanged.connect(self._on_cursor_dragged)
        self.addItem(self.cursor)
        self.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self.getViewBox().sigRangeChangedManually.connect(self._on_range_changed)
        self.data: PlaneData | None = None
        self.grid_coarse = False  # the drawn grid is a coarse first view, the full one follows
        self.legend = self.addLegend(offset=(-6, 6), labelTextColor=(220, 220, 220),
                                     brush=pg.mkBrush(0, 0, 0, 140))
        for d in range(10):
            self.legend.addItem(pg.ScatterPlotItem(size=8, pen=None, brush=BRUSHES[d]), str(d))
        self.setToolTip(QCoreApplication.translate(
            "LatentPlane", "Click or drag to decode any point. Star: the digit on the canvas. "
            "Scroll to zoom, drag the background to pan."))

    def set_data(self, data: PlaneData | None, show_points: bool = True) -> None:
        self.data = data
        self.scatter.clear()
        self.marker.clear()
        self.grid_item.clear()
        self.grid_coarse = False
        if data is None:
            return
        # Filled even while hidden, so ticking "Test digits" later shows them.
        self.scatter.setData(pos=data.points, brush=[BRUSHES[int(c)] for c in data.labels],
                             data=np.arange(len(data.points)))
        self.scatter.setVisible(show_points)
        x0, x1, y0, y1 = data.extent
        self.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self.cursor.setPos(((x0 + x1) / 2, (y0 + y1) / 2))
        axis = "PC" if data.explained_variance else "z"
        self.setLabel("bottom", f"{axis}1")
        self.setLabel("left", f"{axis}2")

    def set_points_visible(self, on: bool) -> None:
        self.scatter.setVisible(on)

    def set_grid(self, image: np.ndarray | None, extent, coarse: bool = False) -> None:
        """Draw a decoded grid over ``extent``; a coarse one covers the same extent with
        fewer, larger digits (each spans several cells of the full grid)."""
        self.grid_coarse = coarse and image is not None
        if image is None:
            self.grid_item.clear()
            return
        x0, x1, y0, y1 = extent
        # Row 0 of the decoded grid is the top (largest y); the plot's y axis points up,
        # so flip it to put row 0 at y0 and keep digits and points aligned.
        self.grid_item.setImage(np.ascontiguousarray(np.flipud(image), np.float32),
                                levels=(0, 1))
        self.grid_item.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        self.grid_item.setToolTip(QCoreApplication.translate(
            "LatentPlane", "Coarse preview; the full grid is being decoded") if coarse else "")
        self.grid_shown.emit(coarse)

    def set_marker(self, point: np.ndarray | None) -> None:
        if point is None:
            self.marker.clear()
        else:
            self.marker.setData(pos=[tuple(point)])

    def marker_position(self) -> tuple[float, float] | None:
        pts = self.marker.data
        if len(pts) == 0:
            return None
        return float(pts["x"][0]), float(pts["y"][0])

    def view_extent(self) -> tuple[float, float, float, float]:
        (x0, x1), (y0, y1) = self.getViewBox().viewRange()
        return x0, x1, y0, y1

    def move_cursor(self, x: float, y: float) -> None:
        self.cursor.setPos((x, y))  # emits cursor_moved via _on_cursor_dragged

    @Slot(object)
    def _on_cursor_dragged(self, item) -> None:
        p = item.pos()
        self.cursor_moved.emit(float(p.x()), float(p.y()))

    @Slot(object)
    def _on_scene_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.getViewBox()
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        p: QPointF = vb.mapSceneToView(event.scenePos())
        self.move_cursor(p.x(), p.y())

    @Slot(object, object, object)
    def _on_scatter_hovered(self, item, points, event) -> None:
        self.point_hovered.emit(int(points[0].data()) if len(points) else -1)

    @Slot()
    def _on_range_changed(self, *args) -> None:
        self.view_changed.emit()
