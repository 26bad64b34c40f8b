"""The Bottleneck view: the canvas digit through every code size, and the rate–distortion curve.

A tool window (View → Bottleneck, Ctrl+B) with

- one row per bottleneck family (``dense_z``, then ``conv_z`` if any is loaded): the
  canvas digit first, then its reconstruction by every loaded member of the family,
  shipped and user-trained, in order of code size, each labelled ``z = N`` with its
  MSE against the digit; updated live while drawing;
- the rate–distortion curve: each member's test-set MSE and BCE (from its metadata,
  measured on the 10,000 test digits when it was trained) against the code size on a
  log2 axis; the shipped members as a line, the user's as separate markers, the digit
  on the canvas as a dashed line. It follows every reload of the models.

Nothing is computed here: each live result the window receives carries the 28x28 model
input its panes used (preprocessed and noised in the engine) and the clean digit; while
the window is visible the view sends them to the engine as one
:class:`~ae_desktop.engine.bottleneck_jobs.ReconstructFamily` job (key ``"bottleneck"``).
At most one such job is in flight: a newer digit waits in the view, replacing any older
one, and is sent when the answer comes, so drawing never queues work and every answer
is shown while the stroke goes on.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.store.model_info import ModelInfo
from ..engine.bottleneck_jobs import FamilyReconstructions, ReconstructFamily
from .features import add_view_action
from .help import help_button, set_help_topic
from .job_pacer import JobPacer
from .model_texts_tr import model_full_title
from .panes import ImagePane
from .plots import plot_widget
from .reasons import tr_reason

JOB_KEY = "bottleneck"
SHORTCUT = "Ctrl+B"
FAMILIES = ("dense_z", "conv_z")  # the rows, in this order
PIXELS = 28 * 28
# Colours: a family's shipped line, its user-trained markers, the canvas digit.
SHIPPED_COLOURS = {"dense_z": (31, 119, 180), "conv_z": (44, 160, 44)}
USER_COLOURS = {"dense_z": (255, 127, 14), "conv_z": (214, 39, 40)}
USER_SYMBOLS = {"dense_z": "star", "conv_z": "t"}
DIGIT_COLOUR = (148, 103, 189)
METRICS = ("mse", "bce")
PANE_WIDTH = (84, 150)  # a pane's narrowest and widest: the row fits the window
ROW_HEIGHT = 200  # a row of panes: title (two lines), picture, caption


# --------------------------------------------------------------------- the families
def family_label(arch: str) -> str:
    """The family's short name (legends)."""
    if arch == "dense_z":
        return QCoreApplication.translate("BottleneckView", "Dense 784-256-z-256-784")
    if arch == "conv_z":
        return QCoreApplication.translate("BottleneckView", "Conv, z-D code")
    return arch


def family_members(infos) -> dict[str, list[ModelInfo]]:
    """The loaded members of each family that has any (in :data:`FAMILIES` order), each
    list by code size (a shipped model before a user's of the same size, then by name)."""
    out: dict[str, list[ModelInfo]] = {}
    for arch in FAMILIES:
        members = [i for i in infos if i.architecture == arch and i.latent_parameter]
        if members:
            out[arch] = sorted(members, key=lambda i: (i.latent_size, not i.shipped, i.name))
    return out


@dataclass(frozen=True)
class CurvePoint:
    """One model on the rate–distortion curve (its metadata's test-set figures)."""

    name: str
    architecture: str
    latent_size: int
    shipped: bool
    mse: float
    bce: float
    n_test: int | None
    title: str

    @property
    def x(self) -> float:
        return math.log2(self.latent_size)

    def value(self, metric: str) -> float:
        return self.mse if metric == "mse" else self.bce


def _finite(v) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def curve_points(infos) -> tuple[list[CurvePoint], list[ModelInfo]]:
    """The family members with test MSE and BCE in their metadata, and those without."""
    points, without = [], []
    for members in family_members(infos).values():
        for i in members:
            mse, bce = _finite(i.metrics.get("mse")), _finite(i.metrics.get("bce"))
            if mse is None or bce is None or i.latent_size < 1:
                without.append(i)
                continue
            n = i.metrics.get("n_test")
            points.append(CurvePoint(i.name, i.architecture, i.latent_size, i.shipped, mse, bce,
                                     int(n) if isinstance(n, int | float) else None,
                                     model_full_title(i)))
    return points, without


