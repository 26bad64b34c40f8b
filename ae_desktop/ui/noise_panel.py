"""Noise controls: type, amount, seed and a 'new noise' button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
)

from ..core.live.noise import NOISE_TYPES, NoiseSettings
from .help import help_button, set_help_topic

LABELS = {"gaussian": "Gaussian", "masking": "Masking", "salt_pepper": "Salt && pepper"}
SLIDER_STEPS = 100


class NoisePanel(QGroupBox):
    """Emits ``noise_changed(NoiseSettings)`` whenever a control changes."""

    noise_changed = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__("Noise", parent)
        self.kind = QComboBox()
        for key in NOISE_TYPES:
            self.kind.addItem(LABELS[key].replace("&&", "&"), key)
            self.kind.setItemData(self.kind.count() - 1, NOISE_TYPES[key], Qt.ItemDataRole.ToolTipRole)
        self.kind.setToolTip("How the digit is corrupted before it reaches the models")
        self.amount = QSlider(Qt.Orientation.Horizontal)
        self.amount.setRange(0, SLIDER_STEPS)
        self.amount.setToolTip("Noise amount (0 = off). Gaussian: standard deviation on [0, 1] "
                               "pixels; masking and salt & pepper: fraction of pixels hit")
        self.amount_label = QLabel("off")
        self.amount_label.setMinimumWidth(36)
        self.seed = QSpinBox()
        self.seed.setRange(0, 999_999)
        self.seed.setToolTip("Noise seed: the same seed gives the same noise pattern")
        self.new_noise = QPushButton("New noise")
        self.new_noise.setToolTip("Draw a fresh noise pattern (N)")
        lay = QHBoxLayout(self)
        lay.addWidget(self.kind)
        lay.addWidget(QLabel("Amount"))
        lay.addWidget(self.amount, 1)
        lay.addWidget(self.amount_label)
        lay.addWidget(QLabel("Seed"))
        lay.addWidget(self.seed)
        lay.addWidget(self.new_noise)
        lay.addWidget(help_button("noise", self))
        set_help_topic(self, "noise")
        self.kind.currentIndexChanged.connect(self._on_control_changed)
        self.amount.valueChanged.connect(self._on_control_changed)
        self.seed.valueChanged.connect(self._on_control_changed)
        self.new_noise.clicked.connect(self._on_new_noise_clicked)

    def settings(self) -> NoiseSettings:
        return NoiseSettings(self.kind.currentData(), self.amount.value() / SLIDER_STEPS,
                             self.seed.value())

    def set_settings(self, s: NoiseSettings) -> None:
        i = self.kind.findData(s.kind)
        self.kind.setCurrentIndex(max(i, 0))
        self.amount.setValue(round(s.amount * SLIDER_STEPS))
        self.seed.setValue(s.seed)

    @Slot()
    def _on_new_noise_clicked(self) -> None:
        self.seed.setValue((self.seed.value() + 1) % (self.seed.maximum() + 1))

    @Slot()
    def _on_control_changed(self) -> None:
        s = self.settings()
        self.amount_label.setText(f"{s.amount:.2f}" if s.active else "off")
        self.noise_changed.emit(s)
