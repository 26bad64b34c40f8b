"""The drawing canvas: smooth round-brush strokes, eraser, undo/redo per stroke."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from .qimage import gray_to_qimage, qimage_to_gray

RASTER = 280  # the canvas keeps a fixed 280x280 raster whatever its on-screen size
UNDO_LIMIT = 100


class DrawingCanvas(QWidget):
    """A square raster the user draws on with the mouse (ink = white = 1).

    Signals
    -------
    stroke_changed : emitted for every drawn segment during a stroke (live updates)
    content_changed : emitted after any change (stroke end, undo, clear, load)
    """

    stroke_changed = Signal()
    content_changed = Signal()
    undo_state_changed = Signal(bool, bool)  # can undo, can redo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage(RASTER, RASTER, QImage.Format.Format_Grayscale8)
        self._image.fill(0)
        self._undo: list[QImage] = []
        self._redo: list[QImage] = []
        self._brush = 18.0  # in raster pixels
        self._eraser = False
        self._last: QPointF | None = None
        self._stroke_erases = False
        self._hover: QPointF | None = None
        self.setMinimumSize(200, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setToolTip(QCoreApplication.translate(
            "Canvas", "Draw a digit with the left mouse button; the right button erases.\n"
            "Ctrl+Z undoes a stroke, Delete clears."))

    # -- state ----------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, w: int) -> int:
        return w

    @property
    def brush_size(self) -> float:
        return self._brush

    def set_brush_size(self, size: float) -> None:
        self._brush = float(min(max(size, 2.0), 60.0))
        self.update()

    @property
    def eraser(self) -> bool:
        return self._eraser

    def set_eraser(self, on: bool) -> None:
        self._eraser = bool(on)

    def raster(self) -> np.ndarray:
        """The canvas as float32 ``(280, 280)`` in [0, 1], ink = 1."""
        return qimage_to_gray(self._image)

    def is_empty(self) -> bool:
        return not self.raster().any()

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    # -- editing ----------------------------------------------------------
    def _checkpoint(self) -> None:
        self._undo.append(self._image.copy())
        del self._undo[:-UNDO_LIMIT]
        self._redo.clear()
        self.undo_state_changed.emit(True, False)

    def _changed(self) -> None:
        self.update()
        self.content_changed.emit()
        self.undo_state_changed.emit(self.can_undo(), self.can_redo())

    def undo(self) -> None:
        if self._undo:
            self._redo.append(self._image)
            self._image = self._undo.pop()
            self._changed()

    def redo(self) -> None:
        if self._redo:
            self._undo.append(self._image)
            self._image = self._redo.pop()
            self._changed()

    def clear(self) -> None:
        if not self.is_empty():
            self._checkpoint()
            self._image.fill(0)
            self._changed()

    def set_raster(self, ink01: np.ndarray, fit: bool = True) -> None:
        """Replace the content (undoable) with ``ink01``, scaled to fit with a margin."""
        self._checkpoint()
        self._image.fill(0)
        src = gray_to_qimage(ink01)
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if fit:
            h, w = ink01.shape
            scale = (RASTER * 0.9) / max(h, w)
            tw, th = w * scale, h * scale
            target = QRectF((RASTER - tw) / 2, (RASTER - th) / 2, tw, th)
        else:
            target = QRectF(0, 0, RASTER, RASTER)
        painter.drawImage(target, src)
        painter.end()
        self._changed()

    # -- drawing ----------------------------------------------------------
    def _to_raster(self, pos: QPointF) -> QPointF:
        side = min(self.width(), self.height())
        ox, oy = (self.width() - side) / 2, (self.height() - side) / 2
        return QPointF((pos.x() - ox) * RASTER / side, (pos.y() - oy) * RASTER / side)

    def _segment(self, a: QPointF, b: QPointF) -> None:
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(0, 0, 0) if self._stroke_erases else QColor(255, 255, 255)
        # A line with round caps between consecutive mouse positions: fast
        # strokes stay continuous however far apart the events are.
        pen = QPen(colour, self._brush, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        if a == b:
            painter.drawPoint(a)
        else:
            painter.drawLine(a, b)
        painter.end()
        self.update()
        self.stroke_changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return super().mousePressEvent(event)
        self._stroke_erases = self._eraser or event.button() == Qt.MouseButton.RightButton
        self._checkpoint()
        p = self._to_raster(event.position())
        self._last = p
        self._segment(p, p)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._hover = event.position()
        if self._last is None:
            self.update()
            return
        p = self._to_raster(event.position())
        self._segment(self._last, p)
        self._last = p

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._last is not None:
            self._last = None
            self.content_changed.emit()

    def leaveEvent(self, event) -> None:
        self._hover = None
        self.update()

    def tabletEvent(self, event: QTabletEvent) -> None:
        event.ignore()  # let Qt synthesise mouse events

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        side = min(self.width(), self.height())
        target = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self._image)
        painter.setPen(QPen(QColor(90, 90, 100), 1))
        painter.drawRect(target.adjusted(0, 0, -1, -1))
        if self._hover is not None and self._last is None:
            r = self._brush * side / RASTER / 2
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(255, 90, 90) if self._eraser else QColor(120, 200, 255), 1))
            painter.drawEllipse(self._hover, r, r)
        painter.end()
