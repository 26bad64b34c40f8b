"""Lesson 1's figure: test digits in one row, a model's reconstructions below.

The digits are real MNIST test digits; the reconstructions come from the engine
(:class:`~ae_desktop.engine.protocol.ReconstructDigits`), so this widget holds no
model and imports no torch.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.data.idx import load_test
from ...core.data.images import save_png, strip_image
from ...core.store.model_info import ModelInfo
from ...engine.protocol import ReconstructDigits, Reconstructions
from ..i18n import bundled_font_path
from ..reasons import tr_reason
from .views import DigitRows, fill_model_combo

MIN_DIGITS, MAX_DIGITS, DEFAULT_DIGITS = 5, 20, 10
EXPORT_SCALE = 3  # each digit 84 px wide in the exported PNG
TITLE_HEIGHT = 22
JOB_KEY = "lessons/gallery"


def n_test_digits() -> int:
    return len(load_test())


def random_indices(rng: np.random.Generator, k: int, n: int,
                   avoid: tuple[int, ...] = ()) -> tuple[int, ...]:
    """``k`` distinct test-digit indices, none of ``avoid`` when there are enough others."""
    pool = np.setdiff1d(np.arange(n), np.asarray(avoid, dtype=np.int64))
    if len(pool) < k:
        pool = np.arange(n)
    return tuple(int(i) for i in rng.choice(pool, size=k, replace=False))


def _label_font_path():
    """The bundled font for the PNG's labels (PIL's own font has no Hangul), if shipped."""
    path = bundled_font_path()
    return path if path.is_file() else None


def gallery_image(result: Reconstructions, scale: int = EXPORT_SCALE) -> Image.Image:
    """The exported figure: a title line, a strip of the originals (captioned ``#index``
    and the label) and below it a strip of the reconstructions (captioned with each
    digit's MSE against its original)."""
    labels = result.labels if result.labels is not None else [None] * len(result.indices)
    font_path = _label_font_path()
    label_text = QCoreApplication.translate("LessonGallery", "label {label}")
    top_panels = [(f"#{i}" + ("" if lab is None else "\n" + label_text.format(label=int(lab))),
                   img)
                  for i, lab, img in zip(result.indices, labels, result.originals, strict=True)]
    top = strip_image(top_panels, scale, font_path=font_path)
    caption = QCoreApplication.translate("LessonGallery", "output\nmse {mse:.4f}")
    bottom = strip_image([(caption.format(mse=e), img)
                          for e, img in zip(result.mse, result.outputs, strict=True)], scale,
                         font_path=font_path)
    out = Image.new("RGB", (top.width, TITLE_HEIGHT + top.height + bottom.height),
                    (32, 32, 36))
    title = QCoreApplication.translate(
        "LessonGallery", "{model}: MNIST test digits (top) and their reconstructions "
                         "(below); mean mse {mse:.4f}").format(model=result.model,
                                                               mse=float(result.mse.mean()))
    font = ImageFont.truetype(str(font_path), 12) if font_path is not None else None
    ImageDraw.Draw(out).text((8, 6), title, fill=(230, 230, 230), font=font)
    out.paste(top, (0, TITLE_HEIGHT))
    out.paste(bottom, (0, TITLE_HEIGHT + top.height))
    return out


class GalleryFigure(QWidget):
    """Originals above reconstructions for any loaded model and 5 to 20 test digits."""

    shown = Signal()  # a new set of reconstructions is on screen

    PREFERRED = ("conv_upsampling",)

    def __init__(self, engine, infos: list[ModelInfo] | None = None,
                 preferred: tuple[str, ...] = PREFERRED, parent: QWidget | None = None,
                 seed: int | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.preferred = preferred
        self._rng = np.random.default_rng(seed)
        self._job = 0
        self.result: Reconstructions | None = None
        self.indices: tuple[int, ...] = ()

        self.model_combo = QComboBox()
        self.model_combo.setToolTip(QCoreApplication.translate(
            "LessonGallery", "The model whose reconstructions fill the lower row"))
        self.count = QSpinBox()
        self.count.setRange(MIN_DIGITS, MAX_DIGITS)
        self.count.setValue(DEFAULT_DIGITS)
        self.count.setToolTip(QCoreApplication.translate(
            "LessonGallery", "How many test digits to show (5 to 20)"))
        self.new_digits = QPushButton(QCoreApplication.translate("LessonGallery", "New digits"))
        self.new_digits.setToolTip(QCoreApplication.translate(
            "LessonGallery", "Pick other test digits at random"))
        self.export_button = QPushButton(QCoreApplication.translate("LessonGallery",
                                                                    "Export PNG…"))
        self.export_button.setToolTip(QCoreApplication.translate(
            "LessonGallery", "Save both rows, with each digit's error, as a PNG image"))
        self.export_button.setEnabled(False)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(QCoreApplication.translate("LessonGallery", "Model")))
        controls.addWidget(self.model_combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(QCoreApplication.translate("LessonGallery", "Digits")))
        buttons.addWidget(self.count)
        buttons.addWidget(self.new_digits)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)

        self.rows_view = DigitRows()
        self.rows_view.setToolTip(QCoreApplication.translate(
            "LessonGallery", "Top: the test digits as the model receives them. Below each: "
                             "what the model gives back."))
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(controls)
        lay.addLayout(buttons)
        lay.addWidget(self.rows_view)
        lay.addWidget(self.status)

        self.model_combo.currentIndexChanged.connect(self._on_model_combo_changed)
        self.count.valueChanged.connect(self._on_count_changed)
        self.new_digits.clicked.connect(self.pick_new_digits)
        self.export_button.clicked.connect(self.export_png)
        engine.job_done.connect(self._on_engine_job_done)
        engine.job_failed.connect(self._on_engine_job_failed)
        engine.models_loaded.connect(self._on_engine_models_loaded)

        self.indices = random_indices(self._rng, self.count.value(), n_test_digits())
        self.set_models(list(infos or []))

    # -- state ---------------------------------------------------------------------------
    def model(self) -> str | None:
        return self.model_combo.currentData()

    def set_models(self, infos: list[ModelInfo]) -> None:
        fill_model_combo(self.model_combo, infos, self.preferred)
        self.request()

    def set_model(self, name: str) -> bool:
        i = self.model_combo.findData(name)
        if i >= 0:
            self.model_combo.setCurrentIndex(i)
        return i >= 0

    def pending(self) -> bool:
        return self._job != 0

    @Slot()
    def pick_new_digits(self) -> None:
        self.indices = random_indices(self._rng, self.count.value(), n_test_digits(),
                                      avoid=self.indices)
        self.request()

    def request(self) -> None:
        """Ask the engine for the current model's reconstructions of the current digits."""
        model = self.model()
        if model is None:
            self._job = 0
            self.status.setText(QCoreApplication.translate(
                "LessonGallery", "No model is loaded yet: the gallery fills in as soon as "
                "the models are."))
            return
        self.status.setText(QCoreApplication.translate("LessonGallery", "Computing…"))
        self._job = self.engine.submit_job(ReconstructDigits(model, self.indices), key=JOB_KEY,
                                           cancel_running=False)

    # -- engine answers --------------------------------------------------------------------
    @Slot(int, object)
    def _on_engine_job_done(self, job_id: int, result) -> None:
        if job_id != self._job or not isinstance(result, Reconstructions):
            return
        self._job = 0
        self.result = result
        self.rows_view.set_rows([result.originals, result.outputs], [
            QCoreApplication.translate("LessonGallery", "test digits"),
            QCoreApplication.translate("LessonGallery", "output")])
        self.export_button.setEnabled(True)
        labels = ("" if result.labels is None else QCoreApplication.translate(
            "LessonGallery", "labels {labels}; ").format(
                labels=" ".join(str(int(v)) for v in result.labels)))
        self.status.setText(QCoreApplication.translate(
            "LessonGallery", "{n} test digits ({labels}indices {indices}). Mean squared "
            "error of {model}: {mse:.4f} (worst digit {worst:.4f}).").format(
                n=len(result.indices), labels=labels,
                indices=", ".join(str(i) for i in result.indices), model=result.model,
                mse=float(result.mse.mean()), worst=float(result.mse.max())))
        self.shown.emit()

    @Slot(int, object)
    def _on_engine_job_failed(self, job_id: int, message: str) -> None:
        if job_id != self._job:
            return
        self._job = 0
        self.status.setText(QCoreApplication.translate(
            "LessonGallery", "The reconstructions could not be computed: {message}").format(
                message=tr_reason(message)))

    @Slot(object, object)
    def _on_engine_models_loaded(self, infos, _failures) -> None:
        self.set_models(list(infos))  # the old answers came from the replaced models

    # -- controls ----------------------------------------------------------------------------
    @Slot(int)
    def _on_model_combo_changed(self, _index: int) -> None:
        self.request()

    @Slot(int)
    def _on_count_changed(self, k: int) -> None:
        if k <= len(self.indices):  # fewer: keep the first ones, so the rows stay comparable
            self.indices = self.indices[:k]
        else:
            extra = random_indices(self._rng, k - len(self.indices), n_test_digits(),
                                   avoid=self.indices)
            self.indices = self.indices + extra
        self.request()

    # -- export --------------------------------------------------------------------------------
    @Slot()
    def export_png(self) -> None:
        if self.result is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("LessonGallery", "Export the gallery as PNG"),
            f"gallery_{self.result.model}.png",
            QCoreApplication.translate("LessonGallery", "PNG image (*.png)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        """Write the figure shown to ``path`` (atomically); a message box on failure."""
        if self.result is None:
            return False
        try:
            save_png(gallery_image(self.result), path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, QCoreApplication.translate("LessonGallery",
                                                                 "Export failed"),
                                f"{path}: {getattr(exc, 'strerror', None) or exc}")
            return False
        self.status.setText(QCoreApplication.translate("LessonGallery", "Saved {path}").format(
            path=path))
        return True
