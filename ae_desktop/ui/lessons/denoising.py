"""Lesson 3's figure: clean, noised and reconstructed test digits, for the denoising
model and for a model that never saw noise, each with its error against the clean digits.

The noise is the Keras blog's: ``clip(x + factor * N(0, 1), 0, 1)`` on [0, 1] pixels,
which is :func:`~ae_desktop.core.live.noise.apply_noise` with a Gaussian of that
amount. The engine noises the digits (:class:`~ae_desktop.engine.protocol.ReconstructDigits`
with ``noise``), so both models see exactly the same noised digits.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ...core.live.noise import NoiseSettings
from ...core.store.model_info import ModelInfo
from ...engine.protocol import ReconstructDigits, Reconstructions
from ..reasons import tr_reason
from .gallery import n_test_digits, random_indices
from .views import DigitRows, fill_model_combo

DENOISER = "denoising_dense"
PLAIN_PREFERRED = ("conv_upsampling", "dense_100")
TUTORIAL_FACTOR = 0.5  # the Keras blog's noise_factor
N_DIGITS = 8
SLIDER_STEPS = 100
ROLES = ("denoiser", "plain")
ROWS = ("clean", "noised", "output")


class _ModelBlock(QFrame):
    """Three labelled rows (clean, noised, output) and the model's error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel("")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.rows_view = DigitRows()
        self.rows_view.set_empty_rows(len(ROWS))
        self.error = QLabel("")
        self.error.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.title)
        lay.addWidget(self.rows_view)
        lay.addWidget(self.error)

    def clear(self) -> None:
        self.rows_view.clear()
        self.error.setText("")


