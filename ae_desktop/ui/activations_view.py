"""Layer activations: what every layer of the focused model makes of the canvas digit.

A dock (View → Layer activations, Ctrl+Shift+A) with one panel per layer, from the
input to the reconstruction, updated live while drawing: convolution layers as their
feature maps tiled one per channel, dense layers as a square picture when their size
allows one (a small code as bars), the shape written under each, the code marked.
Hovering a channel (or a unit) shows it large at the right, with its numbers; the last
one hovered stays there and follows the drawing.

Nothing is computed here: each live result the window receives carries the 28x28 model
input its panes used (preprocessed and noised in the engine), and while the dock is
visible the view sends it to the engine as one
:class:`~ae_desktop.engine.activation_jobs.ComputeActivations` job (key
``"activations"``). At most one such job is in flight: a newer digit waits in the view
and replaces any older one, and is sent when the answer comes (and at least
:data:`MIN_INTERVAL_S` after the previous one), so drawing never queues work and, unlike
a superseded job's, every answer is shown while the stroke goes on. Hidden, the view
asks for nothing.
"""

from __future__ import annotations

import math
import time

import numpy as np
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..engine.activation_jobs import ActivationLayer, Activations, ComputeActivations
from .features import add_view_action
from .help import help_button, set_help_topic
from .job_pacer import JobPacer
from .model_texts_tr import model_title
from .reasons import tr_reason

JOB_KEY = "activations"
SHORTCUT = "Ctrl+Shift+A"
MIN_INTERVAL_S = 0.03  # at most ~33 updates a second: live enough, and the panes come first
SLOW_MS = 700  # an answer later than this: the status line says the view is behind
GAP = 1  # pixels between tiles, at the layer's resolution
GAP_RGB = (48, 48, 58)
EMPTY_RGB = (24, 24, 30)
NEGATIVE_RGB = np.array([70, 150, 255], np.float32)  # negative values: blue; positive: white
CODE_COLOUR = QColor(255, 170, 40)
MAX_BARS = 32  # dense layers up to this size are bars, larger ones pictures
PICTURE_MIN, PICTURE_MAX = 72, 360  # height of the panels' pictures, px


# ------------------------------------------------------------------ pictures of layers
WHITE_POINT = 99.0  # percentile of a layer's magnitudes shown at full colour


def colour_scale(layer: ActivationLayer, values: np.ndarray | None = None
                 ) -> tuple[float, float]:
    """``(lo, hi)`` the colours of ``layer`` span: the digits' fixed [0, 1] for the input and
    the reconstruction, else symmetric around 0 up to the 99th percentile of the layer's
    magnitudes (a few very strong pixels would otherwise leave every map nearly black)."""
    if layer.value_range is not None:
        return layer.value_range
    a = np.abs(layer.values() if values is None else values).reshape(-1)
    m = 0.0
    if a.size > 100:
        k = int(a.size * WHITE_POINT / 100)
        m = float(np.partition(a, k)[k])
    if m <= 0.0:
        m = float(a.max(initial=0.0))
    return (-m, m)


def _luts() -> tuple[np.ndarray, np.ndarray]:
    grey = np.repeat(np.arange(256, dtype=np.uint8)[:, None], 3, axis=1)
    t = (np.arange(256, dtype=np.float32) - 128.0) / 127.0  # index 1..255 → -1..1
    signed = np.where(t[:, None] >= 0, np.clip(t, 0, 1)[:, None] * 255.0,
                      np.clip(-t, 0, 1)[:, None] * NEGATIVE_RGB)
    return grey, (signed + 0.5).astype(np.uint8)


GREY_LUT, SIGNED_LUT = _luts()


def _packed(rgb: np.ndarray) -> np.ndarray:
    """uint8 RGB ``(..., 3)`` as QImage.Format_RGB32 pixels (``0xffRRGGBB``, uint32)."""
    c = rgb.astype(np.uint32)
    return (0xFF000000 | (c[..., 0] << 16) | (c[..., 1] << 8) | c[..., 2]).astype(np.uint32)


