"""Models → Compare training curves…: the per-epoch loss curves of several models in one plot.

Every checkpoint stores its history (``ModelInfo.history``): the training loss of each
epoch and the metrics measured on validation digits after it. This window overlays them
for the models the window has loaded (shipped and trained by the user), chosen with
check boxes, on one metric at a time.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.store.model_info import ModelInfo
from .help import help_button, set_help_topic
from .model_texts_tr import model_full_title, model_title
from .plots import pen

# (key, menu text, axis label); "train" reads history["epoch_train_loss"], the others
# history["epoch_val"][i][key]. Marked for lupdate, translated in "CompareCurves".
METRICS = (
    ("bce", QT_TRANSLATE_NOOP("CompareCurves", "Validation BCE"),
     QT_TRANSLATE_NOOP("CompareCurves", "validation BCE per pixel")),
    ("mse", QT_TRANSLATE_NOOP("CompareCurves", "Validation MSE"),
     QT_TRANSLATE_NOOP("CompareCurves", "validation MSE per pixel")),
    ("neg_elbo", QT_TRANSLATE_NOOP("CompareCurves", "Validation −ELBO"),
     QT_TRANSLATE_NOOP("CompareCurves", "validation −ELBO, nats per digit")),
    ("train", QT_TRANSLATE_NOOP("CompareCurves", "Training loss"),
     QT_TRANSLATE_NOOP("CompareCurves", "training loss (each model's own objective)")),
)
OPTIONAL_METRICS = {"neg_elbo"}  # offered only when a loaded model recorded it


def _number(v) -> float:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return math.nan
    return f if math.isfinite(f) else math.nan


def metric_values(info: ModelInfo, metric: str) -> list[float]:
    """The per-epoch values of ``metric`` in ``info``'s history (NaN where one is missing);
    empty when the model recorded none."""
    h = info.history or {}
    if metric == "train":
        vals = h.get("epoch_train_loss") or []
        return [_number(v) for v in vals] if isinstance(vals, list) else []
    vals = h.get("epoch_val") or []
    if not isinstance(vals, list) or not any(isinstance(v, dict) and metric in v for v in vals):
        return []
    return [_number(v.get(metric)) if isinstance(v, dict) else math.nan for v in vals]


class CompareCurvesWindow(QWidget):
    """A top-level window; :meth:`set_models` refills it (check states are kept by name)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(QCoreApplication.translate("CompareCurves",
                                                       "Compare training curves"))
        self.resize(1200, 620)
        self.infos: list[ModelInfo] = []
        self._colour: dict[str, int] = {}  # model name -> its pen, stable while toggling
        self.items: list = []  # the plotted curves, in list order
        self.curves: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # name -> (epochs, values)

        self.list = QListWidget()
        self.list.setToolTip(QCoreApplication.translate(
            "CompareCurves", "Tick the models whose curves you want to see"))
        self.list.setMinimumWidth(260)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # elide
        self.list.itemChanged.connect(self._on_item_changed)
        self.all_button = QPushButton(QCoreApplication.translate("CompareCurves", "All"))
        self.all_button.setToolTip(QCoreApplication.translate("CompareCurves",
                                                              "Tick every model"))
        self.none_button = QPushButton(QCoreApplication.translate("CompareCurves", "None"))
        self.none_button.setToolTip(QCoreApplication.translate("CompareCurves",
                                                               "Untick every model"))
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.metric_box = QComboBox()
        self.metric_box.setToolTip(QCoreApplication.translate(
            "CompareCurves", "Validation metrics are measured on test digits after every "
            "epoch, the same way for every model, so they compare across architectures. The "
            "training loss is each model's own objective (BCE, MSE or −ELBO): compare it only "
            "between models trained with the same loss."))
        self.metric_box.currentIndexChanged.connect(self.redraw)
        self.log_y = QCheckBox(QCoreApplication.translate("CompareCurves", "Logarithmic y axis"))
        self.log_y.setToolTip(QCoreApplication.translate(
            "CompareCurves", "A log scale shows the late, small improvements and curves of "
            "very different sizes together"))
        self.log_y.toggled.connect(self._on_log_toggled)
        self.note = QLabel("")
        self.note.setWordWrap(True)

        # The plot and, in a column of its own, the legend: with a dozen models a legend
        # inside the plot hid the curves.
        self.plot = pg.GraphicsLayoutWidget()
        self.plot.setMinimumWidth(520)
        self.plot_item = self.plot.addPlot(row=0, col=0, title=QCoreApplication.translate(
            "CompareCurves", "Per-epoch curves"))
        self.plot_item.setLabel("bottom", QCoreApplication.translate("CompareCurves", "epoch"))
        self.plot_item.showGrid(x=True, y=True, alpha=0.25)
        self.plot_item.getAxis("left").enableAutoSIPrefix(False)  # no "(x0.001)" on BCE
        self.legend = pg.LegendItem(verSpacing=-6)
        self.plot.addItem(self.legend, row=0, col=1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        left = QVBoxLayout()
        left.addWidget(QLabel(QCoreApplication.translate("CompareCurves", "Models")))
        left.addWidget(self.list, 1)
        left.addLayout(buttons)
        left.addWidget(QLabel(QCoreApplication.translate("CompareCurves", "Metric")))
        left.addWidget(self.metric_box)
        left.addWidget(self.log_y)
        left.addWidget(self.note)
        left.addWidget(help_button("compare-curves", self), 0, Qt.AlignmentFlag.AlignLeft)
        set_help_topic(self, "compare-curves")
        lay = QHBoxLayout(self)
        lay.addLayout(left)
        lay.addWidget(self.plot, 1)
        self._fill_metrics()
        self.redraw()

    # ------------------------------------------------------------- models
    def set_models(self, infos: list[ModelInfo]) -> None:
        """Show ``infos``; a model seen before keeps its tick, a new one is ticked."""
        was = {self.list.item(i).data(Qt.ItemDataRole.UserRole):
               self.list.item(i).checkState() == Qt.CheckState.Checked
               for i in range(self.list.count())}
        self.infos = list(infos)
        for info in self.infos:
            self._colour.setdefault(info.name, len(self._colour))
        self.list.blockSignals(True)
        self.list.clear()
        for info in self.infos:
            item = QListWidgetItem(model_title(info))
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setToolTip(model_full_title(info))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if was.get(info.name, True)
                               else Qt.CheckState.Unchecked)
            c = pen(self._colour[info.name]).color()
            item.setForeground(c)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._fill_metrics()
        self.redraw()

    def checked(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, names) -> None:
        names = set(names)
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in names else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.redraw()

    def _check_all(self, on: bool) -> None:
        self.set_checked([i.name for i in self.infos] if on else [])

    @Slot(QListWidgetItem)
    def _on_item_changed(self, _item) -> None:
        self.redraw()

    # ------------------------------------------------------------- metric
    def _fill_metrics(self) -> None:
        current = self.metric_box.currentData()
        present = {m for m in OPTIONAL_METRICS if any(metric_values(i, m) for i in self.infos)}
        self.metric_box.blockSignals(True)
        self.metric_box.clear()
        for key, text, _axis in METRICS:
            if key not in OPTIONAL_METRICS or key in present:
                self.metric_box.addItem(QCoreApplication.translate("CompareCurves", text), key)
        i = self.metric_box.findData(current)
        self.metric_box.setCurrentIndex(max(i, 0))
        self.metric_box.blockSignals(False)

    def set_metric(self, key: str) -> bool:
        i = self.metric_box.findData(key)
        if i >= 0:
            self.metric_box.setCurrentIndex(i)
        return i >= 0

    @Slot(bool)
    def _on_log_toggled(self, on: bool) -> None:
        self.plot_item.setLogMode(x=False, y=on)
        self.redraw()

    # ------------------------------------------------------------- drawing
    @Slot()
    def redraw(self, *args) -> None:
        key = self.metric_box.currentData()
        axis = next((a for k, _t, a in METRICS if k == key), "")
        item = self.plot_item
        item.setLabel("left", QCoreApplication.translate("CompareCurves", axis))
        for curve in self.items:
            item.removeItem(curve)
        self.items = []
        self.legend.clear()
        missing, nonpositive = [], []
        self.curves = {}
        checked = set(self.checked())
        for info in self.infos:
            if info.name not in checked:
                continue
            values = metric_values(info, key) if key else []
            if not values:
                missing.append(model_title(info))
                continue
            ys = np.asarray(values, np.float64)
            if self.log_y.isChecked() and (ys <= 0).any():
                nonpositive.append(model_title(info))
                ys = np.where(ys > 0, ys, np.nan)
            xs = np.arange(1, len(ys) + 1, dtype=np.float64)
            p = pen(self._colour[info.name])
            if self._colour[info.name] >= 10:  # the ten colours came round again
                p.setStyle(Qt.PenStyle.DashLine)
            curve = item.plot(xs, ys, pen=p, symbol="o", symbolSize=4, symbolPen=None,
                              symbolBrush=p.color(), connect="finite")
            curve.setToolTip(model_full_title(info))
            self.legend.addItem(curve, model_title(info))
            self.items.append(curve)
            self.curves[info.name] = (xs, np.asarray(values, np.float64))
        notes = []
        if not self.infos:
            notes.append(QCoreApplication.translate("CompareCurves", "No models are loaded."))
        elif not checked:
            notes.append(QCoreApplication.translate("CompareCurves",
                                                    "Tick one or more models."))
        if missing:
            notes.append(QCoreApplication.translate(
                "CompareCurves", "No values of this metric were recorded for: {models}.")
                .format(models=", ".join(missing)))
        if nonpositive:
            notes.append(QCoreApplication.translate(
                "CompareCurves", "Values of zero or less cannot be drawn on a log scale "
                "(left out for: {models}).").format(models=", ".join(nonpositive)))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        item.enableAutoRange()
