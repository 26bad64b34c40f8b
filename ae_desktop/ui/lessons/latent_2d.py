"""Lesson 4's figure: the plain autoencoder's and the VAE's 2-D latent planes side by side,
and the three limits of the plain autoencoder's latent space that Foster names
(Generative Deep Learning, chapter 3), each shown on its plane with numbers.

1. No clear way to pick a random point: the codes are not spread around the origin.
2. Little variety: uniform random points of the plane decode mostly to a few digits.
   The decoded digits are labelled without a classifier, by the label of the nearest
   test digit's code on the plane (a 1-nearest-neighbour labelling).
3. Not continuous: two nearby points, one among the test codes, one in a gap, decode
   to very different pictures.

"Sample" decodes random points of the VAE's prior N(0, I) beside uniform random points
of the autoencoder's plane. The engine decodes (:class:`~ae_desktop.engine.protocol.DecodePoints`);
the numbers are numpy on the planes the GUI already has. No torch here.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.latent.records import GridImage
from ...core.store.model_info import ModelInfo
from ...engine.protocol import DecodedPoints, DecodeGrid, DecodePoints, LatentPlane, PlaneReady
from ..latent_plane import LatentPlaneView
from ..reasons import tr_reason
from .views import DigitRows

CONTEXT = "LessonLatent2D"
AE, VAE = "conv_2d", "vae_2d"
MODELS = (AE, VAE)
GRID_N = 30
N_LIMIT2 = 1000  # uniform random points for limit 2
N_SAMPLE = 10  # per row for Sample
EMPTY_BINS = 40  # limit 1: the plane's box cut into 40 x 40 cells
NEAR = 0.08  # limit 3: the two points at most this share of the plane's width apart

_TEXTS = {
    "ae_title": QT_TRANSLATE_NOOP("LessonLatent2D", "Autoencoder (conv_2d)"),
    "vae_title": QT_TRANSLATE_NOOP("LessonLatent2D", "Variational autoencoder (vae_2d)"),
    "limit1": QT_TRANSLATE_NOOP("LessonLatent2D", "1. Where to pick a point?"),
    "limit2": QT_TRANSLATE_NOOP("LessonLatent2D", "2. Little variety"),
    "limit3": QT_TRANSLATE_NOOP("LessonLatent2D", "3. Gaps: not continuous"),
    "sample": QT_TRANSLATE_NOOP("LessonLatent2D", "Sample"),
    "limit1_tip": QT_TRANSLATE_NOOP("LessonLatent2D", "The autoencoder's codes are not spread "
                                                      "around the origin: where would a random "
                                                      "point come from?"),
    "limit2_tip": QT_TRANSLATE_NOOP("LessonLatent2D", "Decode 1,000 uniform random points of "
                                                      "the autoencoder's plane and count the "
                                                      "digits"),
    "limit3_tip": QT_TRANSLATE_NOOP("LessonLatent2D", "Two nearby points of the autoencoder's "
                                                      "plane that decode to very different "
                                                      "pictures"),
    "sample_tip": QT_TRANSLATE_NOOP("LessonLatent2D", "Random points from the VAE's prior "
                                                      "N(0, I) and uniform random points of "
                                                      "the autoencoder's plane, decoded"),
    "missing": QT_TRANSLATE_NOOP("LessonLatent2D", "This lesson needs the shipped models "
                                                   "conv_2d and vae_2d; not loaded: {names}. "
                                                   "Reload the models (Models → Reload "
                                                   "models)."),
    "wait": QT_TRANSLATE_NOOP("LessonLatent2D", "The planes are still being computed; try "
                                                "again in a moment."),
    "computing": QT_TRANSLATE_NOOP("LessonLatent2D", "Computing…"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def nearest_test_codes(points: np.ndarray, ref: np.ndarray,
                       chunk: int = 500) -> tuple[np.ndarray, np.ndarray]:
    """For each of ``points`` ``(K, 2)``, the index of and distance to the nearest of
    ``ref`` ``(N, 2)`` (Euclidean, exact; in chunks to keep memory small)."""
    points = np.asarray(points, np.float64).reshape(-1, 2)
    ref = np.asarray(ref, np.float64)
    idx = np.empty(len(points), np.int64)
    dist = np.empty(len(points), np.float64)
    for s in range(0, len(points), chunk):
        q = points[s:s + chunk]
        d2 = ((q[:, None, :] - ref[None, :, :]) ** 2).sum(axis=2)
        i = d2.argmin(axis=1)
        idx[s:s + len(q)] = i
        dist[s:s + len(q)] = np.sqrt(d2[np.arange(len(q)), i])
    return idx, dist


def empty_share(points: np.ndarray, extent, bins: int = EMPTY_BINS) -> float:
    """Share of the ``bins`` x ``bins`` cells of ``extent`` that hold no point."""
    x0, x1, y0, y1 = extent
    h, _, _ = np.histogram2d(points[:, 0], points[:, 1], bins=bins, range=[[x0, x1], [y0, y1]])
    return float((h == 0).mean())


def grid_cells(image: np.ndarray, n: int) -> np.ndarray:
    """The ``(n, n, 28, 28)`` digits of a decoded grid image (row 0 = largest y)."""
    return image.reshape(n, 28, n, 28).transpose(0, 2, 1, 3)


def grid_centres(extent, n: int) -> tuple[np.ndarray, np.ndarray]:
    """x of each column, y of each row (row 0 = largest y) of an ``n`` x ``n`` grid."""
    x0, x1, y0, y1 = extent
    xs = x0 + (np.arange(n) + 0.5) * (x1 - x0) / n
    ys = y1 - (np.arange(n) + 0.5) * (y1 - y0) / n
    return xs, ys


def ink_difference(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """How different two digits (or stacks of digits) look: the summed absolute pixel
    difference over the larger of their summed ink (0: the same, about 1 or more: no
    stroke in common)."""
    num = np.abs(a - b).sum(axis=(-2, -1))
    return num / np.maximum(np.maximum(a.sum(axis=(-2, -1)), b.sum(axis=(-2, -1))), 1e-6)


def discontinuity(grid: GridImage, ref: np.ndarray, radius: float = NEAR) -> dict:
    """Two cells of the decoded grid at most ``radius`` x the plane's width apart, one
    among the test codes (distance to the nearest one in the lowest quarter), the other
    in a gap (in the highest quarter), whose digits differ most (:func:`ink_difference`).

    Returns ``good``, ``bad`` (plane points), ``good_image``, ``bad_image``, ``distance``
    between them, ``difference`` and the ``gap`` (distance to the nearest test code) of
    each. Without such a pair, the most different neighbouring cells.
    """
    n = grid.cells
    cells = grid_cells(np.asarray(grid.image, np.float32), n)
    xs, ys = grid_centres(grid.extent, n)
    gx, gy = np.meshgrid(xs, ys)
    _, gap = nearest_test_codes(np.stack([gx.ravel(), gy.ravel()], axis=1), ref)
    gap = gap.reshape(n, n)
    lo, hi = np.percentile(gap, 25), np.percentile(gap, 75)
    width = grid.extent[1] - grid.extent[0]
    dx, dy = (xs[1] - xs[0]) if n > 1 else width, (ys[0] - ys[1]) if n > 1 else width
    reach = max(1, int(radius * width / min(dx, dy)))
    best, fallback = None, None
    for dr in range(-reach, reach + 1):
        for dc in range(-reach, reach + 1):
            dist = float(np.hypot(dr * dy, dc * dx))
            if (dr, dc) == (0, 0) or dist > max(radius * width, np.hypot(dx, dy)):
                continue
            ra = np.arange(max(0, -dr), min(n, n - dr))
            ca = np.arange(max(0, -dc), min(n, n - dc))
            if not len(ra) or not len(ca):
                continue
            diff = ink_difference(cells[np.ix_(ra, ca)], cells[np.ix_(ra + dr, ca + dc)])
            for store, ok in ((0, (gap[np.ix_(ra, ca)] <= lo)
                               & (gap[np.ix_(ra + dr, ca + dc)] >= hi)),
                              (1, np.ones_like(diff, bool))):
                scored = np.where(ok, diff, -1.0)
                i = np.unravel_index(int(np.argmax(scored)), scored.shape)
                if scored[i] < 0:
                    continue
                cand = (float(scored[i]), (ra[i[0]], ca[i[1]]), (ra[i[0]] + dr, ca[i[1]] + dc))
                if store == 0 and (best is None or cand[0] > best[0]):
                    best = cand
                if store == 1 and (fallback is None or cand[0] > fallback[0]):
                    fallback = cand
    diff, (ra, ca), (rb, cb) = best or fallback
    if gap[ra, ca] > gap[rb, cb]:
        (ra, ca), (rb, cb) = (rb, cb), (ra, ca)
    good, bad = np.array([xs[ca], ys[ra]]), np.array([xs[cb], ys[rb]])
    return {"good": good, "bad": bad, "good_image": cells[ra, ca].copy(),
            "bad_image": cells[rb, cb].copy(), "distance": float(np.linalg.norm(good - bad)),
            "difference": diff, "good_gap": float(gap[ra, ca]), "bad_gap": float(gap[rb, cb])}


class _PlaneBox(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.view = LatentPlaneView()
        self.view.setMinimumSize(260, 240)
        self.view.cursor.setVisible(False)
        self.overlay = pg.ScatterPlotItem(size=7, pen=pg.mkPen("w", width=1),
                                          brush=pg.mkBrush(255, 255, 255, 200))
        self.overlay.setZValue(15)
        self.view.addItem(self.overlay)
        self.lines = pg.PlotDataItem(pen=pg.mkPen(255, 220, 0, width=2))
        self.lines.setZValue(14)
        self.view.addItem(self.lines)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.title)
        lay.addWidget(self.view, 1)

    def clear_overlay(self) -> None:
        self.overlay.clear()
        self.lines.setData([], [])


class Latent2DFigure(QWidget):
    """Both 2-D planes, buttons for the three limits and for Sample, and what they show."""

    shown = Signal(str)  # what was just shown: "plane", "grid", "limit1".."limit3", "sample"

    def __init__(self, engine, infos: list[ModelInfo] | None = None,
                 parent: QWidget | None = None, seed: int | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._rng = np.random.default_rng(seed)
        self.loaded: list[str] = []
        self.planes: dict[str, object] = {}  # model → PlaneData
        self.grids: dict[str, GridImage] = {}  # model → the full grid
        self._jobs: dict[int, str] = {}  # job id → what it is for
        self.mode = ""
        self.limit1: dict = {}
        self.limit2: dict = {}
        self.limit3: dict = {}
        self.samples: dict[str, DecodedPoints] = {}

        self.boxes = {AE: _PlaneBox(tr(_TEXTS["ae_title"])), VAE: _PlaneBox(tr(_TEXTS["vae_title"]))}
        planes_row = QHBoxLayout()
        for m in MODELS:
            planes_row.addWidget(self.boxes[m], 1)
        self.buttons = {}
        button_row = QHBoxLayout()
        for key in ("limit1", "limit2", "limit3", "sample"):
            b = QPushButton(tr(_TEXTS[key]))
            b.setToolTip(tr(_TEXTS[key + "_tip"]))
            self.buttons[key] = b
            button_row.addWidget(b)
        button_row.addStretch(1)
        self.text = QLabel("")
        self.text.setWordWrap(True)
        self.missing = QLabel("")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #d08030;")
        self.missing.setVisible(False)
        self.bars = pg.PlotWidget()
        self.bars.setBackground((16, 16, 20))
        self.bars.setMinimumHeight(150)
        self.bars.setMaximumHeight(200)
        self.bars.setLabel("bottom", QCoreApplication.translate(
            "LessonLatent2D", "digit (label of the nearest test code)"))
        self.bars.setLabel("left", QCoreApplication.translate(
            "LessonLatent2D", "count"))
        self.bars.getAxis("bottom").setTicks([[(d, str(d)) for d in range(10)]])
        self.bar_item = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7,
                                        brush=pg.mkBrush(90, 160, 230))
        self.bars.addItem(self.bar_item)
        self.bars.setVisible(False)
        self.digits = DigitRows()
        self.digits.setVisible(False)
        self.status = QLabel("")
        self.status.setWordWrap(True)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.missing)
        lay.addLayout(planes_row, 1)
        lay.addLayout(button_row)
        lay.addWidget(self.text)
        lay.addWidget(self.bars)
        lay.addWidget(self.digits)
        lay.addWidget(self.status)

        self.buttons["limit1"].clicked.connect(self.show_limit1)
        self.buttons["limit2"].clicked.connect(self.show_limit2)
        self.buttons["limit3"].clicked.connect(self.show_limit3)
        self.buttons["sample"].clicked.connect(self.sample)
        engine.job_done.connect(self._on_engine_job_done)
        engine.job_failed.connect(self._on_engine_job_failed)
        engine.models_loaded.connect(self._on_engine_models_loaded)
        self.set_models(list(infos or []))

    # -- state -------------------------------------------------------------------------------
    def pending(self) -> bool:
        return bool(self._jobs)

    def ready(self) -> bool:
        return all(m in self.planes for m in MODELS)

    def set_models(self, infos: list[ModelInfo]) -> None:
        self.loaded = [i.name for i in infos]
        self.planes.clear()
        self.grids.clear()
        self._jobs.clear()
        for m in MODELS:
            self.boxes[m].view.set_data(None)
            self.boxes[m].clear_overlay()
        lacking = [m for m in MODELS if m not in self.loaded]
        self.missing.setVisible(bool(lacking) and bool(infos))
        self.missing.setText(tr(_TEXTS["missing"]).format(names=", ".join(lacking)))
        for b in self.buttons.values():
            b.setEnabled(not lacking)
        for m in MODELS:
            if m in self.loaded:
                self._submit(LatentPlane(m, grid_n=GRID_N), f"plane:{m}")

    def _submit(self, payload, what: str) -> None:
        job = self.engine.submit_job(payload, key=f"lessons/latent2d/{what}")
        self._jobs = {j: w for j, w in self._jobs.items() if w != what}
        self._jobs[job] = what
        self.status.setText(tr(_TEXTS["computing"]))

    # -- the limits --------------------------------------------------------------------------
    def _begin(self, mode: str) -> bool:
        if not self.ready():
            self.text.setText(tr(_TEXTS["wait"]))
            return False
        self.mode = mode
        for m in MODELS:
            self.boxes[m].clear_overlay()
        self.bars.setVisible(False)
        self.digits.setVisible(False)
        return True

    @Slot()
    def show_limit1(self) -> None:
        """No clear way to pick a point: mark the origin and the codes' mean and spread."""
        if not self._begin("limit1"):
            return
        data = self.planes[AE]
        pts = np.asarray(data.points, np.float64)
        mean, std = pts.mean(axis=0), pts.std(axis=0)
        lo, hi = pts.min(axis=0), pts.max(axis=0)
        share = empty_share(pts, data.extent)
        self.limit1 = {"mean": mean, "std": std, "min": lo, "max": hi, "empty": share}
        box = self.boxes[AE]
        box.overlay.setData(pos=[(0.0, 0.0), tuple(mean)], symbol=["+", "o"], size=[16, 12],
                            brush=[pg.mkBrush(255, 255, 255), pg.mkBrush(255, 220, 0)])
        x0, x1, y0, y1 = mean[0] - std[0], mean[0] + std[0], mean[1] - std[1], mean[1] + std[1]
        box.lines.setData([x0, x1, x1, x0, x0], [y0, y0, y1, y1, y0])
        self.text.setText(QCoreApplication.translate("LessonLatent2D",
            "Limit 1, no clear way to pick a random point: the autoencoder was never asked to "
            "place its codes anywhere in particular. Their mean is ({mx:.2f}, {my:.2f}), not "
            "the origin (+); the spread (standard deviation, yellow box) is {sx:.2f} across "
            "and {sy:.2f} up, and the codes reach from {x0:.1f} to {x1:.1f} and from {y0:.1f} "
            "to {y1:.1f}. Cut the plane's box into {bins} x {bins} cells: {empty:.0%} of them "
            "hold no test code. So which distribution should a random point come from?"
        ).format(mx=mean[0], my=mean[1], sx=std[0], sy=std[1], x0=lo[0], x1=hi[0], y0=lo[1],
                 y1=hi[1], bins=EMPTY_BINS, empty=share))
        self.shown.emit("limit1")

    @Slot()
    def show_limit2(self) -> None:
        """Little variety: decode uniform random points and count the digits (1-NN labels)."""
        if not self._begin("limit2"):
            return
        data = self.planes[AE]
        x0, x1, y0, y1 = data.extent
        pts = np.stack([self._rng.uniform(x0, x1, N_LIMIT2),
                        self._rng.uniform(y0, y1, N_LIMIT2)], axis=1).astype(np.float32)
        idx, dist = nearest_test_codes(pts, data.points)
        labels = np.asarray(data.labels)[idx].astype(np.int64)
        counts = np.bincount(labels, minlength=10)
        self.limit2 = {"points": pts, "labels": labels, "counts": counts, "distances": dist,
                       "images": None}
        box = self.boxes[AE]
        box.overlay.setData(pos=pts, size=4, pen=None, brush=pg.mkBrush(255, 255, 255, 190))
        self.bar_item.setOpts(height=counts.astype(float))
        self.bars.setYRange(0, max(1, counts.max()) * 1.1)
        self.bars.setVisible(True)
        order = np.argsort(-counts)
        self.text.setText(QCoreApplication.translate("LessonLatent2D",
            "Limit 2, little variety: {n} points drawn uniformly over the plane's box (white "
            "dots), each labelled with the digit of the nearest test code on the plane (a "
            "1-nearest-neighbour labelling, no classifier). Digit {top} comes out {ctop} "
            "times, digit {low} only {clow}: a digit whose cloud covers more of the plane is "
            "drawn more often. The first {k} decoded points are below."
        ).format(n=N_LIMIT2, top=int(order[0]), ctop=int(counts[order[0]]),
                 low=int(order[-1]), clow=int(counts[order[-1]]), k=N_SAMPLE))
        self._submit(DecodePoints(AE, pts[:N_SAMPLE]), "limit2")
        self.shown.emit("limit2")

    @Slot()
    def show_limit3(self) -> None:
        """Not continuous: two nearby points, one decodes to a digit, the other in a gap."""
        if not self._begin("limit3"):
            return
        grid = self.grids.get(AE)
        if grid is None or grid.coarse:
            self.text.setText(tr(_TEXTS["wait"]))
            return
        data = self.planes[AE]
        found = discontinuity(grid, data.points)
        self.limit3 = found
        x0, x1, _, _ = data.extent
        box = self.boxes[AE]
        box.overlay.setData(pos=[tuple(found["good"]), tuple(found["bad"])], size=12,
                            symbol=["o", "x"],
                            brush=[pg.mkBrush(60, 220, 90), pg.mkBrush(255, 60, 60)])
        box.lines.setData([found["good"][0], found["bad"][0]], [found["good"][1],
                                                                found["bad"][1]])
        self.digits.set_rows([np.stack([found["good_image"], found["bad_image"]])],
                             [QCoreApplication.translate(
            "LessonLatent2D", "A (green), B (red)")])
        self.digits.setVisible(True)
        self.text.setText(QCoreApplication.translate("LessonLatent2D",
            "Limit 3, the space is not continuous: points A and B are only {d:.2f} apart "
            "({pct:.0%} of the plane's width), yet their decoded pictures differ by {diff:.0%} "
            "of their ink. A lies {ga:.2f} from the nearest test code, among digits "
            "the decoder was trained on; B lies {gb:.2f} away, in a gap, where the decoder "
            "never had to draw anything sensible."
        ).format(d=found["distance"], pct=found["distance"] / (x1 - x0),
                 diff=found["difference"], ga=found["good_gap"], gb=found["bad_gap"]))
        self._submit(DecodePoints(AE, np.stack([found["good"], found["bad"]])), "limit3")
        self.shown.emit("limit3")

    @Slot()
    def sample(self) -> None:
        """Random points of the VAE's prior and of the autoencoder's plane, decoded."""
        if not self._begin("sample"):
            return
        self.samples.clear()
        x0, x1, y0, y1 = self.planes[AE].extent
        ae = np.stack([self._rng.uniform(x0, x1, N_SAMPLE),
                       self._rng.uniform(y0, y1, N_SAMPLE)], axis=1).astype(np.float32)
        vae = self._rng.standard_normal((N_SAMPLE, 2)).astype(np.float32)
        for m, pts in ((VAE, vae), (AE, ae)):
            self.boxes[m].overlay.setData(pos=pts, size=9, symbol="x",
                                          brush=pg.mkBrush(255, 255, 255))
            self._submit(DecodePoints(m, pts), f"sample:{m}")
        self.text.setText(QCoreApplication.translate("LessonLatent2D",
            "Sample: {n} points drawn from the VAE's prior N(0, I) (top row) and {n} points "
            "drawn uniformly over the autoencoder's box (bottom row), decoded (x on the "
            "planes). The VAE was trained to keep its codes close to N(0, I), so its random "
            "points land among digits; the autoencoder's often land in gaps.").format(
                n=N_SAMPLE))

    # -- engine answers ----------------------------------------------------------------------
    @Slot(int, object)
    def _on_engine_job_done(self, job_id: int, result) -> None:
        what = self._jobs.pop(job_id, None)
        if what is None:
            return
        if not self._jobs:
            self.status.setText("")
        if isinstance(result, PlaneReady) and what.startswith("plane:"):
            m = result.data.name
            self.planes[m] = result.data
            self.boxes[m].view.set_data(result.data)
            if result.first_view is not None:
                self._show_grid(m, result.first_view)
            if result.first_view is None or result.first_view.coarse:
                self._submit(DecodeGrid(m, result.data.extent, GRID_N), f"grid:{m}")
            self.shown.emit("plane")
        elif isinstance(result, GridImage) and what.startswith("grid:"):
            self._show_grid(result.name, result)
        elif isinstance(result, DecodedPoints):
            self._on_decoded(what, result)

    def _show_grid(self, model: str, grid: GridImage) -> None:
        if not grid.coarse:
            self.grids[model] = grid
        self.boxes[model].view.set_grid(grid.image, grid.extent, coarse=grid.coarse)
        if not grid.coarse:
            self.shown.emit("grid")

    def _on_decoded(self, what: str, result: DecodedPoints) -> None:
        if what == "limit2" and self.mode == "limit2":
            self.limit2["images"] = result.images
            labels = self.limit2["labels"][:len(result.images)]
            self.digits.set_rows([result.images], [QCoreApplication.translate(
            "LessonLatent2D", "nearest: {labels}").format(
                labels=" ".join(str(int(v)) for v in labels))])
            self.digits.setVisible(True)
        elif what == "limit3" and self.mode == "limit3":
            self.limit3["decoded"] = result.images
            self.digits.set_rows([result.images], [QCoreApplication.translate(
            "LessonLatent2D", "A (green), B (red)")])
            self.digits.setVisible(True)
        elif what.startswith("sample:") and self.mode == "sample":
            self.samples[result.model] = result
            if all(m in self.samples for m in MODELS):
                self.digits.set_rows([self.samples[VAE].images, self.samples[AE].images],
                                     [QCoreApplication.translate(
            "LessonLatent2D", "VAE, z ~ N(0, I)"), QCoreApplication.translate(
            "LessonLatent2D", "AE, uniform in its box")])
                self.digits.setVisible(True)
            else:
                return
        else:
            return
        self.shown.emit(self.mode)

    @Slot(int, object)
    def _on_engine_job_failed(self, job_id: int, message: str) -> None:
        what = self._jobs.pop(job_id, None)
        if what is not None:
            self.status.setText(QCoreApplication.translate(
            "LessonLatent2D", "Could not compute ({what}): {message}").format(
                what=what, message=tr_reason(message)))

    @Slot(object, object)
    def _on_engine_models_loaded(self, infos, _failures) -> None:
        self.set_models(list(infos))