GREY_LUT32, SIGNED_LUT32 = _packed(GREY_LUT), _packed(SIGNED_LUT)
GAP_PIXEL, EMPTY_PIXEL = (int(_packed(np.array(c, np.uint8))) for c in (GAP_RGB, EMPTY_RGB))


def _lut_index(v: np.ndarray, scale: tuple[float, float]) -> tuple[np.ndarray, bool]:
    lo, hi = scale
    v = np.asarray(v, np.float32)
    if lo >= 0.0:  # a fixed non-negative range: grey levels, like the digit panes
        idx = (v - lo) * (255.0 / max(hi - lo, 1e-12)) + 0.5
        return np.clip(idx, 0, 255).astype(np.uint8), False
    idx = v * (127.0 / max(hi, -lo, 1e-12)) + 128.5
    return np.clip(idx, 1, 255).astype(np.uint8), True


def colourise(values: np.ndarray, scale: tuple[float, float]) -> np.ndarray:
    """float values as uint8 RGB (``values.shape + (3,)``): 0 black, positive white (ink),
    negative blue, full colour at the scale's ends (255 levels each way, by a table)."""
    idx, signed = _lut_index(values, scale)
    return (SIGNED_LUT if signed else GREY_LUT)[idx]


def colourise32(values: np.ndarray, scale: tuple[float, float]) -> np.ndarray:
    """The same colours as :func:`colourise`, as ``0xffRRGGBB`` uint32 pixels."""
    idx, signed = _lut_index(values, scale)
    return (SIGNED_LUT32 if signed else GREY_LUT32)[idx]


def rgb32_to_qimage(pixels: np.ndarray) -> QImage:
    """uint32 ``0xffRRGGBB`` pixels ``(H, W)`` as a Format_RGB32 QImage (owning a copy): the
    format the raster paint engine draws without converting."""
    a = np.ascontiguousarray(pixels, np.uint32)
    h, w = a.shape
    return QImage(a.data, w, h, 4 * w, QImage.Format.Format_RGB32).copy()


