"""Model details: About (what it teaches, layers, PyTorch source), Keras-style summary,
stored metrics, training curves.

The About page reads the model's source from its file (``core/models/teaching.py``):
this dialog, like the whole GUI process, imports no torch.
"""

from __future__ import annotations

import html
import io
import keyword
import tokenize

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import describe_error
from ..core.models import (
    ARCHITECTURES,
    ArchitectureSpec,
    UnknownArchitectureError,
    get_spec,
)
from ..core.models.teaching import lesson, model_source_text, summary_layers
from ..core.store.model_files import CheckpointError
from ..core.store.model_info import ModelInfo
from ..core.train.timeline import Timeline, TimelineError, read_timeline
from .help import help_button, set_help_topic
from .model_texts_tr import arch_title, model_title, tr_model
from .plots import pen, plot_widget
from .reasons import tr_reason
from .summary_table import summary_text_tr
from .timeline_view import TimelineWidget

# The labels are marked for lupdate and translated where shown ("ModelInfoDialog").
METRIC_LABELS = [
    ("bce", QT_TRANSLATE_NOOP("ModelInfoDialog", "BCE per pixel"), ".4f"), ("mse", "MSE", ".5f"),
    ("psnr", "PSNR (dB)", ".2f"),
    ("rounded_accuracy", QT_TRANSLATE_NOOP("ModelInfoDialog", "Rounded accuracy"), ".4f"),
    ("denoise_mse", QT_TRANSLATE_NOOP("ModelInfoDialog", "Denoising MSE (noise 0.5)"), ".5f"),
    ("neg_elbo", "−ELBO (nats)", ".1f"),
    ("n_test", QT_TRANSLATE_NOOP("ModelInfoDialog", "Test digits"), ","),
]

# Training loss kind (ArchitectureSpec.loss, stored as hyperparameters.loss) → what the
# axis says, and the per-epoch test metric measured on the same scale.
_LOSSES = {
    "bce": (QT_TRANSLATE_NOOP("ModelInfoDialog", "BCE per pixel"), "bce",
            QT_TRANSLATE_NOOP("ModelInfoDialog", "test BCE")),
    "mse": (QT_TRANSLATE_NOOP("ModelInfoDialog", "MSE per pixel"), "mse",
            QT_TRANSLATE_NOOP("ModelInfoDialog", "test MSE")),
    "vae": (QT_TRANSLATE_NOOP("ModelInfoDialog", "−ELBO, nats per digit"), "neg_elbo",
            QT_TRANSLATE_NOOP("ModelInfoDialog", "test −ELBO")),
}


def loss_axis_label(loss: str, input_range: tuple[float, float] = (0.0, 1.0)) -> str:
    """The y-axis label of a training-loss plot: ``loss (BCE per pixel)`` …"""
    if loss in _LOSSES:
        what = QCoreApplication.translate("ModelInfoDialog", _LOSSES[loss][0])
    else:
        what = loss.upper() or QCoreApplication.translate("ModelInfoDialog", "unknown")
    if loss == "mse" and tuple(input_range) != (0.0, 1.0):
        lo, hi = input_range
        what = QCoreApplication.translate("ModelInfoDialog", "{what} on [{lo}, {hi}]").format(
            what=what, lo=f"{lo:g}".replace("-", "−"), hi=f"{hi:g}".replace("-", "−"))
    return QCoreApplication.translate("ModelInfoDialog", "loss ({what})").format(what=what)


def comparable_test_metric(loss: str, input_range: tuple[float, float]) -> tuple[str, str] | None:
    """(metric key, legend) of the test figure comparable with the training loss, if any.

    Test metrics are measured on [0, 1] pixels; an MSE trained on [-1, 1] is 4x larger.
    """
    if loss not in _LOSSES or (loss == "mse" and tuple(input_range) != (0.0, 1.0)):
        return None
    _, key, legend = _LOSSES[loss]
    return key, QCoreApplication.translate("ModelInfoDialog", legend)


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


# Colours that read on light and dark backgrounds alike.
_CODE_COLOURS = {"keyword": "#3f7fd0", "string": "#3c9a50", "comment": "#8c8c8c",
                 "number": "#c27c2c", "definition": "#b0509e"}
_STRING_TOKENS = {tokenize.STRING} | {getattr(tokenize, n) for n in
                                      ("FSTRING_START", "FSTRING_MIDDLE", "FSTRING_END")
                                      if hasattr(tokenize, n)}


