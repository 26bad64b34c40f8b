"""The Keras-style model summary in the interface's language (Model info → Summary).

Core writes the summary as English text (``core/models/summary.summary_text``: the CLI's
``ae-desktop summary`` prints it and it travels in :class:`ModelInfo`). The window does not
show that text as it is: :func:`summary_text_tr` rebuilds the same fixed-width table from
the layer rows and totals read back from it (``core/models/teaching.summary_layers``, no
torch), with its headings, part names and totals translated (context ``SummaryTable``) and
the architecture's description and source translated as model texts. Layer names, layer
types, shapes and numbers stay as they are. Columns are padded by display width, so Hangul
headings (two columns each in a fixed-width font) keep the table aligned.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.models.specs import ARCHITECTURES
from ..core.models.teaching import LayerLine, summary_layers
from ..core.store.model_info import ModelInfo
from .model_texts_tr import tr_model

CONTEXT = "SummaryTable"
WIDTH = 72
NAME_COLUMN, SHAPE_COLUMN = 34, 24
TOTALS = (("encoder", QT_TRANSLATE_NOOP("SummaryTable", "Encoder params: {n}")),
          ("decoder", QT_TRANSLATE_NOOP("SummaryTable", "Decoder params: {n}")),
          ("total", QT_TRANSLATE_NOOP("SummaryTable", "Total params: {n}")))


def display_width(text: str) -> int:
    """Columns ``text`` takes in a fixed-width font (wide East Asian characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _left(text: str, width: int) -> str:
    return text + " " * max(width - display_width(text), 0)


def _right(text: str, width: int) -> str:
    return " " * max(width - display_width(text), 0) + text


def part_name(part: str) -> str:
    """``encoder`` / ``decoder`` in the interface's language."""
    return {"encoder": QCoreApplication.translate("SummaryTable", "encoder"),
            "decoder": QCoreApplication.translate("SummaryTable", "decoder")}.get(part, part)


def summary_headings() -> tuple[str, str, str]:
    """The table's column headings: layer (type), output shape, parameter count."""
    return (QCoreApplication.translate("SummaryTable", "Layer (type)"),
            QCoreApplication.translate("SummaryTable", "Output Shape"),
            QCoreApplication.translate("SummaryTable", "Param #"))


def layer_label(row: LayerLine) -> str:
    """``enc.0 (Conv2d)``: code, the same in every language."""
    return f"{row.part[:3]}.{row.name} ({row.kind})"


def _header(info: ModelInfo) -> list[str]:
    spec = ARCHITECTURES.get(info.architecture)
    if spec is None:
        return [QCoreApplication.translate("SummaryTable", 'Model: "{name}"').format(
            name=info.architecture)]
    return [
        QCoreApplication.translate("SummaryTable", 'Model: "{name}"  ({description})').format(
            name=spec.name, description=tr_model(spec.description)),
        QCoreApplication.translate(
            "SummaryTable", "Input range {range}, latent shape {shape}, loss {loss}").format(
            range=spec.input_range, shape=tuple(info.latent_shape), loss=spec.loss),
    ]


def summary_text_tr(info: ModelInfo) -> str:
    """``info.summary`` translated, laid out as core lays it out; the text itself when it
    has no layer rows (an unknown format)."""
    rows, totals = summary_layers(info.summary)
    if not rows:
        return info.summary
    layer, shape, params = summary_headings()
    lines = [*_header(info), "=" * WIDTH,
             _left(layer, NAME_COLUMN) + _left(shape, SHAPE_COLUMN)
             + _right(params, WIDTH - NAME_COLUMN - SHAPE_COLUMN)]
    current = None
    for r in rows:
        if r.part != current:
            lines.append("=" * WIDTH if current is None else "-" * WIDTH)
            lines.append(f"[{part_name(r.part)}]")
            current = r.part
        out_shape = "(None, " + ", ".join(str(d) for d in r.output_shape) + ")"
        lines.append(_left(layer_label(r), NAME_COLUMN) + _left(out_shape, SHAPE_COLUMN)
                     + _right(f"{r.params:,}", WIDTH - NAME_COLUMN - SHAPE_COLUMN))
    lines.append("=" * WIDTH)
    for key, text in TOTALS:
        if key in totals:
            lines.append(QCoreApplication.translate(CONTEXT, text).format(n=f"{totals[key]:,}"))
    spec = ARCHITECTURES.get(info.architecture)
    if spec is not None:
        lines.append(QCoreApplication.translate("SummaryTable", "Source: {source}").format(
            source=tr_model(spec.source)))
    return "\n".join(lines)
