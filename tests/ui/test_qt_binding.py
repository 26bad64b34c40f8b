"""Guard against a Qt binding that corrupts reference counts (PySide6 6.12.0 on Python 3.11).

That build decrefs None/True/False on every call returning void or bool; on Python
< 3.12 (where those objects are not immortal) the app then aborts with "Fatal Python
error: none_dealloc" after enough paints, as the UI-latency benchmark did.
"""

import sys

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_void_and_bool_calls_keep_reference_counts(qapp):
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    colour = QColor(1, 2, 3)
    label = QLabel()
    calls = [lambda: colour.setAlpha(100), lambda: painter.setPen(Qt.PenStyle.NoPen),
             lambda: painter.drawLine(QPointF(0, 0), QPointF(3, 3)),
             lambda: label.setText("x"), lambda: label.isVisible()]
    try:
        for call in calls:
            none_before, false_before = sys.getrefcount(None), sys.getrefcount(False)
            for _ in range(300):
                call()
            assert sys.getrefcount(None) >= none_before - 5
            assert sys.getrefcount(False) >= false_before - 5
    finally:
        painter.end()
