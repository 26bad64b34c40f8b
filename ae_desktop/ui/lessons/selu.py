"""Lesson 5's figure: conv_selu's layers with their parameter counts, and its rounded
accuracy per epoch beside that of every conv_selu model the user trains.

Everything shown comes from the models' :class:`~ae_desktop.core.store.model_info.ModelInfo`
(the summary text and the training history), so this widget imports no torch.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.models.teaching import summary_layers
from ...core.store.model_info import ModelInfo
from ..plots import pen, plot_widget

CONTEXT = "LessonSelu"
ARCH = "conv_selu"
SHIPPED = "conv_selu"


def rounded_accuracies(info: ModelInfo) -> list[float] | None:
    """The model's rounded accuracy after each epoch, or ``None`` if its history has none
    for every epoch."""
    epochs = (info.history or {}).get("epoch_val") or []
    values = [e.get("rounded_accuracy") if isinstance(e, dict) else None for e in epochs]
    if not values or any(v is None for v in values):
        return None
    return [float(v) for v in values]


class SeluFigure(QWidget):
    """The layer table of conv_selu and the rounded-accuracy curves."""

    shown = Signal()  # the figure was refilled

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.curves: dict[str, tuple[list[int], list[float]]] = {}  # name → (epochs, values)
        self.totals: dict[str, int] = {}

        self.missing = QLabel("")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #d08030;")
        self.missing.setVisible(False)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("LessonSelu", "Layer"),
            QCoreApplication.translate("LessonSelu", "Type"),
            QCoreApplication.translate("LessonSelu", "Output shape"),
            QCoreApplication.translate("LessonSelu", "Parameters")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(220)
        self.totals_label = QLabel("")
        self.totals_label.setWordWrap(True)
        self.plot = plot_widget(
            QCoreApplication.translate("LessonSelu",
                                       "Rounded accuracy on test digits after each epoch"),
            QCoreApplication.translate("LessonSelu", "epoch"),
            QCoreApplication.translate("LessonSelu", "rounded accuracy"))
        self.plot.setMinimumHeight(220)
        self.curve_note = QLabel("")
        self.curve_note.setWordWrap(True)
        self.train_button = QPushButton(
            QCoreApplication.translate("LessonSelu", "Train your own…"))
        self.train_button.setToolTip(QCoreApplication.translate(
            "LessonSelu", "Open the training dialog set to this architecture; "
            "when your model is saved, its curve appears here"))
        button_row = QHBoxLayout()
        button_row.addWidget(self.train_button)
        button_row.addStretch(1)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.missing)
        lay.addWidget(self.table)
        lay.addWidget(self.totals_label)
        lay.addWidget(self.plot)
        lay.addWidget(self.curve_note)
        lay.addLayout(button_row)

        self.train_button.clicked.connect(self.train_your_own)
        window.engine.models_loaded.connect(self._on_engine_models_loaded)
        self.set_models(list(window.infos.values()))

    # -- filling -------------------------------------------------------------------------
    def set_models(self, infos: list[ModelInfo]) -> None:
        shipped = next((i for i in infos if i.name == SHIPPED and i.architecture == ARCH), None)
        if shipped is None:
            shipped = next((i for i in infos if i.architecture == ARCH and i.shipped), None)
        self.missing.setVisible(shipped is None)
        self.missing.setText(QCoreApplication.translate(
            "LessonSelu", "The shipped model {name} is not loaded, so its layers and its "
            "curve cannot be shown. It ships with AE Desktop; reload the models (Models → "
            "Reload models) or train one with the button below.").format(name=SHIPPED))
        self._fill_table(shipped)
        self._fill_curves(shipped, [i for i in infos if i.architecture == ARCH
                                    and not i.shipped and i is not shipped])
        self.shown.emit()

    def _fill_table(self, info: ModelInfo | None) -> None:
        rows, totals = summary_layers(info.summary) if info is not None else ([], {})
        self.totals = totals
        parts = {"encoder": QCoreApplication.translate("LessonSelu", "Encoder"),
                 "decoder": QCoreApplication.translate("LessonSelu", "Decoder")}
        self.table.setRowCount(0)
        part = None
        for r in rows:
            if r.part != part:
                part = r.part
                i = self.table.rowCount()
                self.table.insertRow(i)
                head = QTableWidgetItem(parts.get(part, part))
                font = head.font()
                font.setBold(True)
                head.setFont(font)
                self.table.setItem(i, 0, head)
            i = self.table.rowCount()
            self.table.insertRow(i)
            params = QTableWidgetItem(f"{r.params:,}")
            params.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                    | Qt.AlignmentFlag.AlignVCenter)
            for c, item in enumerate((QTableWidgetItem(r.qualified_name),
                                      QTableWidgetItem(r.kind),
                                      QTableWidgetItem(" × ".join(map(str, r.output_shape))),
                                      params)):
                self.table.setItem(i, c, item)
        if info is None:
            self.totals_label.setText("")
        elif {"encoder", "decoder", "total"} <= totals.keys():
            self.totals_label.setText(QCoreApplication.translate(
                "LessonSelu", "Parameters: {encoder} in the encoder + {decoder} in the decoder "
                "= {total} in all. The convolutions hold them all: SELU and max-pooling "
                "learn nothing.").format(encoder=f"{totals['encoder']:,}",
                                         decoder=f"{totals['decoder']:,}",
                                         total=f"{totals['total']:,}"))
        elif not rows:
            self.totals_label.setText(QCoreApplication.translate(
                "LessonSelu", "The summary of {name} has no layer table; it reads:\n{summary}"
            ).format(name=info.name, summary=info.summary))
        else:
            self.totals_label.setText(QCoreApplication.translate(
                "LessonSelu", "The summary of {name} gives no parameter totals; it has "
                "{params:,} parameters in all.").format(name=info.name, params=info.params))

    def _fill_curves(self, shipped: ModelInfo | None, own: list[ModelInfo]) -> None:
        self.plot.clear()
        legend = self.plot.plotItem.legend
        if legend is not None:
            legend.clear()
        self.curves.clear()
        notes = []
        for info in ([shipped] if shipped is not None else []) + own:
            values = rounded_accuracies(info)
            if values is None:
                if info is shipped:
                    notes.append(QCoreApplication.translate(
                        "LessonSelu", "The shipped model {name} has no rounded accuracy per "
                        "epoch in its training history, so it has no curve here.").format(
                            name=info.name))
                continue
            epochs = list(range(1, len(values) + 1))
            self.curves[info.name] = (epochs, values)
            name = (QCoreApplication.translate("LessonSelu", "{name} (shipped)").format(
                name=info.name) if info.shipped else info.name)
            self.plot.plot(epochs, values, pen=pen(len(self.curves) - 1),
                           symbol="o", symbolSize=5, name=name)
        if not own:
            notes.append(QCoreApplication.translate(
                "LessonSelu", "Train your own conv_selu model with the button below: each one "
                "you save gets its own curve here."))
        notes.append(QCoreApplication.translate(
            "LessonSelu", "Rounded accuracy: round every output pixel to black or white and "
            "count how many match the digit's pixels rounded the same way (the "
            "metric Géron prints while training)."))
        self.curve_note.setText(" ".join(notes))

    # -- actions -------------------------------------------------------------------------
    @Slot()
    def train_your_own(self) -> None:
        """Open the training dialog with conv_selu chosen."""
        self.window_.show_training()
        dialog = self.window_.training_dialog
        if dialog is not None:
            dialog.arch.setCurrentText(ARCH)

    @Slot(object, object)
    def _on_engine_models_loaded(self, infos, _failures) -> None:
        self.set_models(list(infos))
