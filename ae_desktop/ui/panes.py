"""Image panes: a 28x28 digit drawn crisp at any size, with a caption."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from .colors import heat_rgb
from .qimage import gray_to_qimage, rgb_to_qimage


class DigitView(QWidget):
    """Paints a greyscale [0, 1] array scaled up with nearest-neighbour pixels."""

    def __init__(self, parent: QWidget | None = None, min_side: int = 96) -> None:
        super().__init__(parent)
        self._array: np.ndarray | None = None
        self._qimage: QImage | None = None
        self._note = ""  # drawn over the picture, dimmed (e.g. "waiting for the engine…")
        self.setMinimumSize(min_side, min_side)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._hint = max(min_side, 140)

    def sizeHint(self) -> QSize:
        return QSize(self._hint, self._hint)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, w: int) -> int:
        return w

    def set_image(self, img01: np.ndarray | None) -> None:
        self._array = None if img01 is None else np.asarray(img01, np.float32)
        self._qimage = None if img01 is None else gray_to_qimage(self._array)
        self.update()

    def set_heat(self, values01: np.ndarray | None) -> None:
        """Show ``values01`` (e.g. a per-pixel error in [0, 1]) on the heat scale."""
        self._array = None if values01 is None else np.asarray(values01, np.float32)
        self._qimage = None if values01 is None else rgb_to_qimage(heat_rgb(self._array))
        self.update()

    def image(self) -> np.ndarray | None:
        return self._array

    def set_note(self, text: str) -> None:
        """Dim the picture and write ``text`` over it ("" removes the note)."""
        if text != self._note:
            self._note = text
            self.update()

    def note(self) -> str:
        return self._note

    def has_image(self) -> bool:
        return self._array is not None

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        img = self._qimage
        iw, ih = (28, 28) if img is None else (img.width(), img.height())
        # Fit the picture (square digits, wide strips, tiled maps) keeping its aspect.
        scale = min(self.width() / iw, self.height() / ih)
        w, h = iw * scale, ih * scale
        target = QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)
        p.fillRect(target, QColor(0, 0, 0))
        if img is not None:
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            p.drawImage(target, img)
        if self._note:
            p.fillRect(target, QColor(0, 0, 0, 170))
            p.setPen(QColor(200, 200, 210))
            p.drawText(target.adjusted(4, 4, -4, -4),
                       int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self._note)
        p.setPen(QPen(QColor(80, 80, 90), 1))
        p.drawRect(target.adjusted(0, 0, -1, -1))
        p.end()


class ImagePane(QWidget):
    """A titled digit view with a line of numbers under it. Click to focus it."""

    clicked = Signal(str)

    def __init__(self, key: str, title: str, tooltip: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.title = QLabel(title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Long model titles ("2-D conv AE — Generative Deep Learning") wrap instead of
        # widening the pane beyond its column and clipping the grid's last column.
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.view = DigitView(self, min_side=88)
        self.caption = QLabel("")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)  # "worse than 97 % of test digits" fits narrow panes
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.setSpacing(2)
        lay.addWidget(self.title)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.caption)
        if tooltip:
            self.setToolTip(tooltip)
        self._focused = False

    def set_focused(self, on: bool) -> None:
        self._focused = on
        self.setStyleSheet("ImagePane { border: 2px solid #4a9eff; border-radius: 4px; }"
                           if on else "")
        self.update()

    def mousePressEvent(self, event) -> None:
        self.clicked.emit(self.key)
        super().mousePressEvent(event)

    def paintEvent(self, event) -> None:
        if self._focused:
            p = QPainter(self)
            p.setPen(QPen(QColor(74, 158, 255), 2))
            p.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 4, 4)
            p.end()
