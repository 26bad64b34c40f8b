"""Replaying a training run: :class:`TimelineWidget`, and the loss-curve overlay's action.

A :class:`~ae_desktop.core.train.timeline.Timeline` holds frames recorded while a model
trained (a few inside the first epoch, then one per epoch). The widget shows one frame at
a time, chosen with a slider (or played): the losses so far with a marker at the frame,
the strip of input digits above their reconstructions at that frame and, for models with
a 2-D code, where the test digits lay in the plane, on axes that do not move, so the
learner sees the latent space form. The training dialog shows it after a run, Model info
for any checkpoint that carries a timeline.

:func:`install` adds Models → Compare training curves… (:mod:`.compare_curves`).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.latent.records import tile
from ..core.train.timeline import Timeline
from .colors import DIGIT_COLOURS
from .help import help_button, set_help_topic
from .latent_plane import BRUSHES, Scatter
from .panes import DigitView
from .plots import pen, plot_widget

PLAY_INTERVAL_MS = 220  # one frame per tick: a 30-epoch run (35 frames) plays in ~8 s
_KEYS = {Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up,
         Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


def loss_name_label(loss_name: str) -> str:
    """The axis label for a timeline's ``loss_name`` (``bce``, ``mse``, ``-elbo``)."""
    if loss_name == "bce":
        return QCoreApplication.translate("TimelineView", "loss (BCE per pixel)")
    if loss_name == "mse":
        return QCoreApplication.translate("TimelineView", "loss (MSE per pixel)")
    if loss_name == "-elbo":
        return QCoreApplication.translate("TimelineView", "loss (−ELBO, nats per digit)")
    return QCoreApplication.translate("TimelineView", "loss")


def format_epoch(step: float) -> str:
    """An epoch position as the label writes it: ``0.031``, ``0.25``, ``3``."""
    return f"{round(float(step), 3):g}"


def scatter_extent(scatter: np.ndarray) -> tuple[float, float, float, float]:
    """``(x0, x1, y0, y1)`` covering the points of every frame (0.5 to 99.5 percentile
    per axis, so a few far-flung codes do not shrink the rest to a dot), with a margin."""
    pts = np.asarray(scatter, np.float32).reshape(-1, 2)
    pts = pts[np.isfinite(pts).all(axis=1)]
    if len(pts) == 0:
        return -1.0, 1.0, -1.0, 1.0
    lo = np.percentile(pts, 0.5, axis=0)
    hi = np.percentile(pts, 99.5, axis=0)
    out = []
    for a, b in zip(lo, hi, strict=True):
        a, b = float(a), float(b)
        if b - a < 1e-6:
            a, b = a - 1.0, b + 1.0
        pad = 0.06 * (b - a)
        out += [a - pad, b + pad]
    return out[0], out[1], out[2], out[3]