class DenoisingFigure(QWidget):
    """The denoising model beside a plain one, on the same noised test digits."""

    shown = Signal()  # a model's rows were updated

    def __init__(self, engine, infos: list[ModelInfo] | None = None,
                 parent: QWidget | None = None, seed: int | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._rng = np.random.default_rng(seed)
        self.noise_seed = int(self._rng.integers(1_000_000))
        self.indices = random_indices(self._rng, N_DIGITS, n_test_digits())
        self.loaded: list[str] = []
        self._jobs: dict[str, int] = {}
        self._asked: dict[str, ReconstructDigits] = {}
        self.results: dict[str, Reconstructions] = {}

        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, SLIDER_STEPS)
        self.spin = QDoubleSpinBox()
        self.spin.setRange(0.0, 1.0)
        self.spin.setSingleStep(0.05)
        self.spin.setDecimals(2)
        tip = QCoreApplication.translate(
            "LessonDenoising", "Noise factor: every pixel gets factor × N(0, 1) added, then is "
                               "clipped to [0, 1]. The Keras blog uses 0.5.")
        self.slider.setToolTip(tip)
        self.spin.setToolTip(tip)
        self.plain_combo = QComboBox()
        self.plain_combo.setToolTip(QCoreApplication.translate(
            "LessonDenoising", "A model trained on clean digits only, to compare with"))
        self.new_digits = QPushButton(QCoreApplication.translate("LessonDenoising",
                                                                 "New digits"))
        self.new_noise = QPushButton(QCoreApplication.translate("LessonDenoising",
                                                                "New noise"))
        self.new_noise.setToolTip(QCoreApplication.translate(
            "LessonDenoising", "The same digits with another draw of the noise"))
        self.tutorial_button = QPushButton(QCoreApplication.translate(
            "LessonDenoising", "Tutorial's 0.5"))
        factor_row = QHBoxLayout()
        factor_row.addWidget(QLabel(QCoreApplication.translate("LessonDenoising",
                                                               "Noise factor")))
        factor_row.addWidget(self.slider, 1)
        factor_row.addWidget(self.spin)
        compare_row = QHBoxLayout()
        compare_row.addWidget(QLabel(QCoreApplication.translate("LessonDenoising",
                                                                "Compare with")))
        compare_row.addWidget(self.plain_combo, 1)
        button_row = QHBoxLayout()
        button_row.addWidget(self.tutorial_button)
        button_row.addWidget(self.new_digits)
        button_row.addWidget(self.new_noise)
        button_row.addStretch(1)

        self.missing = QLabel("")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #d08030;")
        self.missing.setVisible(False)
        self.blocks = {role: _ModelBlock() for role in ROLES}
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.status = QLabel("")
        self.status.setWordWrap(True)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(factor_row)
        lay.addLayout(button_row)
        lay.addLayout(compare_row)
        lay.addWidget(self.missing)
        for role in ROLES:
            lay.addWidget(self.blocks[role])
        lay.addWidget(self.summary)
        lay.addWidget(self.status)

        self.set_factor(TUTORIAL_FACTOR, request=False)
        self.slider.valueChanged.connect(self._on_slider_changed)
        self.spin.valueChanged.connect(self._on_spin_changed)
        self.tutorial_button.clicked.connect(self._on_tutorial_clicked)
        self.plain_combo.currentIndexChanged.connect(self._on_plain_combo_changed)
        self.new_digits.clicked.connect(self.pick_new_digits)
        self.new_noise.clicked.connect(self.draw_new_noise)
        engine.job_done.connect(self._on_engine_job_done)
        engine.job_failed.connect(self._on_engine_job_failed)
        engine.models_loaded.connect(self._on_engine_models_loaded)
        self.set_models(list(infos or []))

    # -- state -------------------------------------------------------------------------------
    def factor(self) -> float:
        return round(self.spin.value(), 2)

    def noise(self) -> NoiseSettings:
        return NoiseSettings("gaussian", self.factor(), self.noise_seed)

    def set_factor(self, factor: float, request: bool = True) -> None:
        self.slider.blockSignals(True)
        self.spin.blockSignals(True)
        self.spin.setValue(factor)
        self.slider.setValue(round(self.spin.value() * SLIDER_STEPS))
        self.slider.blockSignals(False)
        self.spin.blockSignals(False)
        if request:
            self.request()

    def plain_model(self) -> str | None:
        return self.plain_combo.currentData()

    def set_plain_model(self, name: str) -> bool:
        i = self.plain_combo.findData(name)
        if i >= 0:
            self.plain_combo.setCurrentIndex(i)
        return i >= 0

    def models_shown(self) -> dict[str, str]:
        """Role (``denoiser``, ``plain``) → the model shown in that block."""
        out = {}
        if DENOISER in self.loaded:
            out["denoiser"] = DENOISER
        if self.plain_model() is not None:
            out["plain"] = self.plain_model()
        return out

    def pending(self) -> bool:
        return bool(self._jobs)

    def mse(self, role: str) -> float | None:
        r = self.results.get(role)
        return None if r is None else float(r.mse.mean())

    def set_models(self, infos: list[ModelInfo]) -> None:
        self.loaded = [i.name for i in infos]
        fill_model_combo(self.plain_combo, infos, PLAIN_PREFERRED, exclude=(DENOISER,))
        has = DENOISER in self.loaded
        self.blocks["denoiser"].setVisible(has)
        self.missing.setVisible(not has and bool(infos))
        self.missing.setText(QCoreApplication.translate(
            "LessonDenoising", "The denoising model ({name}) is not loaded, so there is nothing "
            "to compare with: only the plain model is shown. It ships with AE Desktop; if you "
            "removed it, train it again with Train → Train model… (Denoising AE) or reload the "
            "models (Models → Reload models).").format(name=DENOISER))
        self.request()

    @Slot()
    def pick_new_digits(self) -> None:
        self.indices = random_indices(self._rng, N_DIGITS, n_test_digits(), avoid=self.indices)
        self.request()

    @Slot()
    def draw_new_noise(self) -> None:
        self.noise_seed = (self.noise_seed + 1) % 1_000_000
        self.request()

    def request(self) -> None:
        """Ask the engine for each shown model's rows at the current factor and digits."""
        shown = self.models_shown()
        if not shown:
            self._jobs.clear()
            self.status.setText(QCoreApplication.translate(
                "LessonDenoising", "No model is loaded yet: the figure fills in as soon as the "
                "models are."))
            return
        self.status.setText(QCoreApplication.translate("LessonDenoising", "Computing…"))
        noise = self.noise()
        for role in ROLES:
            if role not in shown:
                self._jobs.pop(role, None)
                self.results.pop(role, None)
                self.blocks[role].clear()
                continue
            payload = ReconstructDigits(shown[role], self.indices, noise)
            self._asked[role] = payload
            self._jobs[role] = self.engine.submit_job(payload, key=f"lessons/denoise/{role}",
                                                      cancel_running=False)
        self._show_summary()

    # -- engine answers ----------------------------------------------------------------------
    @Slot(int, object)
    def _on_engine_job_done(self, job_id: int, result) -> None:
        role = next((r for r, j in self._jobs.items() if j == job_id), None)
        if role is None or not isinstance(result, Reconstructions):
            return
        del self._jobs[role]
        self.results[role] = result
        block = self.blocks[role]
        asked = self._asked[role]
        factor = asked.noise.amount if asked.noise is not None else 0.0
        block.rows_view.set_rows([result.originals, result.inputs, result.outputs], [
            QCoreApplication.translate("LessonDenoising", "clean"),
            QCoreApplication.translate("LessonDenoising", "noised {factor:.2f}").format(
                factor=factor),
            QCoreApplication.translate("LessonDenoising", "output")])
        if role == "denoiser":
            block.title.setText(QCoreApplication.translate(
                "LessonDenoising", "{model}: trained on noisy digits, to give back clean "
                "ones").format(model=result.model))
        else:
            block.title.setText(QCoreApplication.translate(
                "LessonDenoising", "{model}: trained on clean digits only").format(
                    model=result.model))
        block.error.setText(QCoreApplication.translate(
            "LessonDenoising", "Mean squared error against the clean digits: {mse:.4f}").format(
                mse=float(result.mse.mean())))
        if not self._jobs:
            self.status.setText("")
        self._show_summary()
        self.shown.emit()

    @Slot(int, object)
    def _on_engine_job_failed(self, job_id: int, message: str) -> None:
        role = next((r for r, j in self._jobs.items() if j == job_id), None)
        if role is None:
            return
        del self._jobs[role]
        self.status.setText(QCoreApplication.translate(
            "LessonDenoising", "The {model} rows could not be computed: {message}").format(
                model=self._asked[role].model, message=tr_reason(message)))

    @Slot(object, object)
    def _on_engine_models_loaded(self, infos, _failures) -> None:
        self.set_models(list(infos))

    def _show_summary(self) -> None:
        d, p = self.results.get("denoiser"), self.results.get("plain")
        current = (d is not None and p is not None and not self._jobs
                   and d.indices == p.indices == self.indices)
        if not current:
            self.summary.setText("")
            return
        md, mp = float(d.mse.mean()), float(p.mse.mean())
        if md < mp:
            text = QCoreApplication.translate(
                "LessonDenoising", "On these digits the denoiser's error is {ratio:.1f} times "
                "smaller than that of {plain}.").format(ratio=mp / max(md, 1e-12), plain=p.model)
        else:
            text = QCoreApplication.translate(
                "LessonDenoising", "On these digits {plain} does as well as the denoiser or "
                "better (try a larger noise factor).").format(plain=p.model)
        self.summary.setText(text)

    # -- controls ----------------------------------------------------------------------------
    @Slot(int)
    def _on_slider_changed(self, value: int) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(value / SLIDER_STEPS)
        self.spin.blockSignals(False)
        self.request()

    @Slot(float)
    def _on_spin_changed(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(value * SLIDER_STEPS))
        self.slider.blockSignals(False)
        self.request()

    @Slot()
    def _on_tutorial_clicked(self) -> None:
        self.set_factor(TUTORIAL_FACTOR)

    @Slot(int)
    def _on_plain_combo_changed(self, _index: int) -> None:
        self.request()