def python_html(code: str) -> str:
    """Python source as HTML with its keywords, strings, comments and numbers coloured
    (for a ``<pre>`` block); plain escaped text if it does not tokenize."""
    starts = [0]
    for line in code.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    out: list[str] = []
    pos = 0
    previous = ""
    try:
        for tok in tokenize.generate_tokens(io.StringIO(code).readline):
            kind = None
            if tok.type == tokenize.COMMENT:
                kind = "comment"
            elif tok.type in _STRING_TOKENS:
                kind = "string"
            elif tok.type == tokenize.NUMBER:
                kind = "number"
            elif tok.type == tokenize.NAME:
                if previous in ("class", "def"):
                    kind = "definition"
                elif keyword.iskeyword(tok.string) or tok.string == "self":
                    kind = "keyword"
            if tok.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT,
                                tokenize.DEDENT, tokenize.ENDMARKER):
                previous = tok.string
            if kind is None:
                continue
            start = starts[tok.start[0] - 1] + tok.start[1]
            end = starts[tok.end[0] - 1] + tok.end[1]
            if start < pos:
                continue
            style = f"color:{_CODE_COLOURS[kind]}"
            if kind == "comment":
                style += "; font-style:italic"
            out.append(_esc(code[pos:start]))
            out.append(f'<span style="{style}">{_esc(code[start:end])}</span>')
            pos = end
    except (tokenize.TokenError, SyntaxError, IndexError):
        return _esc(code)
    out.append(_esc(code[pos:]))
    return "".join(out)


def _layers_html(summary: str) -> str:
    """The summary's layers as a table, or the summary text itself if it has none."""
    rows, totals = summary_layers(summary)
    if not rows:
        return f"<pre>{_esc(summary)}</pre>" if summary.strip() else ""
    heads = [QCoreApplication.translate("ModelInfoDialog", "Layer"),
             QCoreApplication.translate("ModelInfoDialog", "Type"),
             QCoreApplication.translate("ModelInfoDialog", "Output shape"),
             QCoreApplication.translate("ModelInfoDialog", "Parameters")]
    parts = {"encoder": QCoreApplication.translate("ModelInfoDialog", "Encoder"),
             "decoder": QCoreApplication.translate("ModelInfoDialog", "Decoder")}
    cell = 'style="padding: 1px 12px 1px 0"'
    right = 'style="padding: 1px 0 1px 12px" align="right"'
    body = ["<tr>" + "".join(f"<th align=left {cell}>{_esc(h)}</th>" for h in heads[:3])
            + f"<th {right}>{_esc(heads[3])}</th></tr>"]
    part = None
    for r in rows:
        if r.part != part:
            part = r.part
            body.append(f'<tr><td colspan="4" style="padding-top: 6px">'
                        f"<b>{_esc(parts.get(part, part))}</b></td></tr>")
        shape = " × ".join(map(str, r.output_shape))
        body.append(f"<tr><td {cell}><code>{_esc(r.qualified_name)}</code></td>"
                    f"<td {cell}>{_esc(r.kind)}</td><td {cell}>{_esc(shape)}</td>"
                    f"<td {right}>{r.params:,}</td></tr>")
    text = f'<table cellspacing="0">{"".join(body)}</table>'
    if {"encoder", "decoder", "total"} <= totals.keys():
        line = QCoreApplication.translate(
            "ModelInfoDialog",
            "Parameters: {encoder} in the encoder, {decoder} in the decoder, {total} in all.")
        text += "<p>" + _esc(line.format(encoder=f"{totals['encoder']:,}",
                                         decoder=f"{totals['decoder']:,}",
                                         total=f"{totals['total']:,}")) + "</p>"
    note = QCoreApplication.translate(
        "ModelInfoDialog",
        "The output shape is that of one digit: channels × height × width after a "
        "convolution, a number of values after a dense layer. A layer's name is the one "
        "its weights have in the source below: encoder.0 is the first entry of the "
        "encoder's nn.Sequential.")
    return text + f"<p>{_esc(note)}</p>"


