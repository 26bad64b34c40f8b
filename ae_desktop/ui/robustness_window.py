"""Robustness curve: each model's error against noise amount, computed off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.evaluation.records import RobustnessCurve
from ..core.live.noise import NOISE_TYPES
from .help import help_button, set_help_topic
from .noise_panel import noise_label
from .plots import pen, plot_widget
from .reasons import tr_reason


class RobustnessWindow(QWidget):
    """A tool window; asks for a curve with ``curve_requested(kind)``."""

    curve_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Tool)
        self.setWindowTitle(QCoreApplication.translate("RobustnessWindow", "Robustness curve"))
        self.resize(640, 440)
        self.kind = QComboBox()
        for key in NOISE_TYPES:
            self.kind.addItem(noise_label(key), key)
        self.recompute = QPushButton(QCoreApplication.translate("RobustnessWindow", "Recompute"))
        self.status = QLabel("")
        self.plot = plot_widget(
            QCoreApplication.translate("RobustnessWindow", "Reconstruction error vs noise"),
            QCoreApplication.translate("RobustnessWindow", "noise amount"),
            QCoreApplication.translate("RobustnessWindow", "MSE against the clean digit"))
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("RobustnessWindow", "Noise type")))
        top.addWidget(self.kind)
        top.addWidget(self.recompute)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(help_button("robustness", self))
        set_help_topic(self, "robustness")
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.plot, 1)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.recompute.clicked.connect(self._on_kind_changed)
        self.curve: RobustnessCurve | None = None

    def request(self) -> None:
        self.status.setText(QCoreApplication.translate("RobustnessWindow", "computing…"))
        self.curve_requested.emit(self.kind.currentData())

    @Slot()
    def _on_kind_changed(self) -> None:
        self.request()

    def show_curve(self, curve: RobustnessCurve) -> None:
        if curve.kind != self.kind.currentData():
            return  # an answer for a type the user has since switched away from
        self.curve = curve
        self.plot.clear()
        for i, (name, mse) in enumerate(curve.mse.items()):
            self.plot.plot(curve.amounts, mse, pen=pen(i), name=name, symbol="o", symbolSize=5,
                           symbolBrush=pen(i).color())
        self.status.setText(QCoreApplication.translate(
            "RobustnessWindow", "mean over {n} test digits").format(n=curve.n_digits))

    def show_error(self, message: str) -> None:
        self.status.setText(QCoreApplication.translate("RobustnessWindow", "failed: {reason}")
                            .format(reason=tr_reason(message)))