def point_tip(p: CurvePoint) -> str:
    n = (QCoreApplication.translate("BottleneckView", "{n} test digits").format(n=f"{p.n_test:,}")
         if p.n_test else QCoreApplication.translate("BottleneckView", "the test digits"))
    return QCoreApplication.translate(
        "BottleneckView", "{title}\nz = {z}: {ratio} times fewer numbers than the 784 pixels\n"
        "test MSE {mse}, BCE {bce} (mean over {n})").format(
        title=p.title, z=p.latent_size, ratio=f"{PIXELS / p.latent_size:.3g}",
        mse=f"{p.mse:.4f}", bce=f"{p.bce:.4f}", n=n)


# ----------------------------------------------------------------------- the rows
def row_label(arch: str) -> str:
    """The row's name, on lines that fit its narrow column."""
    if arch == "dense_z":
        return QCoreApplication.translate("BottleneckView", "<b>Dense AE</b><br>784-256-<br>"
                                          "z-256-784")
    if arch == "conv_z":
        return QCoreApplication.translate("BottleneckView", "<b>Conv AE</b><br>Foster's layers,"
                                          "<br>a code of z")
    return f"<b>{_escape(arch)}</b>"


def z_title(info: ModelInfo) -> str:
    text = QCoreApplication.translate("BottleneckView", "z = {z}").format(z=info.latent_size)
    if not info.shipped:  # a user's model: its name under the size
        text += f"<br><span style='font-weight: normal'>{_escape(info.name)}</span>"
    return text


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mse_caption(mse: float) -> str:
    return QCoreApplication.translate("BottleneckView", "MSE {mse}").format(mse=f"{mse:.4f}")


def _size_pane(pane: ImagePane) -> None:
    pane.setMinimumWidth(PANE_WIDTH[0])
    pane.setMaximumWidth(PANE_WIDTH[1])
    # Two lines for every title ("z = 3" and a user's model name), so pictures line up.
    pane.title.setMinimumHeight(2 * pane.title.fontMetrics().lineSpacing())
    pane.title.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)