def _source_html(spec: ArchitectureSpec) -> str:
    """The model's PyTorch source, coloured, under a sentence on what it is."""
    try:
        code = model_source_text(spec)
    except (OSError, SyntaxError, LookupError, ValueError) as exc:
        missing = QCoreApplication.translate(
            "ModelInfoDialog", "The source code is not available: {reason}")
        return f"<p>{_esc(missing.format(reason=tr_reason(exc)))}</p>"
    intro = QCoreApplication.translate(
        "ModelInfoDialog",
        "The model class as it is in this app (ae_desktop/core/models/{module}.py), then "
        "the code it uses from the other model files. The encoder and the decoder are "
        "nn.Sequential stacks of layers; Autoencoder, in base.py, gives every model its "
        "encode, decode and forward.").format(module=spec.factory.partition(":")[0])
    family = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    return (f"<p>{_esc(intro)}</p>"
            f"<pre style=\"font-family: '{_esc(family)}', monospace\">{python_html(code)}</pre>")


def about_html(info: ModelInfo) -> str:
    """The About page: what the architecture teaches, what to look at, layers, source."""
    spec = ARCHITECTURES.get(info.architecture)
    notes = lesson(info.architecture)
    out: list[str] = []

    def heading(text: str) -> None:
        out.append(f"<h3>{_esc(text)}</h3>")

    def paragraph(text: str) -> None:
        out.append(f"<p>{_esc(text)}</p>")

    if spec is not None:
        paragraph(QCoreApplication.translate("ModelInfoDialog", "Based on: {source}")
                  .format(source=tr_model(spec.source)))
    if notes is not None:
        heading(QCoreApplication.translate("ModelInfoDialog", "What it teaches"))
        paragraph(tr_model(notes.teaches))
        heading(QCoreApplication.translate("ModelInfoDialog", "What to look at"))
        paragraph(tr_model(notes.look_at))
    else:
        paragraph(QCoreApplication.translate(
            "ModelInfoDialog", "This version of the app has no notes on the architecture "
            "{architecture}.").format(architecture=info.architecture))
    layers = _layers_html(info.summary)
    if layers:
        heading(QCoreApplication.translate("ModelInfoDialog", "Layers"))
        out.append(layers)
    if spec is not None:
        heading(QCoreApplication.translate("ModelInfoDialog", "PyTorch source"))
        out.append(_source_html(spec))
    return "\n".join(out)


def header_html(info: ModelInfo) -> str:
    """Title, what the model is, and its architecture id, description and size."""
    if info.shipped:
        origin = QCoreApplication.translate("ModelInfoDialog", "Shipped with the app")
    else:
        origin = QCoreApplication.translate(
            "ModelInfoDialog", "{architecture}, trained by you").format(
            architecture=arch_title(info.architecture))
    details = QCoreApplication.translate(
        "ModelInfoDialog", "{id}: {description} — {params} parameters").format(
        id=info.architecture, description=tr_model(info.description),
        params=f"{info.params:,}")
    return (f'<span style="font-size: large"><b>{_esc(model_title(info))}</b></span><br>'
            f"{_esc(origin)}<br><small>{_esc(details)}</small>")


