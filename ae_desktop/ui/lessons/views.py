"""Small pieces the lesson figures share: labelled rows of digits, and model choices."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from ...core.latent.records import tile
from ...core.store.model_info import ModelInfo
from ..model_texts_tr import arch_title, tr_model
from ..qimage import gray_to_qimage

MIN_CELL = 30  # px per digit: below this, the rows wrap into bands
MAX_CELL = 72
LABEL_MAX = 0.4  # of the width, at most, for the row labels
BAND_GAP = 10


def row_image(digits: np.ndarray) -> np.ndarray:
    """``(K, 28, 28)`` digits side by side as one ``(28, 28 K)`` image."""
    digits = np.asarray(digits, np.float32)
    return tile(digits, 1, len(digits))


class DigitRows(QWidget):
    """Rows of digits (e.g. originals above reconstructions), each labelled on its left.

    All rows hold the same number of digits, drawn crisp (nearest neighbour). When the
    widget is too narrow for every digit to get :data:`MIN_CELL` pixels, the rows wrap
    into bands: each band shows every row for the next columns, so a digit's original
    always stays right above its reconstruction.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[np.ndarray] = []
        self._images: list[QImage] = []
        self._labels: list[str] = []
        self._empty_rows = 2
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(160)

    # -- data ---------------------------------------------------------------------------------
    def set_rows(self, rows: list[np.ndarray], labels: list[str]) -> None:
        """Show ``rows`` (each ``(K, 28, 28)`` in [0, 1], the same K) labelled ``labels``."""
        rows = [np.asarray(r, np.float32) for r in rows]
        if len({len(r) for r in rows}) > 1 or len(labels) != len(rows):
            raise ValueError("every row needs the same number of digits, and one label")
        self._rows = rows
        self._images = [gray_to_qimage(row_image(r)) for r in rows]
        self._labels = list(labels)
        self.updateGeometry()
        self.update()

    def set_labels(self, labels: list[str]) -> None:
        self._labels = list(labels)
        self.update()

    def set_empty_rows(self, n: int) -> None:
        """How many rows the widget keeps room for before any are set."""
        self._empty_rows = n

    def clear(self) -> None:
        self._rows, self._images = [], []
        self.updateGeometry()
        self.update()

    def rows(self) -> list[np.ndarray]:
        """The digits shown, one ``(K, 28, 28)`` array per row."""
        return [r.copy() for r in self._rows]

    def labels(self) -> list[str]:
        return list(self._labels)

    def count(self) -> int:
        return len(self._rows[0]) if self._rows else 0

    # -- geometry -----------------------------------------------------------------------------
    def _label_width(self, w: int) -> int:
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(t) for t in self._labels), default=0)
        return min(int(w * LABEL_MAX), widest + 8) if widest else 0

    def _layout(self, w: int) -> tuple[int, float, int, int]:
        """(label width, cell size, columns, bands) at width ``w``."""
        lw = self._label_width(w)
        avail = max(1, w - lw)
        k = max(1, self.count() or 10)
        cols = k if avail / k >= MIN_CELL else max(1, int(avail // MIN_CELL))
        cell = min(MAX_CELL, avail / cols)
        return lw, cell, cols, math.ceil(k / cols)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, w: int) -> int:
        _, cell, _, bands = self._layout(w)
        n_rows = len(self._rows) or self._empty_rows
        return int(bands * n_rows * cell + (bands - 1) * BAND_GAP) + 2

    def sizeHint(self) -> QSize:
        return QSize(400, self.heightForWidth(400))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 40)

    # -- painting -----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        p = QPainter(self)
        lw, cell, cols, bands = self._layout(self.width())
        n_rows = len(self._rows) or self._empty_rows
        k = self.count()
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        for b in range(bands):
            top = b * (n_rows * cell + BAND_GAP)
            first, last = b * cols, min(k, (b + 1) * cols) if k else cols
            for r in range(n_rows):
                y = top + r * cell
                target = QRectF(lw, y, (last - first) * cell, cell)
                p.fillRect(target, QColor(0, 0, 0))
                if r < len(self._images):
                    p.drawImage(target, self._images[r], QRectF(first * 28, 0,
                                                                (last - first) * 28, 28))
                if r < len(self._labels) and lw > 6:
                    p.setPen(self.palette().color(self.foregroundRole()))
                    text = self.fontMetrics().elidedText(self._labels[r],
                                                         Qt.TextElideMode.ElideMiddle, lw - 6)
                    p.drawText(QRectF(0, y, lw - 6, cell),
                               int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                               text)
            p.setPen(QPen(QColor(80, 80, 90), 1))
            p.drawRect(QRectF(lw, top, (last - first) * cell, n_rows * cell).adjusted(0, 0, -1,
                                                                                       -1))
        p.end()


def fill_model_combo(combo: QComboBox, infos: list[ModelInfo], preferred: tuple[str, ...],
                     exclude: tuple[str, ...] = ()) -> None:
    """Put ``infos`` (by name) in ``combo``; keep its choice if still there, else take the
    first of ``preferred`` that is loaded, else the first model."""
    current = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        for info in infos:
            if info.name in exclude:
                continue
            combo.addItem(info.name, info.name)
            combo.setItemData(combo.count() - 1, QCoreApplication.translate(
                "Lessons", "{title}: {description}").format(
                    title=arch_title(info.architecture),
                    description=tr_model(info.description)),
                Qt.ItemDataRole.ToolTipRole)
        names = [combo.itemData(i) for i in range(combo.count())]
        choice = current if current in names else next(
            (p for p in preferred if p in names), names[0] if names else None)
        if choice is not None:
            combo.setCurrentIndex(names.index(choice))
    finally:
        combo.blockSignals(False)