class FamilyRow(QWidget):
    """One family: its name, the digit (and the noised input), one pane per member."""

    def __init__(self, arch: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.arch = arch
        self.label = QLabel(row_label(arch))
        self.label.setWordWrap(True)
        self.label.setFixedWidth(120)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.original = ImagePane("original", QCoreApplication.translate("BottleneckView",
                                                                         "Original"))
        self.original.setToolTip(QCoreApplication.translate(
            "BottleneckView", "The canvas digit after MNIST's preprocessing: 784 pixels"))
        self.noised = ImagePane("input", QCoreApplication.translate("BottleneckView",
                                                                    "With noise"))
        self.noised.setToolTip(QCoreApplication.translate(
            "BottleneckView", "What the models see: the digit with the noise panel's noise. "
            "The errors are measured against the clean digit."))
        self.noised.setVisible(False)
        self.original.caption.setText(QCoreApplication.translate("BottleneckView",
                                                                 "784 pixels"))
        self.panes: dict[str, ImagePane] = {}
        self.members: list[ModelInfo] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        for w in (self.label, self.original, self.noised):
            self._layout.addWidget(w)
        self._layout.addStretch(1)
        for pane in (self.original, self.noised):
            _size_pane(pane)
        self.setFixedHeight(ROW_HEIGHT)

    def set_members(self, members: list[ModelInfo]) -> None:
        names = [i.name for i in members]
        if names != [i.name for i in self.members]:
            for pane in self.panes.values():
                self._layout.removeWidget(pane)
                pane.deleteLater()
            self.panes = {}
            for k, info in enumerate(members):
                pane = ImagePane(info.name, z_title(info))
                _size_pane(pane)
                self._layout.insertWidget(3 + k, pane)
                pane.show()  # now, not at the layout's next pass
                self.panes[info.name] = pane
        self.members = list(members)
        for info in members:
            pane = self.panes[info.name]
            pane.title.setText(z_title(info))
            pane.setToolTip(self._tooltip(info, None, None))

    def _tooltip(self, info: ModelInfo, mse: float | None, bce: float | None) -> str:
        text = QCoreApplication.translate(
            "BottleneckView", "{title}\nThe 784 pixels pass through a code of {z} numbers "
            "({ratio} times fewer).").format(title=model_full_title(info), z=info.latent_size,
                                             ratio=f"{PIXELS / max(1, info.latent_size):.3g}")
        if mse is not None:
            text += "\n" + QCoreApplication.translate(
                "BottleneckView", "This digit: MSE {mse}, BCE {bce}").format(
                mse=f"{mse:.4f}", bce=f"{bce:.4f}")
        tm, tb = _finite(info.metrics.get("mse")), _finite(info.metrics.get("bce"))
        if tm is not None and tb is not None:
            text += "\n" + QCoreApplication.translate(
                "BottleneckView", "Test set: MSE {mse}, BCE {bce}").format(
                mse=f"{tm:.4f}", bce=f"{tb:.4f}")
        return text

    def show_digit(self, digit: np.ndarray | None, model_input: np.ndarray | None) -> None:
        self.original.view.set_image(digit)
        noisy = (digit is not None and model_input is not None
                 and not np.array_equal(digit, model_input))
        self.noised.setVisible(noisy)
        self.noised.view.set_image(model_input if noisy else None)

    def show_result(self, result: FamilyReconstructions) -> None:
        for info in self.members:
            pane = self.panes[info.name]
            i = result.index(info.name)
            if i < 0:
                pane.view.set_image(None)
                pane.view.set_note(QCoreApplication.translate("BottleneckView", "not loaded"))
                pane.caption.setText("")
                continue
            pane.view.set_note("")
            pane.view.set_image(result.outputs[i])
            pane.caption.setText(mse_caption(float(result.mse[i])))
            pane.setToolTip(self._tooltip(info, float(result.mse[i]), float(result.bce[i])))

    def clear_outputs(self, note: str = "") -> None:
        for pane in self.panes.values():
            pane.view.set_image(None)
            pane.view.set_note(note)
            pane.caption.setText("")


# ---------------------------------------------------------------------- the curve
def _log2_ticks(sizes) -> list[tuple[float, str]]:
    """Ticks at the powers of two spanning ``sizes`` (at least 2 to 128)."""
    lo = min([2, *sizes])
    hi = max([128, *sizes])
    first, last = math.floor(math.log2(lo)), math.ceil(math.log2(hi))
    return [(float(k), str(2 ** k)) for k in range(first, last + 1)]


class RateDistortion(QWidget):
    """Test MSE and BCE against the code size (log2 axis), one plot each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        x_label = QCoreApplication.translate("BottleneckView", "code size z (log scale)")
        self.plots = {
            "mse": plot_widget(QCoreApplication.translate("BottleneckView",
                                                          "Mean squared error"),
                               x_label, QCoreApplication.translate("BottleneckView",
                                                                   "MSE per pixel")),
            "bce": plot_widget(QCoreApplication.translate("BottleneckView",
                                                          "Binary cross-entropy"),
                               x_label, QCoreApplication.translate("BottleneckView",
                                                                   "BCE per pixel")),
        }
        self.plots["bce"].setXLink(self.plots["mse"])
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for p in self.plots.values():
            p.setMinimumHeight(200)
            p.getAxis("left").enableAutoSIPrefix(False)
            # Top right: the errors fall as z grows, so that corner stays free of points.
            p.plotItem.legend.anchor((1, 0), (1, 0), offset=(-10, 10))
            p.plotItem.legend.setBrush(pg.mkBrush(0, 0, 0, 170))  # readable over a line
            lay.addWidget(p, 1)
        self.points: list[CurvePoint] = []
        # (metric, architecture, shipped) → the plotted line or markers (tests read them)
        self.items: dict[tuple[str, str, bool], pg.PlotDataItem] = {}
        self.digit_items: dict[tuple[str, str], pg.PlotDataItem] = {}
        self._tips: list[pg.ScatterPlotItem] = []

    def set_points(self, points: list[CurvePoint]) -> None:
        self.points = list(points)
        self.items = {}
        self.digit_items = {}
        self._tips = []
        for metric, plot in self.plots.items():
            plot.clear()
            legend = plot.plotItem.legend
            if legend is not None:
                legend.clear()
            for arch in FAMILIES:
                for shipped in (True, False):
                    pts = sorted((p for p in points if p.architecture == arch
                                  and p.shipped == shipped), key=lambda p: p.latent_size)
                    if pts:
                        self._add(metric, plot, arch, shipped, pts)
            sizes = [p.latent_size for p in points]
            plot.getAxis("bottom").setTicks([_log2_ticks(sizes)])
            plot.enableAutoRange()

    def _add(self, metric: str, plot, arch: str, shipped: bool, pts: list[CurvePoint]) -> None:
        x = np.array([p.x for p in pts])
        y = np.array([p.value(metric) for p in pts])
        if shipped:
            colour = SHIPPED_COLOURS.get(arch, (127, 127, 127))
            name = QCoreApplication.translate("BottleneckView", "{family}: shipped").format(
                family=family_label(arch))
            item = plot.plot(x, y, pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=8,
                             symbolBrush=colour, symbolPen=None, name=name)
        else:
            colour = USER_COLOURS.get(arch, (127, 127, 127))
            name = QCoreApplication.translate("BottleneckView",
                                              "{family}: trained by you").format(
                family=family_label(arch))
            item = plot.plot(x, y, pen=None, symbol=USER_SYMBOLS.get(arch, "x"), symbolSize=15,
                             symbolBrush=colour, symbolPen=pg.mkPen("w", width=1), name=name)
        self.items[(metric, arch, shipped)] = item
        tips = pg.ScatterPlotItem(x=x, y=y, data=[point_tip(p) for p in pts], size=16,
                                  pen=None, brush=pg.mkBrush(0, 0, 0, 0), hoverable=True,
                                  tip=lambda x, y, data: data)
        plot.addItem(tips)
        self._tips.append(tips)

    def set_digit(self, arch: str, sizes: list[int], mse: list[float],
                  bce: list[float]) -> None:
        """The canvas digit's own errors against the code size (a dashed line)."""
        for metric, values in (("mse", mse), ("bce", bce)):
            item = self.digit_items.get((metric, arch))
            x = np.log2(np.asarray(sizes, np.float64)) if sizes else np.zeros(0)
            y = np.asarray(values, np.float64)
            if item is None:
                if not sizes:
                    continue
                name = (QCoreApplication.translate("BottleneckView", "this digit")
                        if arch == FAMILIES[0] else QCoreApplication.translate(
                            "BottleneckView", "this digit ({family})").format(
                            family=family_label(arch)))
                item = self.plots[metric].plot(
                    x, y, pen=pg.mkPen(DIGIT_COLOUR, width=2, style=Qt.PenStyle.DashLine),
                    symbol="s", symbolSize=6, symbolBrush=DIGIT_COLOUR, symbolPen=None,
                    name=name)
                self.digit_items[(metric, arch)] = item
            else:
                item.setData(x, y)

    def clear_digit(self) -> None:
        for item in self.digit_items.values():
            item.setData([], [])


# --------------------------------------------------------------------------- the view
class BottleneckView(QWidget):
    """The tool window; follows ``window`` (its live results, models and engine)."""

    shown = Signal(object)  # FamilyReconstructions, once painted into the rows

    def __init__(self, window) -> None:
        super().__init__(window, Qt.WindowType.Tool)
        self.window_ = window
        self.setWindowTitle(QCoreApplication.translate("BottleneckView", "Bottleneck"))
        self.resize(1200, 780)
        self.title = QLabel(QCoreApplication.translate(
            "BottleneckView", "<b>Bottleneck</b>: the canvas digit through every code size"))
        self.status = QLabel("")
        self.status.setStyleSheet("color: palette(mid);")
        self.placeholder = QLabel("")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rows_box = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(2, 2, 2, 2)
        self.rows_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.rows_box)
        self.curve = RateDistortion()
        self.curve_note = QLabel("")
        self.curve_note.setWordWrap(True)
        self.curve_note.setStyleSheet("color: palette(mid);")
        curve_box = QWidget()
        cl = QVBoxLayout(curve_box)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(QLabel(QCoreApplication.translate(
            "BottleneckView", "<b>Rate–distortion</b>: the error on the 10,000 test digits "
            "against the size of the code (hover a point for its figures)")))
        cl.addWidget(self.curve, 1)
        cl.addWidget(self.curve_note)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.placeholder)
        tl.addWidget(self.scroll, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(curve_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.status)
        header.addWidget(help_button("bottleneck", self))
        set_help_topic(self, "bottleneck")
        lay = QVBoxLayout(self)
        lay.addLayout(header)
        lay.addWidget(splitter, 1)

        self.rows: dict[str, FamilyRow] = {}
        self.members: dict[str, list[ModelInfo]] = {}
        self.result: FamilyReconstructions | None = None
        self._digit: np.ndarray | None = None  # the model input (noised)
        self._target: np.ndarray | None = None  # the clean digit
        self._tag = -1
        self.jobs = JobPacer()  # one job in flight; its key: (models, request id, generation)
        self._error = ""
        self.jobs_sent = 0
        self.compute_s: list[float] = []  # engine time per answer (benchmarks, the report)
        self.render_s: list[float] = []  # GUI time per shown answer
        self.set_models(list(getattr(window, "infos", {}).values()))
        result = getattr(window, "last_result", None)
        if result is not None:
            self._take_result(result)

    # -- models -----------------------------------------------------------------------
    @Slot(object, object)
    def on_models_loaded(self, infos, _failures=None) -> None:
        self.set_models(list(infos))
        self.schedule()

    def set_models(self, infos: list[ModelInfo]) -> None:
        self.members = family_members(infos)
        for arch in list(self.rows):
            if arch not in self.members:
                row = self.rows.pop(arch)
                self.rows_layout.removeWidget(row)
                row.deleteLater()
        for k, (arch, members) in enumerate(self.members.items()):
            row = self.rows.get(arch)
            if row is None:
                row = self.rows[arch] = FamilyRow(arch)
                self.rows_layout.insertWidget(k, row)
            row.set_members(members)
        self.result = None
        self.jobs.done_key = None  # new models: the same digit is asked again
        points, without = curve_points(infos)
        self.curve.set_points(points)
        self.curve_note.setText(QCoreApplication.translate(
            "BottleneckView", "Not on the curve (no test figures in their files): {names}")
            .format(names=", ".join(i.name for i in without)) if without else "")
        self._show_digit()
        self._refresh_state()
        # Every row in sight without scrolling (two fit; more scroll).
        rows = len(self.rows)
        lay = self.rows_layout
        margins = lay.contentsMargins().top() + lay.contentsMargins().bottom()
        self.scroll.setMinimumHeight(
            0 if not rows else min(rows, 2) * (ROW_HEIGHT + lay.spacing()) + margins
            + self.scroll.horizontalScrollBar().sizeHint().height() + 2 * self.scroll.frameWidth())
        self.scroll.setVisible(rows > 0)

    def family_names(self) -> tuple[str, ...]:
        """Every member, the rows' order (dense first, each by size)."""
        return tuple(i.name for members in self.members.values() for i in members)

    # -- inputs from the window -------------------------------------------------------------
    def _take_result(self, result) -> None:
        if result.empty:
            self._digit = self._target = None
        else:
            self._digit = np.asarray(result.model_input, np.float32)
            self._target = np.asarray(result.digit, np.float32)
        self._tag = result.request_id

    @Slot(object)
    def on_live_result(self, result) -> None:
        self._take_result(result)
        if self.active():
            self._show_digit()
            self.schedule()

    @Slot(object)
    def on_engine_died(self, _why: str) -> None:
        self.jobs.lost()  # its job fails too (job_failed), if it had not been answered

    def active(self) -> bool:
        """Only computed while the window can be seen."""
        return self.isVisible() and not self.isMinimized()

    def wanted(self) -> tuple | None:
        names = self.family_names()
        if not names or self._digit is None:
            return None
        return (names, self._tag, self.window_.engine.generation)

    def schedule(self) -> None:
        """Send the newest digit for every member, unless a job is in flight."""
        if not self.active():
            return
        want = self.wanted()
        if want is None or want == self.jobs.done_key:
            self._refresh_state()
            return
        engine = self.window_.engine
        if not self.jobs.should_send(want) or engine.stopped:
            return  # a job in flight: the newest is sent when its answer comes
        self.jobs.sent(engine.submit_job(
            ReconstructFamily(want[0], self._digit, self._target, want[1]), key=JOB_KEY,
            cancel_running=True), want)
        self.jobs_sent += 1
        self._refresh_state()

    @Slot(int, object)
    def on_job_done(self, job_id: int, result) -> None:
        if not self.jobs.answered(job_id):
            return
        if isinstance(result, FamilyReconstructions):
            self._error = ""
            self.show_result(result)
        self.schedule()

    @Slot(int, object)
    def on_job_failed(self, job_id: int, message) -> None:
        if not self.jobs.answered(job_id):  # not asked again until something changes
            return
        self._error = str(message)
        self._refresh_state()
        self.schedule()

    # -- showing ---------------------------------------------------------------------------
    def _show_digit(self) -> None:
        for row in self.rows.values():
            row.show_digit(self._target, self._digit)
        if self._digit is None:
            for row in self.rows.values():
                row.clear_outputs()
            self.curve.clear_digit()
            self.result = None

    def _refresh_state(self) -> None:
        w = self.window_
        note = ""
        if not w.infos:
            note = QCoreApplication.translate("BottleneckView", "waiting for the engine…")
        elif not self.members:
            note = QCoreApplication.translate(
                "BottleneckView", "No model of a bottleneck family is loaded. Train one with "
                "Train → Train model… (architecture “Bottleneck family: dense AE”, any code "
                "size), or on the command line: ae-desktop train dense_z --latent 8")
        elif self._digit is None:
            note = QCoreApplication.translate(
                "BottleneckView", "Draw a digit on the canvas: every code size reconstructs "
                "it here.")
        self.placeholder.setText(note)
        self.placeholder.setVisible(bool(note))
        if self._error:
            self.status.setText(QCoreApplication.translate(
                "BottleneckView", "The last update failed: {why}").format(why=tr_reason(self._error)))
        elif self.result is not None and self.compute_s:
            self.status.setText(QCoreApplication.translate(
                "BottleneckView", "{n} models · {ms} ms in the engine").format(
                n=len(self.result.models), ms=f"{self.compute_s[-1] * 1000:.1f}"))
        else:
            self.status.setText("")

    def show_result(self, result: FamilyReconstructions) -> None:
        t0 = time.perf_counter()
        self.result = result
        self.compute_s.append(result.compute_s)
        for arch, row in self.rows.items():
            row.show_result(result)
            sizes, mse, bce = [], [], []
            for info in row.members:
                i = result.index(info.name)
                if i >= 0:
                    sizes.append(info.latent_size)
                    mse.append(float(result.mse[i]))
                    bce.append(float(result.bce[i]))
            self.curve.set_digit(arch, sizes, mse, bce)
        self._refresh_state()
        self.render_s.append(time.perf_counter() - t0)
        self.shown.emit(result)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        result = getattr(self.window_, "last_result", None)
        if result is not None:
            self._take_result(result)
        self._show_digit()
        self.schedule()

    def sizeHint(self) -> QSize:
        return QSize(1200, 780)


# ------------------------------------------------------------------------ installing
def show_bottleneck(window) -> BottleneckView:
    view = window.bottleneck_view
    view.show()
    view.raise_()
    view.activateWindow()
    return view


def install(window) -> None:
    """Add the Bottleneck window (made now, shown on demand) and its View-menu action."""
    from PySide6.QtGui import QAction

    view = BottleneckView(window)
    act = QAction(QCoreApplication.translate("BottleneckView", "&Bottleneck…"), window)
    act.setShortcut(QKeySequence(SHORTCUT))
    tip = QCoreApplication.translate(
        "BottleneckView", "The canvas digit reconstructed through every code size of the "
        "bottleneck family, and the test error against the code size")
    act.setToolTip(tip)
    act.setStatusTip(tip)
    act.triggered.connect(lambda: show_bottleneck(window))
    add_view_action(window, act, after="latent_action")
    engine = window.engine
    engine.reconstruction_ready.connect(view.on_live_result)
    engine.job_done.connect(view.on_job_done)
    engine.job_failed.connect(view.on_job_failed)
    engine.engine_died.connect(view.on_engine_died)
    engine.models_loaded.connect(view.on_models_loaded)
    window.bottleneck_view = view
    window.bottleneck_action = act
