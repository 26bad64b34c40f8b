"""Noise controls: type, amount, seed and a 'new noise' button."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
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

# The noise kinds as the combo boxes show them, translated there (context "NoisePanel").
LABELS = {"gaussian": QT_TRANSLATE_NOOP("NoisePanel", "Gaussian"),
          "masking": QT_TRANSLATE_NOOP("NoisePanel", "Masking"),
          "salt_pepper": QT_TRANSLATE_NOOP("NoisePanel", "Salt && pepper")}
# core.live.noise.NOISE_TYPES' descriptions (core is Qt-free), repeated here for lupdate;
# a description changed in core shows in English until it is added here too.
DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("NoisePanel", "Gaussian: add amount × N(0, 1) to every pixel, clip to [0, 1]"),
    QT_TRANSLATE_NOOP("NoisePanel", "Masking: set a random fraction (amount) of pixels to 0"),
    QT_TRANSLATE_NOOP("NoisePanel",
                      "Salt and pepper: set a random fraction (amount) of pixels to 0 or 1"),
)
SLIDER_STEPS = 100


def noise_label(kind: str) -> str:
    """A noise kind's name in the interface language (as a combo box item)."""
    return QCoreApplication.translate("NoisePanel", LABELS[kind]).replace("&&", "&")


def noise_description(kind: str) -> str:
    """What a noise kind does (core's description), in the interface language."""
    return QCoreApplication.translate("NoisePanel", NOISE_TYPES[kind])


class NoisePanel(QGroupBox):
    """Emits ``noise_changed(NoiseSettings)`` whenever a control changes."""

    noise_changed = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(QCoreApplication.translate("NoisePanel", "Noise"), parent)
        self.kind = QComboBox()
        for key in NOISE_TYPES:
            self.kind.addItem(noise_label(key), key)
            self.kind.setItemData(self.kind.count() - 1, noise_description(key),
                                  Qt.ItemDataRole.ToolTipRole)
        self.kind.setToolTip(QCoreApplication.translate(
            "NoisePanel", "How the digit is corrupted before it reaches the models"))
        self.amount = QSlider(Qt.Orientation.Horizontal)
        self.amount.setRange(0, SLIDER_STEPS)
        self.amount.setToolTip(QCoreApplication.translate(
            "NoisePanel", "Noise amount (0 = off). Gaussian: standard deviation on [0, 1] "
            "pixels; masking and salt & pepper: fraction of pixels hit"))
        self.amount_label = QLabel(QCoreApplication.translate("NoisePanel", "off"))
        self.amount_label.setMinimumWidth(36)
        self.seed = QSpinBox()
        self.seed.setRange(0, 999_999)
        self.seed.setToolTip(QCoreApplication.translate(
            "NoisePanel", "Noise seed: the same seed gives the same noise pattern"))
        self.new_noise = QPushButton(QCoreApplication.translate("NoisePanel", "New noise"))
        self.new_noise.setToolTip(QCoreApplication.translate("NoisePanel",
                                                             "Draw a fresh noise pattern (N)"))
        lay = QHBoxLayout(self)
        lay.addWidget(self.kind)
        lay.addWidget(QLabel(QCoreApplication.translate("NoisePanel", "Amount")))
        lay.addWidget(self.amount, 1)
        lay.addWidget(self.amount_label)
        lay.addWidget(QLabel(QCoreApplication.translate("NoisePanel", "Seed")))
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
        self.amount_label.setText(f"{s.amount:.2f}" if s.active
                                  else QCoreApplication.translate("NoisePanel", "off"))
        self.noise_changed.emit(s)
