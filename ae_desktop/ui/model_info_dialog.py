"""Model details: Keras-style summary, stored metrics, training curves."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from ..core.models import UnknownArchitectureError, get_spec
from ..core.store.model_info import ModelInfo
from .plots import pen, plot_widget

METRIC_LABELS = [
    ("bce", "BCE per pixel", ".4f"), ("mse", "MSE", ".5f"), ("psnr", "PSNR (dB)", ".2f"),
    ("rounded_accuracy", "Rounded accuracy", ".4f"),
    ("denoise_mse", "Denoising MSE (noise 0.5)", ".5f"), ("neg_elbo", "−ELBO (nats)", ".1f"),
    ("n_test", "Test digits", ","),
]

# Training loss kind (ArchitectureSpec.loss, stored as hyperparameters.loss) → what the
# axis says, and the per-epoch test metric measured on the same scale.
_LOSSES = {
    "bce": ("BCE per pixel", "bce", "test BCE"),
    "mse": ("MSE per pixel", "mse", "test MSE"),
    "vae": ("−ELBO, nats per digit", "neg_elbo", "test −ELBO"),
}


def loss_axis_label(loss: str, input_range: tuple[float, float] = (0.0, 1.0)) -> str:
    """The y-axis label of a training-loss plot: ``loss (BCE per pixel)`` …"""
    what = _LOSSES.get(loss, (loss.upper() or "unknown",))[0]
    if loss == "mse" and tuple(input_range) != (0.0, 1.0):
        lo, hi = input_range
        what += f" on [{lo:g}, {hi:g}]".replace("-", "−")
    return f"loss ({what})"


def comparable_test_metric(loss: str, input_range: tuple[float, float]) -> tuple[str, str] | None:
    """(metric key, legend) of the test figure comparable with the training loss, if any.

    Test metrics are measured on [0, 1] pixels; an MSE trained on [-1, 1] is 4x larger.
    """
    if loss not in _LOSSES or (loss == "mse" and tuple(input_range) != (0.0, 1.0)):
        return None
    _, key, legend = _LOSSES[loss]
    return key, legend


class ModelInfoDialog(QDialog):
    def __init__(self, info: ModelInfo, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Model: {info.name}")
        self.resize(720, 560)
        tabs = QTabWidget()
        summary = QPlainTextEdit(info.summary)
        summary.setReadOnly(True)
        summary.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        tabs.addTab(summary, "Summary")

        rows = [(label, format(info.metrics[key], fmt)) for key, label, fmt in METRIC_LABELS
                if key in info.metrics]
        rows += [("Epochs", str(info.epochs)),
                 ("Training time", f"{(info.training_time_s or 0) / 60:.1f} min"),
                 ("Command", str(info.training.get("command", "–"))),
                 ("File", info.path)]
        self.metrics_table = QTableWidget(len(rows), 2)
        self.metrics_table.setHorizontalHeaderLabels(["", "value"])
        self.metrics_table.verticalHeader().hide()
        for r, (k, v) in enumerate(rows):
            self.metrics_table.setItem(r, 0, QTableWidgetItem(k))
            self.metrics_table.setItem(r, 1, QTableWidgetItem(v))
        self.metrics_table.horizontalHeader().setStretchLastSection(True)
        self.metrics_table.resizeColumnToContents(0)
        tabs.addTab(self.metrics_table, "Metrics")

        curve = info.history.get("curve") or []
        try:
            spec = get_spec(info.architecture)
            loss, input_range = spec.loss, spec.input_range
        except UnknownArchitectureError:
            loss, input_range = "", (0.0, 1.0)
        self.curves = plot_widget("Training loss", "epoch", loss_axis_label(loss, input_range))
        if curve:
            xs, ys = zip(*curve, strict=True)
            self.curves.plot(xs, ys, pen=pen(0), name="train (smoothed)")
            val = info.history.get("epoch_val") or []
            test = comparable_test_metric(loss, input_range)
            if test and val and all(isinstance(v, dict) and test[0] in v for v in val):
                key, legend = test
                self.curves.plot(range(1, len(val) + 1), [v[key] for v in val], pen=pen(4),
                                 symbol="o", name=f"{legend} (per epoch)")
            tabs.addTab(self.curves, "Training curves")
        else:
            tabs.addTab(QLabel("No training history stored in this checkpoint."),
                        "Training curves")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(f"<b>{info.architecture}</b>: {info.description} — "
                             f"{info.params:,} parameters"))
        lay.addWidget(tabs, 1)
        lay.addWidget(buttons)
