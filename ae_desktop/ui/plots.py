"""pyqtgraph set-up shared by the plot windows."""

from __future__ import annotations

import pyqtgraph as pg

from .colors import DIGIT_COLOURS

pg.setConfigOptions(antialias=True, imageAxisOrder="row-major")


def plot_widget(title: str, x_label: str, y_label: str) -> pg.PlotWidget:
    w = pg.PlotWidget()
    w.setTitle(title)
    w.setLabel("bottom", x_label)
    w.setLabel("left", y_label)
    w.showGrid(x=True, y=True, alpha=0.25)
    w.addLegend(offset=(10, 10))
    return w


def pen(i: int, width: float = 2.0):
    """Tableau-10 colours: distinguishable lines for up to ten models."""
    return pg.mkPen(DIGIT_COLOURS[i % len(DIGIT_COLOURS)], width=width)