class TimelineWidget(QWidget):
    """Replays one :class:`Timeline` frame by frame.

    Keys (when the widget or its slider has focus): Left/Right or Up/Down one frame,
    Page Up/Down several, Home/End the first and last frame, Space plays or pauses.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self._epochs = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.play_button = QToolButton()
        self.play_button.setAutoRaise(False)
        self.play_button.clicked.connect(self.toggle_play)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setPageStep(5)
        self.slider.setToolTip(QCoreApplication.translate(
            "TimelineView", "Drag to replay the training run: each position is one moment "
            "recorded while the model learned (a few inside the first epoch, then one per "
            "epoch). Arrow keys step, Home and End jump to the start and the end."))
        self.slider.valueChanged.connect(self._on_slider)
        self.position = QLabel("")
        self.position.setMinimumWidth(130)
        self.position.setToolTip(QCoreApplication.translate(
            "TimelineView", "How far training had got at this moment, in passes over the "
            "training set (epochs)"))
        top = QHBoxLayout()
        top.addWidget(self.play_button)
        top.addWidget(self.slider, 1)
        top.addWidget(self.position)
        top.addWidget(help_button("timeline", self))
        set_help_topic(self, "timeline")

        self.curves = plot_widget(QCoreApplication.translate("TimelineView", "Loss"),
                                  QCoreApplication.translate("TimelineView", "epoch"),
                                  QCoreApplication.translate("TimelineView", "loss"))
        self.curves.setToolTip(QCoreApplication.translate(
            "TimelineView", "The training loss (averaged over the batches since the previous "
            "moment) and the same loss on validation digits; the line marks the moment shown"))
        self.curves.setMinimumHeight(180)
        self.curves.getAxis("left").enableAutoSIPrefix(False)
        self.curves.getPlotItem().legend.setOffset((-10, 10))  # top right: curves start high
        self.train_curve = self.curves.plot([], [], pen=pen(0), name=QCoreApplication.translate(
            "TimelineView", "training"))
        self.val_curve = self.curves.plot(
            [], [], pen=pen(3), symbol="o", symbolSize=5, symbolPen=None,
            symbolBrush=pg.mkBrush(*DIGIT_COLOURS[3]),
            name=QCoreApplication.translate("TimelineView", "validation"))
        self.marker_line = pg.InfiniteLine(angle=90, movable=False,
                                           pen=pg.mkPen(120, 120, 120, width=1.5,
                                                        style=Qt.PenStyle.DashLine))
        self.curves.addItem(self.marker_line, ignoreBounds=True)
        self.marker_points = pg.PlotDataItem([], [], pen=None, symbol="o", symbolSize=11,
                                             symbolPen=pg.mkPen("w", width=1.5),
                                             symbolBrush=pg.mkBrush(40, 40, 40, 200))
        self.curves.addItem(self.marker_points)

        self.strip = DigitView(min_side=60)
        self.strip.setFixedHeight(112)
        self.strip.setToolTip(QCoreApplication.translate(
            "TimelineView", "Top: test digits as the model saw them; bottom: its "
            "reconstructions at this moment of training"))

        self.plane = pg.PlotWidget()
        self.plane.setBackground((16, 16, 20))
        self.plane.setTitle(QCoreApplication.translate("TimelineView", "Test digits in the 2-D "
                                                       "code"))
        self.plane.setLabel("bottom", "z1")
        self.plane.setLabel("left", "z2")
        self.plane.setMinimumSize(220, 200)
        self.plane.setToolTip(QCoreApplication.translate(
            "TimelineView", "Where the encoder put test digits at this moment, coloured by "
            "their label. The axes stay fixed while you move the slider, so you see the "
            "groups of digits form and spread out."))
        self.plane.getViewBox().disableAutoRange()
        self.points = Scatter(size=4, pen=None)
        self.plane.addItem(self.points)
        self.plane.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # The labels' colours under the plane, not over the points.
        self.plane_legend = QLabel("&nbsp; ".join(
            f'<span style="color: rgb{tuple(c)}">●</span>&nbsp;{d}'
            for d, c in enumerate(DIGIT_COLOURS)))
        self.plane_legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plane_box = QWidget()
        plane_lay = QVBoxLayout(self.plane_box)
        plane_lay.setContentsMargins(0, 0, 0, 0)
        plane_lay.setSpacing(2)
        plane_lay.addWidget(self.plane, 1)
        plane_lay.addWidget(self.plane_legend)

        self.values = QLabel("")
        self.values.setWordWrap(True)
        middle = QHBoxLayout()
        middle.addWidget(self.curves, 3)
        middle.addWidget(self.plane_box, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addLayout(middle, 1)
        lay.addWidget(self.strip)
        lay.addWidget(self.values)

        self._timer = QTimer(self)
        self._timer.setInterval(PLAY_INTERVAL_MS)
        self._timer.timeout.connect(self._advance)
        self._show_play_state()
        self.set_timeline(None)

    # ----------------------------------------------------------- content
    def set_timeline(self, timeline: Timeline | None, epochs: int | None = None,
                     loss_label: str | None = None) -> None:
        """Show ``timeline`` at its last frame (None: empty). ``epochs``: the run's length
        (default: the last frame's epoch); ``loss_label``: the loss axis's label."""
        self.pause()
        self.timeline = timeline
        if timeline is None:
            self._epochs = 0
            self.slider.blockSignals(True)
            self.slider.setRange(0, 0)
            self.slider.blockSignals(False)
            self.train_curve.setData([], [])
            self.val_curve.setData([], [])
            self.marker_points.setData([], [])
            self.points.clear()
            self.strip.set_image(None)
            self.position.setText("")
            self.values.setText("")
            self.plane_box.setVisible(False)
            self.setEnabled(False)
            return
        self.setEnabled(True)
        last = float(timeline.step[-1])
        self._epochs = int(epochs) if epochs else max(1, int(np.ceil(last - 1e-6)))
        self.curves.setLabel("left", loss_label or loss_name_label(timeline.loss_name))
        steps = timeline.step.astype(np.float64)
        self.train_curve.setData(steps, timeline.train_loss.astype(np.float64),
                                 connect="finite")
        self.val_curve.setData(steps, timeline.val_loss.astype(np.float64), connect="finite")
        self.curves.getPlotItem().enableAutoRange()
        self.plane_box.setVisible(timeline.scatter is not None)
        if timeline.scatter is not None:
            x0, x1, y0, y1 = scatter_extent(timeline.scatter)
            self.plane.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
            self._brushes = [BRUSHES[int(c)] for c in timeline.labels]
        self.slider.blockSignals(True)
        self.slider.setRange(0, timeline.frames - 1)
        self.slider.setValue(timeline.frames - 1)
        self.slider.blockSignals(False)
        self._show_frame(timeline.frames - 1)

    def frame(self) -> int:
        return self.slider.value()

    def set_frame(self, i: int) -> None:
        """Show frame ``i`` (clamped to the timeline)."""
        self.slider.setValue(int(i))  # valueChanged shows it

    @Slot(int)
    def _on_slider(self, i: int) -> None:
        self._show_frame(i)

    def _show_frame(self, i: int) -> None:
        t = self.timeline
        if t is None:
            return
        i = int(np.clip(i, 0, t.frames - 1))
        step = float(t.step[i])
        self.position.setText(QCoreApplication.translate(
            "TimelineView", "epoch {epoch} of {epochs}").format(
            epoch=format_epoch(step), epochs=self._epochs))
        self.marker_line.setValue(step)
        ys = [float(t.train_loss[i]), float(t.val_loss[i])]
        keep = [y for y in ys if np.isfinite(y)]
        self.marker_points.setData([step] * len(keep), keep)
        strip = np.concatenate([t.inputs, t.recon[i]]).astype(np.float32) / 255.0
        self.strip.set_image(tile(strip, 2, len(t.inputs)))
        val = (f"{t.val_loss[i]:.4g}" if np.isfinite(t.val_loss[i])
               else QCoreApplication.translate("TimelineView", "not measured"))
        self.values.setText(QCoreApplication.translate(
            "TimelineView", "Moment {n} of {frames}: training loss {train}, validation loss "
            "{val}.").format(n=i + 1, frames=t.frames, train=f"{t.train_loss[i]:.4g}", val=val))
        if t.scatter is not None:
            pos = t.scatter[i].astype(np.float32)
            ok = np.isfinite(pos).all(axis=1)
            brushes = self._brushes if ok.all() else [b for b, k in zip(self._brushes, ok,
                                                                         strict=True) if k]
            self.points.setData(pos=pos[ok], brush=brushes)

    # ------------------------------------------------------ what is shown
    def shown_strip(self) -> np.ndarray | None:
        """The strip on screen as uint8 pixels ``(2*28, S*28)``: inputs above outputs."""
        img = self.strip.image()
        return None if img is None else np.rint(img * 255.0).astype(np.uint8)

    def shown_points(self) -> np.ndarray:
        """The scatter's positions on screen, ``(N, 2)``."""
        d = self.points.data
        return np.stack([d["x"], d["y"]], axis=1).astype(np.float32)

    def plane_extent(self) -> tuple[float, float, float, float]:
        (x0, x1), (y0, y1) = self.plane.getViewBox().viewRange()
        return x0, x1, y0, y1

    # ------------------------------------------------------------ playing
    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    def play(self) -> None:
        t = self.timeline
        if t is None or t.frames < 2:
            return
        if self.frame() >= t.frames - 1:
            self.set_frame(0)  # from the start again
        self._timer.start()
        self._show_play_state()

    def pause(self) -> None:
        self._timer.stop()
        self._show_play_state()

    @Slot()
    def toggle_play(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play()

    @Slot()
    def _advance(self) -> None:
        t = self.timeline
        if t is None or self.frame() >= t.frames - 1:
            self.pause()
            return
        self.set_frame(self.frame() + 1)
        if self.frame() >= t.frames - 1:
            self.pause()

    def _show_play_state(self) -> None:
        icon = (QStyle.StandardPixmap.SP_MediaPause if self.playing
                else QStyle.StandardPixmap.SP_MediaPlay)
        self.play_button.setIcon(self.style().standardIcon(icon))
        if self.playing:
            self.play_button.setToolTip(QCoreApplication.translate(
                "TimelineView", "Pause the replay (Space)"))
        else:
            self.play_button.setToolTip(QCoreApplication.translate(
                "TimelineView", "Play the run from this moment to the end (Space)"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.timeline is not None:
            self.toggle_play()
            return
        if event.key() in _KEYS and self.timeline is not None:
            self.pause()
            self.slider.keyPressEvent(event)
            return
        super().keyPressEvent(event)

    def hideEvent(self, event) -> None:
        self.pause()
        super().hideEvent(event)


def install(window) -> None:
    """Add Models → Compare training curves… to ``window`` (after Model info)."""
    from .compare_curves import CompareCurvesWindow

    act = QAction(QCoreApplication.translate("CompareCurves", "Compare training &curves…"),
                  window)
    tip = QCoreApplication.translate(
        "CompareCurves", "Overlay the per-epoch loss curves of any loaded models, shipped or "
                         "trained by you, in one plot")
    act.setToolTip(tip)
    act.setStatusTip(tip)
    holder: dict[str, CompareCurvesWindow] = {}

    def show() -> None:
        view = holder.get("view")
        if view is None:
            view = holder["view"] = CompareCurvesWindow(window)
            window.compare_curves_window = view
        view.set_models(list(window.infos.values()))
        view.show()
        view.raise_()
        view.activateWindow()

    def on_models_loaded(infos, _errors=None) -> None:
        view = holder.get("view")
        if view is not None:
            view.set_models(list(infos))

    act.triggered.connect(show)
    window.addAction(act)
    window.compare_curves_action = act
    window.compare_curves_window = None
    menu = getattr(window, "models_menu", None)
    if menu is not None:
        actions = menu.actions()
        after = getattr(window, "info_action", None)
        i = actions.index(after) + 1 if after in actions else len(actions)
        menu.insertAction(actions[i] if i < len(actions) else None, act)
    engine = getattr(window, "engine", None)
    if engine is not None:
        engine.models_loaded.connect(on_models_loaded)
