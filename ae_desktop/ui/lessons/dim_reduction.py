"""Lesson 2's figure: digits and their short codes, and KMeans on the codes.

Three parts: (1) the canvas digit and a few test digits beside their codes in the
dense autoencoder (``dense_100``, 100 numbers shown as 10x10) and in the conv AE with a
14x14 latent map (``conv_latent_map``); (2) KMeans with k = 10 on one model's codes of
the 10,000 test digits, each cluster shown as a row of its digits nearest the centre
above the row of their codes, as the tutorial prints them; (3) how well the clusters
match the labels (purity, NMI), beside KMeans on the raw pixels.

The codes come from the engine (:class:`~ae_desktop.engine.protocol.EncodeTestSet`,
:class:`~ae_desktop.engine.protocol.ClusterCodes`); this widget imports no torch.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.data.idx import load_test
from ...core.latent.pictures import latent_picture
from ...core.store.model_info import ModelInfo
from ...engine.protocol import ClusterCodes, Clusters, EncodeTestSet, Encodings
from ..qimage import gray_to_qimage
from ..reasons import tr_reason

CONTEXT = "LessonDimReduction"
MODELS = ("dense_100", "conv_latent_map")
K = 10
TEST_LABELS = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9)  # the first test digit of each class
MIN_CELL, MAX_CELL = 22, 56


def digits_at(indices) -> np.ndarray:
    """The test digits at ``indices`` as ``(K, 28, 28)`` floats in [0, 1]."""
    return load_test().images[list(indices)].astype(np.float32) / 255.0


def chosen_test_indices() -> tuple[int, ...]:
    """The first test digit of each class in :data:`TEST_LABELS`."""
    labels = np.asarray(load_test().labels)
    return tuple(int(np.flatnonzero(labels == c)[0]) for c in TEST_LABELS
                 if np.any(labels == c))


def code_picture(code: np.ndarray, latent_shape: tuple[int, ...]) -> np.ndarray | None:
    """``latent_picture`` of a flattened code, reshaped to the model's latent shape."""
    code = np.asarray(code, np.float32)
    if latent_shape and int(np.prod(latent_shape)) == code.size:
        code = code.reshape(latent_shape)
    return latent_picture(code)


