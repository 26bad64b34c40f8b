"""numpy ⇄ QImage conversions for greyscale digits."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage


def gray_to_qimage(img01: np.ndarray) -> QImage:
    """A [0, 1] float array as an 8-bit greyscale QImage (owns a copy of the data)."""
    a = np.ascontiguousarray((np.clip(img01, 0, 1) * 255 + 0.5).astype(np.uint8))
    h, w = a.shape
    return QImage(a.data, w, h, w, QImage.Format.Format_Grayscale8).copy()


def qimage_to_gray(image: QImage) -> np.ndarray:
    """An 8-bit greyscale QImage as a float32 [0, 1] array (copied)."""
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    w, h, bpl = image.width(), image.height(), image.bytesPerLine()
    buf = np.frombuffer(image.constBits(), np.uint8, count=bpl * h).reshape(h, bpl)
    return buf[:, :w].astype(np.float32) / 255.0


def qimage_to_rgba(image: QImage) -> np.ndarray:
    """Any QImage as uint8 RGBA ``(H, W, 4)`` (copied)."""
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    w, h, bpl = image.width(), image.height(), image.bytesPerLine()
    buf = np.frombuffer(image.constBits(), np.uint8, count=bpl * h).reshape(h, bpl)
    return buf[:, : w * 4].reshape(h, w, 4).copy()


def rgb_to_qimage(rgb: np.ndarray) -> QImage:
    """A uint8 ``(H, W, 3)`` array as an RGB888 QImage (owns a copy of the data)."""
    a = np.ascontiguousarray(rgb, np.uint8)
    h, w, _ = a.shape
    return QImage(a.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
