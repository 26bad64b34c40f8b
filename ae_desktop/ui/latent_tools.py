"""Interpolation and clustering panels of the latent-space explorer."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.latent.clustering import ClusterResult
from ..core.latent.records import tile
from .help import help_button, set_help_topic
from .panes import DigitView


@dataclass(frozen=True)
class EndpointChoice:
    """Where an interpolation endpoint comes from: the canvas digit, a test digit (its
    index is in the picker's spin box), or the cursor of plane ``plane``."""

    source: str  # "canvas", "test" or "cursor"
    plane: int | None = None


# Marked for lupdate; translated in the "LatentTools" context where the pickers show them.
ENDPOINTS = [(QT_TRANSLATE_NOOP("LatentTools", "Canvas digit"), EndpointChoice("canvas")),
             (QT_TRANSLATE_NOOP("LatentTools", "Test digit #"), EndpointChoice("test")),
             (QT_TRANSLATE_NOOP("LatentTools", "Cursor, left plane"), EndpointChoice("cursor", 0)),
             (QT_TRANSLATE_NOOP("LatentTools", "Cursor, right plane"),
              EndpointChoice("cursor", 1))]


class EndpointPicker(QWidget):
    changed = Signal()

    def __init__(self, default: int, test_index: int, parent=None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        for text, key in ENDPOINTS:
            self.kind.addItem(QCoreApplication.translate("LatentTools", text), key)
        self.kind.setCurrentIndex(default)
        self.index = QSpinBox()
        self.index.setRange(0, 9999)
        self.index.setValue(test_index)
        self.index.setToolTip(QCoreApplication.translate(
            "LatentTools", "Index of a digit in the bundled MNIST test set"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.kind)
        lay.addWidget(self.index)
        self.kind.currentIndexChanged.connect(self._on_control_changed)
        self.index.valueChanged.connect(self._on_control_changed)
        self._on_kind_shown()

    def choice(self) -> EndpointChoice:
        return self.kind.currentData()

    def _on_kind_shown(self) -> None:
        self.index.setVisible(self.choice().source == "test")

    @Slot()
    def _on_control_changed(self) -> None:
        self._on_kind_shown()
        self.changed.emit()


class InterpolationPanel(QWidget):
    """Asks for an interpolation with ``requested``; shows K decoded steps."""

    requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.start = EndpointPicker(1, 0)
        self.end = EndpointPicker(1, 1)
        self.steps = QSpinBox()
        self.steps.setRange(2, 24)
        self.steps.setValue(10)
        self.spherical = QCheckBox(QCoreApplication.translate("LatentTools", "Spherical (slerp)"))
        self.spherical.setToolTip(QCoreApplication.translate(
            "LatentTools", "Interpolate along a great circle; meaningful for the VAE, whose "
            "prior is a round Gaussian"))
        self.model_label = QLabel("")
        self.export_button = QPushButton(QCoreApplication.translate("LatentTools",
                                                                    "Export PNG…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("LatentTools", "From")))
        top.addWidget(self.start)
        top.addWidget(QLabel(QCoreApplication.translate("LatentTools", "to")))
        top.addWidget(self.end)
        top.addWidget(QLabel(QCoreApplication.translate("LatentTools", "Steps")))
        top.addWidget(self.steps)
        top.addWidget(self.spherical)
        top.addStretch(1)
        top.addWidget(self.model_label)
        top.addWidget(self.export_button)
        top.addWidget(help_button("interpolation", self))
        set_help_topic(self, "interpolation")
        self.strip = QHBoxLayout()
        self.strip.setSpacing(2)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(self.strip, 1)
        self.views: list[DigitView] = []
        self.images: np.ndarray | None = None
        for w in (self.start, self.end):
            w.changed.connect(self._on_control_changed)
        self.steps.valueChanged.connect(self._on_control_changed)
        self.spherical.toggled.connect(self._on_control_changed)

    @Slot()
    def _on_control_changed(self) -> None:
        self.requested.emit()

    def show_images(self, images: np.ndarray) -> None:
        self.images = images
        while len(self.views) > len(images):
            self.views.pop().deleteLater()
        while len(self.views) < len(images):
            v = DigitView(min_side=48)
            self.strip.addWidget(v)
            self.views.append(v)
        for v, img in zip(self.views, images, strict=True):
            v.set_image(img)

    def strip_image(self) -> np.ndarray | None:
        return None if self.images is None else tile(self.images, 1, len(self.images))


class ClusteringPanel(QWidget):
    requested = Signal(str, int)  # model name, k

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = QComboBox()
        self.k = QSpinBox()
        self.k.setRange(2, 30)
        self.k.setValue(10)
        self.run = QPushButton(QCoreApplication.translate("LatentTools", "Cluster"))
        self.run.setToolTip(QCoreApplication.translate(
            "LatentTools", "KMeans on the model's codes of the 10,000 test digits, compared "
            "with KMeans on raw pixels"))
        self.scores = QLabel(QCoreApplication.translate(
            "LatentTools", "KMeans on the latent codes: how well do clusters match digits?"))
        self.scores.setWordWrap(True)
        self.samples = DigitView(min_side=120)
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("LatentTools", "Model")))
        top.addWidget(self.model)
        top.addWidget(QLabel("k"))
        top.addWidget(self.k)
        top.addWidget(self.run)
        top.addStretch(1)
        top.addWidget(help_button("clustering", self))
        set_help_topic(self, "clustering")
        grid = QGridLayout()
        grid.addWidget(self.scores, 0, 0)
        grid.addWidget(self.samples, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(grid, 1)
        self.run.clicked.connect(self._on_run_clicked)
        self.result: tuple[ClusterResult, ClusterResult] | None = None

    @Slot()
    def _on_run_clicked(self) -> None:
        if self.model.currentText():
            self.scores.setText(QCoreApplication.translate("LatentTools", "clustering…"))
            self.requested.emit(self.model.currentText(), self.k.value())

    def show_result(self, name: str, ours: ClusterResult, pixels: ClusterResult,
                    images: np.ndarray, labels: np.ndarray) -> None:
        self.result = (ours, pixels)
        rows = []
        for c in range(ours.k):
            members = labels[ours.assignments == c]
            if members.size:
                top = np.bincount(members, minlength=10)
                rows.append(QCoreApplication.translate(
                    "LatentTools", "cluster {cluster}: {n} digits, mostly {digit} ({share})")
                    .format(cluster=c, n=members.size, digit=top.argmax(),
                            share=f"{top.max() / members.size:.0%}"))
        self.scores.setText(
            QCoreApplication.translate(
                "LatentTools", "<b>{name}</b> codes: purity <b>{purity}</b>, NMI <b>{nmi}</b>"
                "<br>raw pixels (baseline): purity {pixel_purity}, NMI {pixel_nmi}").format(
                name=name, purity=f"{ours.purity:.3f}", nmi=f"{ours.nmi:.3f}",
                pixel_purity=f"{pixels.purity:.3f}", pixel_nmi=f"{pixels.nmi:.3f}")
            + "<br><br>" + "<br>".join(rows))
        ex = ours.exemplars
        tiles = np.zeros((ex.shape[0] * ex.shape[1], 28, 28), np.float32)
        for i, idx in enumerate(ex.ravel()):
            if idx >= 0:
                tiles[i] = images[idx]
        self.samples.set_image(tile(tiles, ex.shape[0], ex.shape[1]))

    def show_error(self, message: str) -> None:
        self.scores.setText(QCoreApplication.translate("LatentTools",
                                                       "clustering failed: {reason}")
                            .format(reason=message))