class ModelInfoDialog(QDialog):
    timeline_message: QLabel | None = None

    def __init__(self, info: ModelInfo, parent=None) -> None:
        super().__init__(parent)
        self.info = info
        self.setWindowTitle(QCoreApplication.translate("ModelInfoDialog", "Model: {title}")
                            .format(title=model_title(info)))
        self.resize(760, 640)
        tabs = self.tabs = QTabWidget()
        self.about = QTextBrowser()
        self.about.setOpenLinks(False)
        self.about.setHtml(about_html(info))
        tabs.addTab(self.about, QCoreApplication.translate("ModelInfoDialog", "About"))
        summary = self.summary = QPlainTextEdit(summary_text_tr(info))
        summary.setReadOnly(True)
        summary.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        tabs.addTab(summary, QCoreApplication.translate("ModelInfoDialog", "Summary"))

        rows = [(QCoreApplication.translate("ModelInfoDialog", label),
                 format(info.metrics[key], fmt)) for key, label, fmt in METRIC_LABELS
                if key in info.metrics]
        rows += [(QCoreApplication.translate("ModelInfoDialog", "Epochs"), str(info.epochs)),
                 (QCoreApplication.translate("ModelInfoDialog", "Training time"),
                  QCoreApplication.translate("ModelInfoDialog", "{minutes} min").format(
                      minutes=f"{(info.training_time_s or 0) / 60:.1f}")),
                 (QCoreApplication.translate("ModelInfoDialog", "Command"),
                  str(info.training.get("command", "–"))),
                 (QCoreApplication.translate("ModelInfoDialog", "File"), info.path)]
        self.metrics_table = QTableWidget(len(rows), 2)
        self.metrics_table.setHorizontalHeaderLabels(
            ["", QCoreApplication.translate("ModelInfoDialog", "value")])
        self.metrics_table.verticalHeader().hide()
        for r, (k, v) in enumerate(rows):
            self.metrics_table.setItem(r, 0, QTableWidgetItem(k))
            self.metrics_table.setItem(r, 1, QTableWidgetItem(v))
        self.metrics_table.horizontalHeader().setStretchLastSection(True)
        self.metrics_table.resizeColumnToContents(0)
        tabs.addTab(self.metrics_table, QCoreApplication.translate("ModelInfoDialog", "Metrics"))

        curve = info.history.get("curve") or []
        try:
            spec = get_spec(info.architecture)
            loss, input_range = spec.loss, spec.input_range
        except UnknownArchitectureError:
            loss, input_range = "", (0.0, 1.0)
        self.curves = plot_widget(QCoreApplication.translate("ModelInfoDialog", "Training loss"),
                                  QCoreApplication.translate("ModelInfoDialog", "epoch"),
                                  loss_axis_label(loss, input_range))
        if curve:
            xs, ys = zip(*curve, strict=True)
            self.curves.plot(xs, ys, pen=pen(0), name=QCoreApplication.translate(
                "ModelInfoDialog", "train (smoothed)"))
            val = info.history.get("epoch_val") or []
            test = comparable_test_metric(loss, input_range)
            if test and val and all(isinstance(v, dict) and test[0] in v for v in val):
                key, legend = test
                self.curves.plot(range(1, len(val) + 1), [v[key] for v in val], pen=pen(4),
                                 symbol="o", name=QCoreApplication.translate(
                                     "ModelInfoDialog", "{legend} (per epoch)").format(
                                     legend=legend))
            tabs.addTab(self.curves, QCoreApplication.translate("ModelInfoDialog",
                                                                "Training curves"))
        else:
            tabs.addTab(QLabel(QCoreApplication.translate(
                "ModelInfoDialog", "No training history stored in this checkpoint.")),
                QCoreApplication.translate("ModelInfoDialog", "Training curves"))
        self.timeline: Timeline | None = None
        self.timeline_view: TimelineWidget | None = None
        self.timeline_page = self._timeline_page(info, loss, input_range)
        tabs.addTab(self.timeline_page, QCoreApplication.translate("ModelInfoDialog",
                                                                   "Timeline"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        self.header = QLabel(header_html(info))
        self.header.setWordWrap(True)
        self.header.setToolTip(info.path)
        lay.addWidget(self.header)
        lay.addWidget(tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(help_button("model-info", self))
        bottom.addWidget(buttons, 1)
        lay.addLayout(bottom)
        set_help_topic(self, "model-info")

    def _timeline_page(self, info: ModelInfo, loss: str, input_range) -> QWidget:
        """The training run replayed, or why it cannot be (none stored, or unreadable)."""
        try:
            timeline = read_timeline(info.path) if info.path else None
        except (TimelineError, CheckpointError, OSError) as exc:
            reason = getattr(exc, "reason", None) or str(exc) or type(exc).__name__
            return self._timeline_message(QCoreApplication.translate(
                "ModelInfoDialog", "The training timeline saved with this model cannot be "
                "shown: {reason}").format(reason=tr_reason(reason)), error=True)
        except Exception as exc:  # noqa: BLE001 - a damaged file never breaks the dialog
            return self._timeline_message(QCoreApplication.translate(
                "ModelInfoDialog", "The training timeline saved with this model cannot be "
                "shown: {reason}").format(reason=tr_reason(describe_error(exc))), error=True)
        if timeline is None:
            return self._timeline_message(QCoreApplication.translate(
                "ModelInfoDialog", "This model was saved without a training timeline. To "
                "record one, train the architecture again from Train → Train model…: while "
                "it learns, the dialog records the losses, reconstructions of a few test "
                "digits and, for models with a 2-D code, where the test digits lie in the "
                "plane, and saves them with the model. A slider then replays the run."))
        self.timeline = timeline
        view = self.timeline_view = TimelineWidget()
        view.set_timeline(timeline,
                          loss_label=loss_axis_label(loss, input_range) if loss else None)
        return view

    def _timeline_message(self, text: str, error: bool = False) -> QWidget:
        label = self.timeline_message = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if error:
            label.setStyleSheet("color: #d04040;")
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(label)
        box.addStretch(1)
        return page