class PictureRows(QWidget):
    """Rows of pictures of any size (digits, code pictures), each in a square cell and
    labelled on the left; a row's entry may be ``None`` (an empty cell)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[list[np.ndarray | None]] = []
        self._images: list[list] = []
        self._labels: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(160)

    def set_rows(self, rows: list[list[np.ndarray | None]], labels: list[str]) -> None:
        self._rows = [[None if p is None else np.asarray(p, np.float32) for p in r]
                      for r in rows]
        self._images = [[None if p is None else gray_to_qimage(p) for p in r]
                        for r in self._rows]
        self._labels = list(labels)
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.set_rows([], [])

    def rows(self) -> list[list[np.ndarray | None]]:
        return [[None if p is None else p.copy() for p in r] for r in self._rows]

    def labels(self) -> list[str]:
        return list(self._labels)

    def _cols(self) -> int:
        return max((len(r) for r in self._rows), default=0)

    def _label_width(self, w: int) -> int:
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(t) for t in self._labels), default=0)
        return min(int(w * 0.4), widest + 8) if widest else 0

    def _cell(self, w: int) -> float:
        cols = max(1, self._cols())
        return max(MIN_CELL, min(MAX_CELL, (w - self._label_width(w)) / cols))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, w: int) -> int:
        return int(max(1, len(self._rows)) * self._cell(w)) + 2

    def sizeHint(self) -> QSize:
        return QSize(400, self.heightForWidth(400))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, MIN_CELL)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        lw, cell = self._label_width(self.width()), self._cell(self.width())
        for r, images in enumerate(self._images):
            y = r * cell
            for c, image in enumerate(images):
                target = QRectF(lw + c * cell + 1, y + 1, cell - 2, cell - 2)
                p.fillRect(target, QColor(0, 0, 0))
                if image is not None:
                    p.drawImage(target, image)
                p.setPen(QPen(QColor(80, 80, 90), 1))
                p.drawRect(target)
            if r < len(self._labels) and lw > 6:
                p.setPen(self.palette().color(self.foregroundRole()))
                text = self.fontMetrics().elidedText(self._labels[r],
                                                     Qt.TextElideMode.ElideMiddle, lw - 6)
                p.drawText(QRectF(0, y, lw - 6, cell),
                           int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        p.end()


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _note() -> QLabel:
    label = QLabel("")
    label.setWordWrap(True)
    return label


class DimReductionFigure(QWidget):
    """Codes of the canvas digit and of test digits; KMeans on a model's codes."""

    shown = Signal()  # a part of the figure was updated

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.engine = window.engine
        self.infos: dict[str, ModelInfo] = {}
        self.test_indices = chosen_test_indices()
        self.encodings: dict[str, Encodings] = {}
        self.clusters: Clusters | None = None
        self._jobs: dict[int, tuple[str, str]] = {}  # job id → (kind, model)
        self.canvas_pictures: dict[str, np.ndarray | None] = {}
        self.canvas_result = None  # the LiveResult shown

        self.missing = QLabel("")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #d08030;")
        self.missing.setVisible(False)
        self.canvas_rows = PictureRows()
        self.canvas_note = _note()
        self.test_rows = PictureRows()
        self.model_combo = QComboBox()
        self.model_combo.setToolTip(QCoreApplication.translate(
            "LessonDimReduction", "The model whose codes of the 10,000 test digits "
            "KMeans groups into 10 clusters"))
        self.cluster_rows = PictureRows()
        self.scores = _note()
        self.status = _note()

        combo_row = QHBoxLayout()
        combo_row.addWidget(QLabel(QCoreApplication.translate(
            "LessonDimReduction", "KMeans (k = 10) on the codes of")))
        combo_row.addWidget(self.model_combo, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.missing)
        lay.addWidget(_heading(QCoreApplication.translate(
            "LessonDimReduction", "Your digit and its codes")))
        lay.addWidget(self.canvas_rows)
        lay.addWidget(self.canvas_note)
        lay.addWidget(_heading(QCoreApplication.translate(
            "LessonDimReduction", "Test digits and their codes")))
        lay.addWidget(self.test_rows)
        lay.addWidget(_heading(QCoreApplication.translate(
            "LessonDimReduction", "Clusters of the codes")))
        lay.addLayout(combo_row)
        lay.addWidget(self.scores)
        lay.addWidget(self.cluster_rows)
        lay.addWidget(self.status)

        self.model_combo.currentIndexChanged.connect(self._on_model_combo_changed)
        self.engine.job_done.connect(self._on_engine_job_done)
        self.engine.job_failed.connect(self._on_engine_job_failed)
        self.engine.models_loaded.connect(self._on_engine_models_loaded)
        self.engine.reconstruction_ready.connect(self._on_engine_reconstruction_ready)
        self.set_models(list(window.infos.values()))
        self.show_canvas(window.last_result)

    # -- state ---------------------------------------------------------------------------
    def loaded(self) -> list[str]:
        return [m for m in MODELS if m in self.infos]

    def cluster_model(self) -> str | None:
        return self.model_combo.currentData()

    def set_cluster_model(self, name: str) -> bool:
        i = self.model_combo.findData(name)
        if i >= 0:
            self.model_combo.setCurrentIndex(i)
        return i >= 0

    def pending(self) -> bool:
        return bool(self._jobs)

    def set_models(self, infos: list[ModelInfo]) -> None:
        self.infos = {i.name: i for i in infos}
        self.encodings.clear()
        self.clusters = None
        self._jobs.clear()
        absent = [m for m in MODELS if m not in self.infos]
        self.missing.setVisible(bool(absent))
        self.missing.setText(QCoreApplication.translate(
            "LessonDimReduction", "Not loaded: {models}. This figure needs dense_100 and "
            "conv_latent_map; both ship with AE Desktop. Reload the models (Models → Reload "
            "models) or train them again (Train → Train model…).").format(
                models=", ".join(absent)))
        current = self.model_combo.currentData()
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        for name in self.loaded():
            self.model_combo.addItem(name, name)
        if current is not None:
            self.set_cluster_model(current)
        self.model_combo.blockSignals(False)
        self.test_rows.clear()
        self.cluster_rows.clear()
        self.scores.setText("")
        if not self.loaded():
            self.status.setText(QCoreApplication.translate(
                "LessonDimReduction", "Neither dense_100 nor conv_latent_map is loaded: there "
                "are no codes to show."))
            return
        for name in self.loaded():
            self._submit(EncodeTestSet(name), "encode", name)
        self.request_clusters()

    def _submit(self, payload, kind: str, model: str) -> None:
        job = self.engine.submit_job(payload, key=f"lessons/dimred/{kind}/{model}")
        self._jobs = {j: v for j, v in self._jobs.items() if v != (kind, model)}
        self._jobs[job] = (kind, model)
        self.status.setText(QCoreApplication.translate("LessonDimReduction", "Computing…"))

    def request_clusters(self) -> None:
        model = self.cluster_model()
        self.clusters = None
        self.cluster_rows.clear()
        self.scores.setText("")
        if model is None:
            return
        self._jobs = {j: v for j, v in self._jobs.items() if v[0] != "cluster"}
        self._submit(ClusterCodes(model, K), "cluster", model)

    # -- the canvas ----------------------------------------------------------------------
    def show_canvas(self, result) -> None:
        """The canvas digit and its code in each lesson model (``result``: a LiveResult)."""
        names = self.loaded()
        self.canvas_result = result
        if result is None or not names:
            self.canvas_rows.clear()
            self.canvas_note.setText(QCoreApplication.translate(
                "LessonDimReduction", "Draw a digit on the canvas: its codes appear here."))
            return
        self.canvas_pictures = {
            n: latent_picture(result.answers[n].latent) if n in result.answers else None
            for n in names}
        row = [np.asarray(result.digit, np.float32)] + [self.canvas_pictures[n] for n in names]
        self.canvas_rows.set_rows([row], [QCoreApplication.translate(
            "LessonDimReduction", "canvas")])
        self.canvas_note.setText(QCoreApplication.translate(
            "LessonDimReduction", "Left: the digit as the models see it (784 pixels); then its "
            "code in {models}.").format(models=", ".join(
                f"{n} ({self._size(n)})" for n in names)))
        self.shown.emit()

    def _size(self, name: str) -> str:
        shape = self.infos[name].latent_shape
        return QCoreApplication.translate("LessonDimReduction", "{n} numbers").format(
            n=math.prod(shape))

    @Slot(object)
    def _on_engine_reconstruction_ready(self, result) -> None:
        self.show_canvas(result)

    # -- engine answers ------------------------------------------------------------------
    @Slot(int, object)
    def _on_engine_job_done(self, job_id: int, result) -> None:
        what = self._jobs.pop(job_id, None)
        if what is None:
            return
        kind, model = what
        if kind == "encode" and isinstance(result, Encodings):
            self.encodings[model] = result
            self._show_test_rows()
        elif kind == "cluster" and isinstance(result, Clusters):
            self.clusters = result
        self._show_clusters()
        if not self._jobs:
            self.status.setText("")
        self.shown.emit()

    @Slot(int, object)
    def _on_engine_job_failed(self, job_id: int, message: str) -> None:
        what = self._jobs.pop(job_id, None)
        if what is None:
            return
        self.status.setText(QCoreApplication.translate(
            "LessonDimReduction", "The codes of {model} could not be computed: {message}").format(
                model=what[1], message=tr_reason(message)))

    @Slot(object, object)
    def _on_engine_models_loaded(self, infos, _failures) -> None:
        self.set_models(list(infos))

    @Slot(int)
    def _on_model_combo_changed(self, _index: int) -> None:
        self.request_clusters()

    # -- drawing -------------------------------------------------------------------------
    def _show_test_rows(self) -> None:
        names = [n for n in self.loaded() if n in self.encodings]
        if not names:
            return
        idx = list(self.test_indices)
        rows = [list(digits_at(idx))]
        labels = [QCoreApplication.translate("LessonDimReduction", "test digits")]
        for n in names:
            codes = self.encodings[n].codes
            rows.append([code_picture(codes[i], self.infos[n].latent_shape) for i in idx])
            labels.append(n)
        self.test_rows.set_rows(rows, labels)

    def cluster_members(self, c: int) -> list[int]:
        """The test-digit indices shown for cluster ``c`` (its exemplars, nearest first)."""
        if self.clusters is None:
            return []
        return [int(i) for i in self.clusters.codes.exemplars[c] if i >= 0]

    def _show_clusters(self) -> None:
        cl = self.clusters
        if cl is None or cl.model != self.cluster_model() or cl.model not in self.encodings:
            return
        codes, shape = self.encodings[cl.model].codes, self.infos[cl.model].latent_shape
        m = cl.codes.exemplars.shape[1] if cl.codes.exemplars.ndim == 2 else 0
        rows, labels = [], []
        for c in range(cl.codes.k):
            members = self.cluster_members(c)
            digits = list(digits_at(members)) if members else []
            pictures = [code_picture(codes[i], shape) for i in members]
            pad = [None] * (m - len(members))
            rows += [digits + pad, pictures + pad]
            labels += [QCoreApplication.translate("LessonDimReduction", "cluster {c}").format(
                c=c + 1), QCoreApplication.translate("LessonDimReduction", "codes")]
        self.cluster_rows.set_rows(rows, labels)
        self.scores.setText(QCoreApplication.translate(
            "LessonDimReduction",
            "Against the labels, the clusters of {model}'s codes reach a purity of "
            "{purity:.3f} and an NMI of {nmi:.3f}. KMeans on the raw 784 pixels: purity "
            "{pixel_purity:.3f}, NMI {pixel_nmi:.3f}. Purity: the share of digits whose "
            "cluster's most common label is their own; NMI: how much the clusters tell "
            "about the labels (0: nothing, 1: everything).").format(
                model=cl.model, purity=cl.codes.purity, nmi=cl.codes.nmi,
                pixel_purity=cl.pixels.purity, pixel_nmi=cl.pixels.nmi))