def tile_grid(channels: int) -> tuple[int, int]:
    """``(rows, cols)`` for ``channels`` tiles: near-square, whole rows when possible."""
    if channels <= 1:
        return 1, 1
    rows = max(d for d in range(1, int(math.isqrt(channels)) + 1) if channels % d == 0)
    cols = channels // rows
    if cols > 3 * rows:  # a prime number of channels, or nearly: leave a few tiles empty
        rows = math.isqrt(channels)
        cols = -(-channels // rows)
    return rows, cols


def dense_grid(n: int) -> tuple[int, int] | None:
    """``(h, w)`` of a picture for a dense layer of ``n`` units (``h * w == n``, at most twice
    as wide as tall), or None: show bars (small layers, sizes with no such shape)."""
    if n <= MAX_BARS:
        return None
    for h in range(math.isqrt(n), 0, -1):
        if n % h == 0:
            return (h, n // h) if n // h <= 2 * h else None
    return None


class LayerPicture(QWidget):
    """One layer drawn crisp (tiles, a picture or bars); reports the channel or unit hovered."""

    hovered = Signal(int)  # channel (maps) or unit (dense layers)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.layer: ActivationLayer | None = None
        self._values: np.ndarray | None = None
        self._image: QImage | None = None
        self._bars: np.ndarray | None = None
        self._scale = (0.0, 1.0)
        self._grid = (1, 1)  # tiles (rows, cols), or the dense picture's (h, w)
        self._tile = (1, 1)  # one tile's (h, w) with its gap, at the layer's resolution
        self.marked = -1  # channel or unit to outline (the one the magnifier shows)
        self.display_height = 120
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    # -- data -------------------------------------------------------------------------
    def set_layer(self, layer: ActivationLayer, values: np.ndarray | None = None,
                  scale: tuple[float, float] | None = None) -> None:
        """Show ``layer`` (or ``values``, e.g. one channel of it, on the layer's scale)."""
        self.layer = layer
        v = layer.values() if values is None else np.asarray(values, np.float32)
        self._values = v
        self._scale = colour_scale(layer, v) if scale is None else scale
        self._bars = None
        self._image = None
        if v.ndim == 3:  # (C, H, W) feature maps: tiles
            c, h, w = v.shape
            rows, cols = tile_grid(c)
            px = np.full((rows * cols, h + GAP, w + GAP), GAP_PIXEL, np.uint32)
            px[c:, :h, :w] = EMPTY_PIXEL
            px[:c, :h, :w] = colourise32(v, self._scale)
            mosaic = px.reshape(rows, cols, h + GAP, w + GAP).transpose(0, 2, 1, 3)
            mosaic = mosaic.reshape(rows * (h + GAP), cols * (w + GAP))[:-GAP, :-GAP]
            self._grid, self._tile = (rows, cols), (h + GAP, w + GAP)
            self._image = rgb32_to_qimage(mosaic)
        elif v.ndim == 2:  # one channel
            self._grid, self._tile = (1, 1), (v.shape[0] + GAP, v.shape[1] + GAP)
            self._image = rgb32_to_qimage(colourise32(v, self._scale))
        else:
            flat = v.reshape(-1)
            shape = dense_grid(flat.size)
            if shape is None:
                self._bars = flat
                self._grid = (1, flat.size)
            else:
                self._grid, self._tile = shape, (1, 1)
                self._image = rgb32_to_qimage(colourise32(flat.reshape(shape), self._scale))
        self.updateGeometry()
        self.update()

    def units(self) -> int:
        """How many hover targets: channels of a map, units of a dense layer."""
        if self._values is None:
            return 0
        return self._values.shape[0] if self._values.ndim == 3 else (
            1 if self._values.ndim == 2 else self._values.size)

    # -- geometry ------------------------------------------------------------------------
    def _aspect(self) -> float:
        if self._bars is not None:
            return min(3.0, max(0.6, 0.12 * self._bars.size))
        if self._image is None:
            return 1.0
        return self._image.width() / self._image.height()

    def set_display_height(self, h: int) -> None:
        if h != self.display_height:
            self.display_height = h
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        h = self.display_height
        return QSize(max(24, round(h * self._aspect())), h)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _target(self) -> QRectF:
        if self._bars is not None:
            return QRectF(self.rect()).adjusted(2, 2, -2, -2)
        iw, ih = (28, 28) if self._image is None else (self._image.width(), self._image.height())
        s = min(self.width() / iw, self.height() / ih)
        w, h = iw * s, ih * s
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def _cell(self, t: QRectF, i: int) -> QRectF:
        """Where tile (or unit) ``i`` lies in the picture drawn into ``t``."""
        rows, cols = self._grid
        r, c = divmod(i, cols)
        if self._values is not None and self._values.ndim == 3:
            sx, sy = t.width() / self._image.width(), t.height() / self._image.height()
            th, tw = self._tile
            return QRectF(t.left() + c * tw * sx, t.top() + r * th * sy,
                          (tw - GAP) * sx, (th - GAP) * sy).adjusted(-1, -1, 1, 1)
        return QRectF(t.left() + c * t.width() / cols, t.top() + r * t.height() / rows,
                      t.width() / cols, t.height() / rows)

    def unit_at(self, pos: QPointF) -> int:
        """The channel or unit under ``pos`` (widget coordinates), or -1."""
        if self._values is None:
            return -1
        t = self._target()
        if not t.contains(pos):
            return -1
        fx = (pos.x() - t.left()) / t.width()
        fy = (pos.y() - t.top()) / t.height()
        if self._bars is not None:
            return min(int(fx * self._bars.size), self._bars.size - 1)
        if self._values.ndim == 2:
            return 0
        if self._values.ndim == 3:
            rows, cols = self._grid
            img_w, img_h = self._image.width(), self._image.height()
            col = min(int(fx * img_w / self._tile[1]), cols - 1)
            row = min(int(fy * img_h / self._tile[0]), rows - 1)
            i = row * cols + col
            return i if i < self._values.shape[0] else -1
        h, w = self._grid
        return min(int(fy * h), h - 1) * w + min(int(fx * w), w - 1)

    # -- events --------------------------------------------------------------------------
    def mouseMoveEvent(self, event) -> None:
        i = self.unit_at(event.position())
        if i >= 0:
            self.hovered.emit(i)
        super().mouseMoveEvent(event)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        t = self._target()
        p.fillRect(t, QColor(0, 0, 0))
        if self._bars is not None:
            self._paint_bars(p, t)
        elif self._image is not None:
            # Crisp pixels when enlarged; smoothed when a large mosaic is shown smaller.
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform,
                            t.width() < self._image.width())
            p.drawImage(t, self._image)
            if self.marked >= 0 and self._values is not None and self._values.ndim != 2:
                p.setPen(QPen(CODE_COLOUR, 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(self._cell(t, self.marked))
        p.setPen(QPen(QColor(80, 80, 90), 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(t.adjusted(0, 0, -1, -1))
        p.end()

    def _paint_bars(self, p: QPainter, t: QRectF) -> None:
        v = self._bars
        lo, hi = self._scale
        m = max(abs(lo), abs(hi), 1e-12)
        has_neg = self.layer is not None and self.layer.min < 0
        zero_y = t.center().y() if has_neg else t.bottom()
        half = t.height() / 2 if has_neg else t.height()
        bw = t.width() / v.size
        p.setPen(Qt.PenStyle.NoPen)
        for i, x in enumerate(v):
            frac = max(-1.0, min(1.0, float(x) / m))
            colour = QColor(235, 235, 235) if frac >= 0 else QColor(*NEGATIVE_RGB.astype(int))
            if i == self.marked:
                colour = CODE_COLOUR
            h = frac * half
            p.setBrush(colour)
            p.drawRect(QRectF(t.left() + i * bw + bw * 0.12, zero_y - max(h, 0.0),
                              bw * 0.76, abs(h)))
        p.setPen(QPen(QColor(110, 110, 120), 1))
        p.drawLine(QPointF(t.left(), zero_y), QPointF(t.right(), zero_y))


# ------------------------------------------------------------------------ the panels
def layer_title(layer: ActivationLayer) -> str:
    """What the panel is called: ``"Input"``, ``"Conv2d + ReLU"``, ``"Linear → μ"``…"""
    if layer.part == "input":
        return QCoreApplication.translate("ActivationsView", "Input")
    if layer.part == "output":
        return QCoreApplication.translate("ActivationsView", "Reconstruction")
    text = " + ".join((layer.kind, *layer.then))
    if layer.role == "mean":
        text += " → μ"
    elif layer.role == "log_var":
        text += " → log σ²"
    return text


def shape_text(shape: tuple[int, ...]) -> str:
    return " × ".join(str(d) for d in shape)


def layer_tooltip(layer: ActivationLayer) -> str:
    """A sentence on what the layer does, for the panel's tooltip."""
    k = "×".join(map(str, layer.kernel)) if layer.kernel else ""
    s = layer.stride[0] if layer.stride else 1
    c = layer.channels
    if layer.part == "input":
        text = QCoreApplication.translate(
            "ActivationsView", "What the model sees: the canvas digit after MNIST's "
            "preprocessing and the noise panel's noise, the same input as the panes'.")
    elif layer.part == "output":
        text = QCoreApplication.translate(
            "ActivationsView", "The reconstruction: the last layer's output after the output "
            "activation, on the digits' [0, 1] scale, as the model's pane shows it.")
    elif layer.role == "mean":
        text = QCoreApplication.translate(
            "ActivationsView", "The VAE's encoder ends in two dense heads; this one gives the "
            "mean μ of the code's distribution, which the app decodes (no sampling).")
    elif layer.role == "log_var":
        text = QCoreApplication.translate(
            "ActivationsView", "The VAE's second head: the log-variance of the code's "
            "distribution, how unsure the encoder is. Training samples codes around μ with "
            "this spread; the decoder never sees it here.")
    elif layer.kind == "Conv2d":
        text = QCoreApplication.translate(
            "ActivationsView", "Convolution: {c} learned {k} filters slid over the previous "
            "maps with stride {s}; each tile is one filter's feature map.").format(c=c, k=k, s=s)
    elif layer.kind == "ConvTranspose2d":
        text = QCoreApplication.translate(
            "ActivationsView", "Transposed convolution: {c} learned {k} filters that paint the "
            "maps back, stride {s} (a stride of 2 doubles their size).").format(c=c, k=k, s=s)
    elif layer.kind == "Linear":
        text = QCoreApplication.translate(
            "ActivationsView", "Dense layer: each output is a weighted sum of every value of "
            "the layer before.")
    elif layer.kind.startswith("MaxPool"):
        text = QCoreApplication.translate(
            "ActivationsView", "Max-pooling: keeps the largest value of each {k} window, with "
            "stride {s}; no weights.").format(k=k, s=s)
    elif layer.kind == "Upsample":
        text = QCoreApplication.translate(
            "ActivationsView", "Upsampling: repeats every value to make the maps larger; no "
            "weights.")
    else:
        text = QCoreApplication.translate("ActivationsView", "A {kind} layer.").format(
            kind=layer.kind)
    if layer.then:
        text += " " + QCoreApplication.translate(
            "ActivationsView", "Shown after {names}.").format(names=", ".join(layer.then))
    if layer.params:
        text += " " + QCoreApplication.translate("ActivationsView", "{n} weights.").format(
            n=f"{layer.params:,}")
    if layer.is_code:
        text += "\n" + QCoreApplication.translate(
            "ActivationsView", "This is the code: the bottleneck between the encoder and the "
            "decoder.")
    if layer.value_range is None:
        text += "\n" + QCoreApplication.translate(
            "ActivationsView", "Black is 0, white the layer's large values, blue negative "
            "ones; the scale is the same for every tile of the layer. Hover a tile to see it "
            "large.")
    return text


class LayerPanel(QFrame):
    """Title, picture and shape of one layer."""

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture = LayerPicture()
        self.shape = QLabel()
        self.shape.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tag = QLabel()
        self.tag.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tag.setStyleSheet("color: palette(mid);")
        self.layer: ActivationLayer | None = None
        self.first_of_part = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 2)
        lay.setSpacing(2)
        lay.addWidget(self.tag)
        lay.addWidget(self.title)
        lay.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(self.shape)
        lay.addStretch(1)

    def set_layer(self, layer: ActivationLayer, first_of_part: bool = False) -> None:
        """Show ``layer``; the first panel of the encoder and of the decoder say so."""
        if self.layer is None or self.first_of_part != first_of_part or (
                layer.part, layer.kind, layer.is_code, layer.role, layer.shape) != (
                self.layer.part, self.layer.kind, self.layer.is_code, self.layer.role,
                self.layer.shape):
            self.first_of_part = first_of_part
            self.title.setText(layer_title(layer))
            self.shape.setText(shape_text(layer.shape))
            if layer.is_code:
                self.tag.setText("<b style='color: #ffaa28'>" + QCoreApplication.translate(
                    "ActivationsView", "code") + "</b>")
                self.setStyleSheet("LayerPanel { border: 2px solid rgb(255, 170, 40); "
                                   "border-radius: 4px; }")
            else:
                self.tag.setText({
                    "encoder": QCoreApplication.translate("ActivationsView", "encoder"),
                    "decoder": QCoreApplication.translate("ActivationsView", "decoder"),
                }.get(layer.part, " ") if first_of_part else " ")
                self.setStyleSheet("")
            self.setToolTip(layer_tooltip(layer))
        self.layer = layer
        self.picture.set_layer(layer)

    def text_height(self) -> int:
        """Height of everything but the picture (labels, spacing, margins)."""
        lay = self.layout()
        m = lay.contentsMargins()
        return (sum(w.sizeHint().height() for w in (self.tag, self.title, self.shape))
                + 3 * lay.spacing() + m.top() + m.bottom() + 2 * self.frameWidth() + 4)


class Magnifier(QWidget):
    """The channel (or dense layer) last hovered, large, with its numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = LayerPicture()
        self.picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.picture.setMinimumSize(60, 60)
        self.picture.setMouseTracking(False)
        self.caption = QLabel(QCoreApplication.translate(
            "ActivationsView", "Hover a channel to see it large here."))
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 0, 0, 0)
        lay.addWidget(self.picture, 1)
        lay.addWidget(self.caption)
        self.setMinimumWidth(180)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setFixedWidth(230)
        self.selection: tuple[int, int] | None = None  # (panel index, channel or unit)

    def show_unit(self, layer: ActivationLayer, index: int, unit: int) -> None:
        self.selection = (index, unit)
        values = layer.values()
        name = layer_title(layer)
        if layer.is_map:
            unit = min(unit, layer.channels - 1)
            ch = values[unit]
            self.picture.marked = -1
            self.picture.set_layer(layer, ch, colour_scale(layer, values))
            self.caption.setText(QCoreApplication.translate(
                "ActivationsView", "{layer}: channel {i} of {n}, {h} × {w}\nmin {lo}, max {hi}")
                .format(layer=name, i=unit + 1, n=layer.channels, h=ch.shape[0], w=ch.shape[1],
                        lo=f"{ch.min():.3g}", hi=f"{ch.max():.3g}"))
        else:
            flat = values.reshape(-1)
            unit = min(unit, flat.size - 1)
            self.picture.marked = unit
            self.picture.set_layer(layer)
            self.caption.setText(QCoreApplication.translate(
                "ActivationsView", "{layer}: unit {i} of {n} = {v}\nmin {lo}, max {hi}")
                .format(layer=name, i=unit + 1, n=flat.size, v=f"{flat[unit]:.3g}",
                        lo=f"{flat.min():.3g}", hi=f"{flat.max():.3g}"))


# --------------------------------------------------------------------------- the view
class ActivationsView(QWidget):
    """The dock's contents; follows ``window`` (its live results, focus and engine)."""

    shown = Signal(object)  # Activations, once put into the panels (they paint next)

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.title = QLabel()
        self.status = QLabel()
        self.status.setStyleSheet("color: palette(mid);")
        self.strip = QWidget()
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(2, 2, 2, 2)
        self.strip_layout.setSpacing(4)
        self.strip_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.strip)
        self.scroll.setWidgetResizable(True)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.viewport().installEventFilter(self)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.magnifier = Magnifier()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(help_button("activations", self))
        body = QHBoxLayout()
        body.addWidget(self.scroll, 1)
        body.addWidget(self.placeholder, 1)
        body.addWidget(self.magnifier)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addLayout(body, 1)
        set_help_topic(self, "activations")  # F1 anywhere in the dock
        self.panels: list[LayerPanel] = []
        self.activations: Activations | None = None
        self._structure: tuple | None = None
        # What to compute: the model input of the newest live result, and its request id.
        self._digit: np.ndarray | None = None
        self._tag = -1
        self.jobs = JobPacer()  # one job in flight; its key: (model, live request id)
        self._later = QTimer(self)  # sends the newest digit once MIN_INTERVAL_S has passed
        self._later.setSingleShot(True)
        self._later.timeout.connect(self.schedule)
        self._slow = QTimer(self)  # says so when an answer keeps us waiting
        self._slow.setSingleShot(True)
        self._slow.setInterval(SLOW_MS)
        self._slow.timeout.connect(self._on_slow)
        self._error = ""
        self._behind = False  # the answer in flight is late (SLOW_MS)
        self.jobs_sent = 0
        self.render_s: list[float] = []  # GUI time per shown answer (benchmarks)
        result = getattr(window, "last_result", None)
        if result is not None:
            self._take_result(result)
        self._refresh_state()

    # -- inputs from the window -------------------------------------------------------------
    def _take_result(self, result) -> None:
        self._digit = None if result.empty else np.asarray(result.model_input, np.float32)
        self._tag = result.request_id

    @Slot(object)
    def on_live_result(self, result) -> None:
        self._take_result(result)
        self.schedule()

    @Slot(str)
    def on_focus_changed(self, _name: str) -> None:
        self.schedule()

    @Slot(object)
    def on_engine_died(self, _why) -> None:
        self.jobs.lost()
        self._behind = False
        self._refresh_state()
        self.status.setText(QCoreApplication.translate("ActivationsView",
                                                       "waiting for the engine…"))

    def active(self) -> bool:
        """Only computed while the view can be seen."""
        dock = self.parentWidget()
        return self.isVisible() and not (isinstance(dock, QDockWidget) and dock.isHidden())

    def wanted(self) -> tuple[str, int] | None:
        model = self.window_.focused
        if not model or self._digit is None or model not in self.window_.infos:
            return None
        return (model, self._tag)

    def schedule(self) -> None:
        """Send the newest digit for the focused model, unless a job is in flight."""
        if not self.active():
            return
        want = self.wanted()
        self._refresh_state()
        engine = self.window_.engine
        if not self.jobs.should_send(want) or engine.stopped:
            return  # a job in flight: the newest is sent when its answer comes
        wait_s = self.jobs.sent_at + MIN_INTERVAL_S - time.perf_counter()
        if wait_s > 0:
            if not self._later.isActive():
                self._later.start(max(1, round(wait_s * 1000)))
            return
        self.jobs.sent(engine.submit_job(ComputeActivations(want[0], self._digit, want[1]),
                                         key=JOB_KEY, cancel_running=True), want)
        self.jobs_sent += 1
        self._slow.start()

    def _on_slow(self) -> None:
        self._behind = self.jobs.in_flight is not None
        self._refresh_state()

    @Slot(int, object)
    def on_job_done(self, job_id: int, result) -> None:
        if not self.jobs.answered(job_id):
            return
        self._behind = False
        if isinstance(result, Activations) and result.model == self.window_.focused:
            self._error = ""
            self.show_activations(result)
        self.schedule()

    @Slot(int, object)
    def on_job_failed(self, job_id: int, message) -> None:
        if not self.jobs.answered(job_id):  # not asked again until something changes
            return
        self._behind = False
        self._error = message or ""  # from the engine: text, or a core Reason (tr_reason)
        self._refresh_state()
        self.schedule()

    @Slot(bool)
    def on_visibility_changed(self, visible: bool) -> None:
        if visible:
            self.schedule()

    # -- showing ---------------------------------------------------------------------------
    def _refresh_state(self) -> None:
        w = self.window_
        info = w.infos.get(w.focused or "")
        self.title.setText(
            QCoreApplication.translate("ActivationsView", "<b>{model}</b>: every layer's output "
                                       "for the canvas digit").format(model=model_title(info))
            if info is not None else QCoreApplication.translate("ActivationsView",
                                                                "<b>Layer activations</b>"))
        note = ""
        if not w.infos:
            note = QCoreApplication.translate("ActivationsView", "waiting for the engine…")
        elif info is None:
            note = QCoreApplication.translate(
                "ActivationsView", "Choose a model: click its reconstruction pane.")
        elif self._digit is None:
            note = QCoreApplication.translate(
                "ActivationsView", "Draw a digit on the canvas: what each layer of the model "
                "makes of it appears here, from the input to the reconstruction.")
        elif self.activations is None or self.activations.model != w.focused:
            note = (QCoreApplication.translate(
                "ActivationsView", "The activations could not be computed: {why}").format(
                why=tr_reason(self._error)) if self._error else QCoreApplication.translate(
                "ActivationsView", "waiting for the engine…"))
        self.placeholder.setText(note)
        showing = not note
        self.placeholder.setVisible(not showing)
        self.scroll.setVisible(showing)
        self.magnifier.setVisible(showing)
        if self._error and showing:
            status = QCoreApplication.translate(
                "ActivationsView", "The last update failed: {why}").format(
                why=tr_reason(self._error))
        elif self._behind and showing:
            status = QCoreApplication.translate(
                "ActivationsView", "updating… (the engine is busy with other work)")
        else:
            status = ""
        self.status.setText(status)

    def show_activations(self, result: Activations) -> None:
        t0 = time.perf_counter()
        self.activations = result
        structure = (result.architecture, result.model,
                     tuple((a.part, a.kind, a.shape, a.role) for a in result.layers))
        if structure != self._structure:
            self._build_panels(len(result.layers))
            self._structure = structure
            sel = None
        else:
            sel = self.magnifier.selection
        parts = [a.part for a in result.layers]
        for i, (panel, layer) in enumerate(zip(self.panels, result.layers, strict=True)):
            panel.set_layer(layer, first_of_part=i == parts.index(layer.part))
        self._fit_pictures()
        if sel is None:  # start on the code, the layer a learner looks for first
            code = next((i for i, a in enumerate(result.layers) if a.is_code), 0)
            sel = (code, 0)
        self.magnifier.show_unit(result.layers[sel[0]], sel[0], sel[1])
        self._mark()
        self._refresh_state()
        self.render_s.append(time.perf_counter() - t0)
        self.shown.emit(result)

    def _build_panels(self, n: int) -> None:
        for panel in self.panels:
            self.strip_layout.removeWidget(panel)
            panel.deleteLater()
        self.panels = []
        for i in range(n):
            panel = LayerPanel(i)
            panel.picture.hovered.connect(lambda unit, i=i: self.show_channel(i, unit))
            self.strip_layout.insertWidget(i, panel)
            self.panels.append(panel)

    def show_channel(self, index: int, unit: int) -> None:
        """Show channel (or unit) ``unit`` of panel ``index`` large (what hovering does)."""
        if self.activations is not None and index < len(self.activations.layers):
            self.magnifier.show_unit(self.activations.layers[index], index, unit)
            self._mark()

    def _mark(self) -> None:
        """Outline, in its panel, the channel or unit the magnifier shows."""
        sel = self.magnifier.selection
        for i, panel in enumerate(self.panels):
            m = sel[1] if sel is not None and i == sel[0] and panel.picture.units() > 1 else -1
            if panel.picture.marked != m:
                panel.picture.marked = m
                panel.picture.update()

    def _fit_pictures(self) -> None:
        """Pictures as tall as the strip allows (the strip scrolls sideways)."""
        if not self.panels:
            return
        avail = self.scroll.viewport().height() - self.panels[0].text_height() - 8
        h = max(PICTURE_MIN, min(PICTURE_MAX, avail))
        for panel in self.panels:
            panel.picture.set_display_height(h)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if obj is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_pictures()
        return False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_pictures()
        self.schedule()

    def sizeHint(self) -> QSize:
        return QSize(900, 300)


# ------------------------------------------------------------------------ installing
def install(window) -> None:
    """Add the Layer activations dock (hidden at first; its place and visibility are saved
    with the window's state) and its View-menu action to ``window``."""
    view = ActivationsView(window)
    dock = QDockWidget(QCoreApplication.translate("ActivationsView", "Layer activations"),
                       window)
    dock.setObjectName("activationsDock")
    dock.setWidget(view)
    # The window restored its saved state before this dock existed: Qt kept this dock's
    # place (and visibility) under its object name, and puts it back here.
    if not window.restoreDockWidget(dock):
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()
    act = dock.toggleViewAction()
    act.setText(QCoreApplication.translate("ActivationsView", "Layer &activations"))
    act.setShortcut(QKeySequence(SHORTCUT))
    tip = QCoreApplication.translate(
        "ActivationsView", "What every layer of the focused model makes of the canvas digit, "
        "from the input to the reconstruction")
    act.setToolTip(tip)
    act.setStatusTip(tip)
    add_view_action(window, act, after="robust_action")
    engine = window.engine
    engine.reconstruction_ready.connect(view.on_live_result)
    engine.job_done.connect(view.on_job_done)
    engine.job_failed.connect(view.on_job_failed)
    engine.engine_died.connect(view.on_engine_died)
    engine.models_loaded.connect(lambda *_: view.schedule())
    window.focus_changed.connect(view.on_focus_changed)
    dock.visibilityChanged.connect(view.on_visibility_changed)
    window.activations_dock = dock
    window.activations_view = view
    window.activations_action = act
