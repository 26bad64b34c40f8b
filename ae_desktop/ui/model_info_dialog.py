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

from ..core.model_info import ModelInfo
from .plots import pen, plot_widget

METRIC_LABELS = [
    ("bce", "BCE per pixel", ".4f"), ("mse", "MSE", ".5f"), ("psnr", "PSNR (dB)", ".2f"),
    ("rounded_accuracy", "Rounded accuracy", ".4f"),
    ("denoise_mse", "Denoising MSE (noise 0.5)", ".5f"), ("neg_elbo", "−ELBO (nats)", ".1f"),
    ("n_test", "Test digits", ","),
]


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
        self.curves = plot_widget("Training loss", "epoch", f"loss ({info.training.get('architecture', '')})")
        if curve:
            xs, ys = zip(*curve, strict=True)
            self.curves.plot(xs, ys, pen=pen(0), name="train (smoothed)")
            val = info.history.get("epoch_val") or []
            if val and info.architecture != "vae_2d":
                key = "bce" if "bce" in val[0] else "mse"
                self.curves.plot(range(1, len(val) + 1), [v[key] for v in val], pen=pen(4),
                                 symbol="o", name=f"test {key} (per epoch)")
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
