"""The focused model's latent code as a picture (or a point on its 2-D plane)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.latent.pictures import latent_picture
from ..core.store.model_info import ModelInfo
from .colors import DIGIT_COLOURS
from .help import help_button
from .model_texts_tr import model_title
from .panes import DigitView


class PlaneView(QWidget):
    """Test digits' codes as coloured dots and the current digit's code as a cross."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._points: np.ndarray | None = None
        self._labels: np.ndarray | None = None
        self._marker: np.ndarray | None = None
        self._extent = (-1.0, 1.0, -1.0, 1.0)
        self._layer: QPixmap | None = None
        self._layer_key: tuple | None = None
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(200, 200)

    def set_plane(self, points: np.ndarray | None, labels: np.ndarray | None) -> None:
        self._points, self._labels = points, labels
        if points is not None and len(points):
            lo = np.percentile(points, 1, axis=0)
            hi = np.percentile(points, 99, axis=0)
            pad = (hi - lo) * 0.15 + 1e-6
            self._extent = (lo[0] - pad[0], hi[0] + pad[0], lo[1] - pad[1], hi[1] + pad[1])
        self._layer = None
        self.update()

    def set_marker(self, code: np.ndarray | None) -> None:
        self._marker = None if code is None else np.asarray(code, float).reshape(-1)[:2]
        self.update()

    def marker(self) -> np.ndarray | None:
        return self._marker

    def _map(self, rect: QRectF, x: float, y: float) -> QPointF:
        x0, x1, y0, y1 = self._extent
        return QPointF(rect.left() + (x - x0) / (x1 - x0) * rect.width(),
                       rect.bottom() - (y - y0) / (y1 - y0) * rect.height())

    def _plane_rect(self) -> QRectF:
        side = min(self.width(), self.height()) - 2
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def _points_layer(self, rect: QRectF) -> QPixmap:
        """The test-digit dots, drawn once per size and data (the marker moves every frame)."""
        key = (self.width(), self.height(), id(self._points))
        if self._layer is None or self._layer_key != key:
            layer = QPixmap(self.size())
            layer.fill(Qt.GlobalColor.transparent)
            p = QPainter(layer)
            p.fillRect(rect, QColor(20, 20, 24))
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(Qt.PenStyle.NoPen)
            if self._points is not None:
                brushes = [QColor(r, g, b, 150) for r, g, b in DIGIT_COLOURS]
                for (x, y), lab in zip(self._points, self._labels, strict=False):
                    p.setBrush(brushes[int(lab)])
                    p.drawEllipse(self._map(rect, x, y), 1.6, 1.6)
            p.end()
            self._layer, self._layer_key = layer, key
        return self._layer

    def paintEvent(self, event) -> None:
        rect = self._plane_rect()
        p = QPainter(self)
        p.drawPixmap(0, 0, self._points_layer(rect))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._marker is not None:
            m = self._map(rect, *self._marker)
            m = QPointF(min(max(m.x(), rect.left()), rect.right()),
                        min(max(m.y(), rect.top()), rect.bottom()))
            p.setPen(QPen(QColor(255, 255, 255), 2.5))
            p.drawLine(m + QPointF(-8, 0), m + QPointF(8, 0))
            p.drawLine(m + QPointF(0, -8), m + QPointF(0, 8))
        p.setPen(QPen(QColor(80, 80, 90), 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect)
        p.end()


class FocusPanel(QGroupBox):
    """Shows one model's latent code for the current digit."""

    def __init__(self, parent=None) -> None:
        super().__init__(QCoreApplication.translate("FocusPanel", "Latent code"), parent)
        self.info_label = QLabel(QCoreApplication.translate(
            "FocusPanel", "Click a reconstruction to see its latent code."))
        self.info_label.setWordWrap(True)
        self.picture = DigitView(min_side=140)
        self.plane = PlaneView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.picture)
        self.stack.addWidget(self.plane)
        self.values = QLabel("")
        self.values.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.info_label, 1)
        top.addWidget(help_button("latent-dock", self), 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(top)
        lay.addWidget(self.stack, 1)
        lay.addWidget(self.values)
        self.model: ModelInfo | None = None

    def set_model(self, info: ModelInfo | None) -> None:
        self.model = info
        if info is None:
            self.setTitle(QCoreApplication.translate("FocusPanel", "Latent code"))
            self.info_label.setText(QCoreApplication.translate(
                "FocusPanel", "Click a reconstruction to see its latent code."))
            self.picture.set_image(None)
            self.plane.set_plane(None, None)
            self.values.setText("")
            return
        shape = "x".join(map(str, info.latent_shape))
        self.setTitle(QCoreApplication.translate("FocusPanel", "Latent code: {title}")
                      .format(title=model_title(info)))
        if info.is_2d:
            self.info_label.setText(QCoreApplication.translate(
                "FocusPanel", "2-D code: the cross is your digit, dots are test digits coloured "
                "by label."))
            self.plane.set_plane(info.plane_points, info.plane_labels)
            self.stack.setCurrentWidget(self.plane)
        else:
            n = int(np.prod(info.latent_shape))
            side = int(np.ceil(np.sqrt(n)))
            if tuple(info.latent_shape) == (1, 14, 14):
                how = QCoreApplication.translate("FocusPanel", "a 14x14 map")
            elif len(info.latent_shape) == 3:
                how = QCoreApplication.translate(
                    "FocusPanel", "feature maps tiled, each scaled to its own range")
            elif side * side == n:
                how = QCoreApplication.translate("FocusPanel", "shown as {side}x{side}").format(
                    side=side)
            else:
                how = QCoreApplication.translate(
                    "FocusPanel", "shown as {side}x{side}, padded").format(side=side)
            self.info_label.setText(QCoreApplication.translate(
                "FocusPanel", "{shape} code ({how}); bright = large.").format(shape=shape,
                                                                             how=how))
            self.stack.setCurrentWidget(self.picture)
        self.set_code(None)

    def set_code(self, code: np.ndarray | None) -> None:
        if self.model is None:
            return
        if self.model.is_2d:
            self.plane.set_marker(code)
            self.values.setText("" if code is None else f"z = ({code[0]:.2f}, {code[1]:.2f})")
        else:
            self.picture.set_image(None if code is None else latent_picture(code))
            self.values.setText("" if code is None else QCoreApplication.translate(
                "FocusPanel", "min {min}, max {max}, mean {mean}").format(
                min=f"{code.min():.2f}", max=f"{code.max():.2f}", mean=f"{code.mean():.2f}"))
