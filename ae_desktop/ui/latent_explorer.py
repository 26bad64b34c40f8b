"""The latent-space explorer: planes side by side, interpolation, clustering.

All encoding, decoding and clustering runs in the engine process, on its background
lane (:mod:`ae_desktop.engine.jobs`), as protocol payloads.  Every job has a key:
per key the engine client keeps one job in flight and the newest one waiting, so a
dragged cursor or a moving canvas marker never queues up, and a grid for a range the
user has left is cancelled in the engine between chunks.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

import numpy as np
from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.data.idx import load_test
from ..core.data.images import gray_image, save_png, strip_image
from ..core.latent.records import CanvasMark, Endpoint, GridImage, PlaneData, tile
from ..core.store.atomic import atomic_write_bytes
from ..core.store.model_info import ModelInfo
from ..engine.client import EngineClient
from ..engine.protocol import (
    ClusterCodes,
    Clusters,
    DecodedPoint,
    DecodeGrid,
    DecodePoint,
    Interpolate,
    Interpolation,
    LatentPlane,
    MarkDigit,
    PlaneReady,
)
from .help import help_button, set_help_topic
from .latent_plane import LatentPlaneView
from .latent_tools import ClusteringPanel, EndpointPicker, InterpolationPanel
from .panes import DigitView
from .reasons import tr_reason


class TestDigits:
    """The bundled test digits kept as uint8 (7.8 MB rather than 31 MB of float32 in the
    window's process); indexing gives float32 images in [0, 1]."""

    __test__ = False  # not a pytest test class despite its name

    def __init__(self, images_u8: np.ndarray) -> None:
        self._u8 = images_u8

    def __getitem__(self, index) -> np.ndarray:
        return self._u8[index].astype(np.float32) / np.float32(255.0)

    def __len__(self) -> int:
        return len(self._u8)


PREFERRED = ("conv_2d", "vae_2d")


class PlaneColumn(QWidget):
    def __init__(self, index: int, parent=None) -> None:
        super().__init__(parent)
        self.index = index
        self.model = QComboBox()
        self.model.setToolTip(QCoreApplication.translate(
            "LatentExplorer", "Model whose latent space this plane shows"))
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.view = LatentPlaneView()
        self.decoded = DigitView(min_side=96)
        self.decoded.setToolTip(QCoreApplication.translate("LatentExplorer",
                                                           "The digit decoded at the cursor"))
        self.hovered = DigitView(min_side=64)
        self.hovered.setToolTip(QCoreApplication.translate("LatentExplorer",
                                                           "The test digit under the mouse"))
        self.neighbours = DigitView(min_side=40)
        self.neighbours.setToolTip(QCoreApplication.translate(
            "LatentExplorer", "The test digits nearest to the canvas digit in latent space"))
        self.cursor_label = QLabel("")
        row_box = QWidget()
        row_box.setFixedHeight(150)
        row = QHBoxLayout(row_box)
        row.setContentsMargins(0, 0, 0, 0)
        for title, w, stretch in (
                (QCoreApplication.translate("LatentExplorer", "Decoded at cursor"),
                 self.decoded, 3),
                (QCoreApplication.translate("LatentExplorer", "Hovered digit"), self.hovered, 2),
                (QCoreApplication.translate("LatentExplorer", "Nearest to canvas digit"),
                 self.neighbours, 5)):
            box = QVBoxLayout()
            box.addWidget(QLabel(title))
            box.addWidget(w, 1)
            row.addLayout(box, stretch)
        top = QHBoxLayout()
        top.addWidget(self.model, 1)
        top.addWidget(self.cursor_label)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addLayout(top)
        lay.addWidget(self.note)
        lay.addWidget(self.view, 1)
        lay.addWidget(row_box)
        self.data: PlaneData | None = None
        self.grid_extent: tuple | None = None
        self.grid_image: np.ndarray | None = None  # the full grid (never the coarse view)
        # Grid requests: a counter and the (request, full) pair of what is drawn now.
        self.grid_request = 0
        self.grid_shown: tuple[int, bool] = (0, True)

    def key(self, what: str) -> str:
        """The engine-client key of this plane's jobs of one kind (latest wins per key)."""
        return f"explorer/{what}{self.index}"


class LatentExplorer(QWidget):
    def __init__(self, engine: EngineClient, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(QCoreApplication.translate("LatentExplorer", "Latent space explorer"))
        self.resize(1280, 900)
        self.engine = engine
        # Answers still awaited: job id → (on_done, on_fail). Per key, only the job that
        # may be running and the newest one are kept (see _submit), so dragging the
        # cursor never makes this grow.
        self._callbacks: dict[int, tuple[Callable, Callable | None]] = {}
        self._key_jobs: dict[Hashable, list[int]] = {}  # key → unanswered jobs, oldest first
        self._job_key: dict[int, Hashable] = {}
        self.infos: dict[str, ModelInfo] = {}
        self.canvas_digit: np.ndarray | None = None
        self.images: TestDigits | None = None
        self.labels: np.ndarray | None = None

        self.resolution = QSpinBox()
        self.resolution.setRange(10, 40)
        self.resolution.setValue(20)
        self.resolution.setToolTip(QCoreApplication.translate(
            "LatentExplorer", "Decoded digits per side of the grid"))
        self.show_grid = QCheckBox(QCoreApplication.translate("LatentExplorer", "Decoded grid"))
        self.show_grid.setChecked(True)
        self.show_points = QCheckBox(QCoreApplication.translate("LatentExplorer", "Test digits"))
        self.show_points.setChecked(True)
        self.follow_view = QCheckBox(QCoreApplication.translate("LatentExplorer",
                                                                "Grid follows zoom"))
        self.follow_view.setToolTip(QCoreApplication.translate(
            "LatentExplorer", "Re-decode the grid over the visible range after you pan or zoom "
            "(default range: 1st-99th percentile of the data)"))
        self.reset_button = QPushButton(QCoreApplication.translate("LatentExplorer",
                                                                   "Reset range"))
        self.export_grid_button = QPushButton(QCoreApplication.translate("LatentExplorer",
                                                                         "Export grid PNG…"))
        self.export_scatter_button = QPushButton(QCoreApplication.translate(
            "LatentExplorer", "Export scatter PNG…"))
        controls = QHBoxLayout()
        for w in (QLabel(QCoreApplication.translate("LatentExplorer", "Grid")), self.resolution, self.show_grid, self.show_points,
                  self.follow_view, self.reset_button):
            controls.addWidget(w)
        controls.addStretch(1)
        controls.addWidget(self.export_grid_button)
        controls.addWidget(self.export_scatter_button)
        controls.addWidget(help_button("explorer-planes", self))
        set_help_topic(self, "explorer-planes")

        self.columns = [PlaneColumn(0), PlaneColumn(1)]
        planes = QSplitter(Qt.Orientation.Horizontal)
        for c in self.columns:
            planes.addWidget(c)
        self.interpolation = InterpolationPanel()
        self.clustering = ClusteringPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.interpolation,
                         QCoreApplication.translate("LatentExplorer", "Interpolation"))
        self.tabs.addTab(self.clustering, QCoreApplication.translate("LatentExplorer",
                                                                     "Clustering"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(planes)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.status = QLabel("")
        lay = QVBoxLayout(self)
        lay.addLayout(controls)
        lay.addWidget(split, 1)
        lay.addWidget(self.status)

        self._view_timer = QTimer(self)
        self._view_timer.setSingleShot(True)
        self._view_timer.setInterval(200)
        self._view_timer.timeout.connect(self._on_view_settled)
        engine.job_done.connect(self._on_job_done)
        engine.job_failed.connect(self._on_job_failed)
        self.resolution.valueChanged.connect(self._on_grid_settings_changed)
        self.show_grid.toggled.connect(self._on_grid_settings_changed)
        self.show_points.toggled.connect(self._on_points_toggled)
        self.follow_view.toggled.connect(self._on_grid_settings_changed)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self.export_grid_button.clicked.connect(self._on_export_grid_clicked)
        self.export_scatter_button.clicked.connect(self._on_export_scatter_clicked)
        self.interpolation.requested.connect(self._on_interpolation_requested)
        self.interpolation.export_button.clicked.connect(self._on_export_interpolation_clicked)
        self.clustering.requested.connect(self._on_clustering_requested)
        for c in self.columns:
            c.model.currentTextChanged.connect(lambda _t, c=c: self._load_column(c))
            c.view.cursor_moved.connect(lambda x, y, c=c: self._on_cursor_moved(c, x, y))
            c.view.point_hovered.connect(lambda i, c=c: self._on_point_hovered(c, i))
            c.view.view_changed.connect(self._view_timer.start)
        test = load_test()  # the hovered digits and neighbours are drawn from it
        self.images, self.labels = TestDigits(test.images), test.labels

    # ------------------------------------------------------------- jobs
    def _submit(self, payload, on_done, on_fail=None, key: str = "",
                cancel_running: bool = False) -> int:
        job = self.engine.submit_job(payload, key, cancel_running=cancel_running)
        self._callbacks[job] = (on_done, on_fail)
        if key:
            # The client is latest-wins per key: the oldest unanswered job of the key
            # may be in flight and answer; any job between it and this one never will.
            jobs = self._key_jobs.setdefault(key, [])
            for stale in jobs[1:]:
                self._callbacks.pop(stale, None)
                self._job_key.pop(stale, None)
            jobs[1:] = [job]
            self._job_key[job] = key
        return job

    def _cancel(self, key: str) -> None:
        """Nothing of ``key`` is wanted any more (e.g. the plane switched models)."""
        self.engine.cancel_jobs(key)
        for job in self._key_jobs.pop(key, []):
            self._callbacks.pop(job, None)
            self._job_key.pop(job, None)

    def _forget(self, job: int) -> tuple[Callable | None, Callable | None]:
        """Drop a job's callbacks (answered, failed or superseded) and return them."""
        callbacks = self._callbacks.pop(job, (None, None))
        key = self._job_key.pop(job, None)
        jobs = self._key_jobs.get(key)
        if jobs is not None and job in jobs:
            # Jobs of one key answer in order: older ones still listed never will.
            i = jobs.index(job)
            for stale in jobs[:i]:
                self._callbacks.pop(stale, None)
                self._job_key.pop(stale, None)
            del jobs[:i + 1]
            if not jobs:
                del self._key_jobs[key]
        return callbacks

    def pending_jobs(self) -> int:
        """How many answers the explorer still waits for (bounded: ≤ 2 per key)."""
        return len(self._callbacks)

    @Slot(int, object)
    def _on_job_done(self, job: int, result) -> None:
        if job not in self._callbacks:
            return  # not ours (the main window's robustness curve, say)
        on_done, _ = self._forget(job)
        if on_done is not None:
            on_done(result)

    @Slot(int, object)
    def _on_job_failed(self, job: int, message: str) -> None:
        if job not in self._callbacks:
            return
        _, on_fail = self._forget(job)
        (on_fail or self._show_error)(tr_reason(message))

    def _show_error(self, message: str) -> None:
        self.status.setText(QCoreApplication.translate("LatentExplorer", "Error: {reason}")
                            .format(reason=message))

    # ------------------------------------------------------------ models
    def set_models(self, infos: list[ModelInfo]) -> None:
        self.infos = {i.name: i for i in infos}
        names = list(self.infos)
        preferred = [n for n in PREFERRED if n in names] + [n for n in names if n not in PREFERRED]
        for i, c in enumerate(self.columns):
            current = c.model.currentText()
            c.model.blockSignals(True)
            c.model.clear()
            c.model.addItems(names)
            pick = current if current in names else (preferred[i] if i < len(preferred) else "")
            c.model.setCurrentText(pick)
            c.model.blockSignals(False)
            self._load_column(c)
        current = self.clustering.model.currentText()
        self.clustering.model.clear()
        self.clustering.model.addItems(names)
        if current in names:
            self.clustering.model.setCurrentText(current)

    def _load_column(self, c: PlaneColumn) -> None:
        name = c.model.currentText()
        c.data = None
        for what in ("grid first view", "grid", "mark", "cursor"):
            self._cancel(c.key(what))  # the previous model's work is no longer wanted
        c.view.set_data(None)
        if not name:
            return
        c.note.setText(QCoreApplication.translate("LatentExplorer",
                                                  "encoding the 10,000 test digits…"))
        n = self.resolution.value() if self.show_grid.isChecked() else None
        self._submit(LatentPlane(name, n), lambda r, c=c: self._on_plane_ready(c, r),
                     key=c.key("plane"))

    def _on_plane_ready(self, c: PlaneColumn, ready: PlaneReady) -> None:
        self._on_plane_data(c, ready.data, ready.first_view)

    def _on_plane_data(self, c: PlaneColumn, data: PlaneData,
                       first_view: GridImage | None = None) -> None:
        if data.name != c.model.currentText():
            return  # the user switched models meanwhile
        c.data = data
        c.view.set_data(data, self.show_points.isChecked())
        if data.explained_variance is None:
            c.note.setText(QCoreApplication.translate(
                "LatentExplorer", "2-D latent: the plane is the latent space itself ({n} test "
                "digits).").format(n=f"{len(data.points):,}"))
        else:
            ev = data.explained_variance
            c.note.setText(QCoreApplication.translate(
                "LatentExplorer", "{size}-D latent projected with PCA: the plane explains "
                "{pc1} + {pc2} of the variance. The grid decodes points of the PCA plane, an "
                "approximation.").format(size=data.latent_size, pc1=f"{ev[0]:.0%}",
                                         pc2=f"{ev[1]:.0%}"))
        c.grid_extent = data.extent
        self._request_grids([c], first_view)
        self._request_mark(c)
        if c.index == 0:
            self.interpolation.model_label.setText(QCoreApplication.translate(
                "LatentExplorer", "model: {name}").format(name=data.name))
            self.interpolation.spherical.setEnabled(data.explained_variance is None)
            self._on_interpolation_requested()

    # -------------------------------------------------------------- grid
    def _request_grids(self, columns: list[PlaneColumn],
                       first_view: GridImage | None = None) -> None:
        """Ask for the planes' grids in two steps: a coarse first view, then the full grid.

        Both run on the task thread, each under a key of its own (latest wins per key),
        every plane's first view before any full grid. ``first_view``, when it matches
        the request (it came with the plane's data), is drawn at once instead. A newer
        request cancels this one's token: a full grid not yet decoded is then skipped or
        stopped between chunks, and answers older than what the plane shows are never
        drawn (see :meth:`_on_grid`).
        """
        full_jobs = []
        for c in columns:
            if c.data is None or not self.show_grid.isChecked():
                self._cancel(c.key("grid first view"))
                self._cancel(c.key("grid"))
                c.view.set_grid(None, None)
                continue
            c.grid_request += 1
            name, n, request = c.data.name, self.resolution.value(), c.grid_request
            extent = c.view.view_extent() if self.follow_view.isChecked() else c.data.extent

            def on_done(g: GridImage, c=c, request=request) -> None:
                self._on_grid(c, request, g)

            if (first_view is not None and first_view.name == name
                    and first_view.resolution == n
                    and np.allclose(first_view.extent, extent, rtol=0, atol=1e-9)):
                on_done(first_view)
            else:
                self._submit(DecodeGrid(name, tuple(extent), n, first_view=True), on_done,
                             self._show_error, key=c.key("grid first view"),
                             cancel_running=True)
            full_jobs.append((DecodeGrid(name, tuple(extent), n), on_done, c))
        for payload, on_done, c in full_jobs:
            self._submit(payload, on_done, self._show_error, key=c.key("grid"),
                         cancel_running=True)

    def _on_grid(self, c: PlaneColumn, request: int, grid: GridImage) -> None:
        if c.data is None or c.data.name != grid.name:
            return
        # (request, full) only grows: a coarse view never replaces its full grid, and an
        # answer to an older request never replaces a newer one.
        shown = (request, not grid.coarse)
        if shown <= c.grid_shown:
            return
        c.grid_shown = shown
        if not grid.coarse:
            c.grid_extent, c.grid_image = grid.extent, grid.image
        if self.show_grid.isChecked():  # the user may have unticked it since asking
            c.view.set_grid(grid.image, grid.extent, coarse=grid.coarse)

    @Slot()
    def _on_grid_settings_changed(self, *args) -> None:
        self._request_grids(self.columns)

    @Slot()
    def _on_view_settled(self) -> None:
        if self.follow_view.isChecked():
            self._on_grid_settings_changed()

    @Slot()
    def _on_reset_clicked(self) -> None:
        for c in self.columns:
            if c.data is not None:
                x0, x1, y0, y1 = c.data.extent
                c.view.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self._on_grid_settings_changed()

    @Slot(bool)
    def _on_points_toggled(self, on: bool) -> None:
        for c in self.columns:
            c.view.set_points_visible(on)

    # ------------------------------------------------------ cursor, hover
    def _on_cursor_moved(self, c: PlaneColumn, x: float, y: float) -> None:
        c.cursor_label.setText(f"({x:.2f}, {y:.2f})")
        if c.data is None:
            return
        name = c.data.name
        self._submit(DecodePoint(name, x, y), lambda d, c=c: self._on_decoded_point(c, d),
                     key=c.key("cursor"))

    def _on_decoded_point(self, c: PlaneColumn, d: DecodedPoint) -> None:
        if c.data is not None and c.data.name == d.model:
            c.decoded.set_image(d.image)

    def _on_point_hovered(self, c: PlaneColumn, index: int) -> None:
        if index >= 0 and self.images is not None:
            c.hovered.set_image(self.images[index])
            c.hovered.setToolTip(QCoreApplication.translate(
                "LatentExplorer", "test digit #{index}, label {label}").format(
                index=index, label=self.labels[index]))

    # ------------------------------------------------------ canvas digit
    def set_canvas_digit(self, digit: np.ndarray | None) -> None:
        self.canvas_digit = digit
        for c in self.columns:
            self._request_mark(c)

    def _request_mark(self, c: PlaneColumn) -> None:
        if c.data is None:
            return
        if self.canvas_digit is None:
            c.view.set_marker(None)
            c.neighbours.set_image(None)
            return
        name, digit = c.data.name, self.canvas_digit
        self._submit(MarkDigit(name, digit), lambda m, c=c: self._on_mark(c, m),
                     key=c.key("mark"))

    def _on_mark(self, c: PlaneColumn, mark: CanvasMark) -> None:
        if c.data is None or c.data.name != mark.name or self.canvas_digit is None:
            return
        c.view.set_marker(mark.point)
        if self.images is not None:
            c.neighbours.set_image(tile(self.images[mark.neighbours], 1, len(mark.neighbours)))

    # ------------------------------------------------------ interpolation
    def _endpoint(self, picker: EndpointPicker) -> Endpoint | None:
        """The picker's endpoint, or None when it is the canvas digit and there is none."""
        choice = picker.choice()
        if choice.source == "canvas":
            return None if self.canvas_digit is None else Endpoint(
                digit=self.canvas_digit.copy())
        if choice.source == "test":
            return Endpoint(test_index=picker.index.value())
        p = self.columns[choice.plane].view.cursor.pos()
        return Endpoint(plane_xy=(float(p.x()), float(p.y())))

    @Slot()
    def _on_interpolation_requested(self) -> None:
        c = self.columns[0]
        a, b = self._endpoint(self.interpolation.start), self._endpoint(self.interpolation.end)
        if c.data is None:
            return
        if a is None or b is None:
            self.status.setText(QCoreApplication.translate(
                "LatentExplorer", "Draw a digit first to use the canvas digit as an endpoint."))
            return
        if any(p.choice().plane == 1 for p in (self.interpolation.start, self.interpolation.end)) \
                and self.columns[1].model.currentText() != c.data.name:
            self.status.setText(QCoreApplication.translate(
                "LatentExplorer", "Note: the right plane's cursor is read in the left model's "
                "plane coordinates."))
        name, k = c.data.name, self.interpolation.steps.value()
        spherical = self.interpolation.spherical.isChecked() and \
            self.interpolation.spherical.isEnabled()
        self._submit(Interpolate(name, a, b, k, spherical), self._on_interpolation,
                     key="explorer/interpolation")

    def _on_interpolation(self, result: Interpolation) -> None:
        c = self.columns[0]
        if c.data is not None and c.data.name == result.model:
            self.interpolation.show_images(result.images)

    # ---------------------------------------------------------- clustering
    @Slot(str, int)
    def _on_clustering_requested(self, name: str, k: int) -> None:
        self._submit(ClusterCodes(name, k), self._on_clusters, self.clustering.show_error,
                     key="explorer/clustering")

    def _on_clusters(self, r: Clusters) -> None:
        self.clustering.show_result(r.model, r.codes, r.pixels, self.images, self.labels)

    # ------------------------------------------------------------- export
    def export_grid_to(self, path: str, column: int = 0) -> bool:
        """Save the column's decoded grid as PNG; False (and the user is told) on failure."""
        c = self.columns[column]
        if c.grid_image is None:
            self.status.setText(QCoreApplication.translate("LatentExplorer",
                                                           "No grid to export yet."))
            return False
        image = gray_image(c.grid_image)
        return self._export(path, lambda: save_png(image, path))

    def export_scatter_to(self, path: str, column: int = 0) -> bool:
        """Save the column's plot as PNG; False (and the user is told) on failure."""
        pixmap = self.columns[column].view.grab()

        def write() -> None:
            buf = QBuffer()
            buf.open(QIODevice.OpenModeFlag.WriteOnly)
            # Explicit format: a name typed without ".png" would otherwise fail.
            if not pixmap.save(buf, "PNG"):
                raise OSError(QCoreApplication.translate(
                    "LatentExplorer", "the plot could not be encoded as PNG"))
            atomic_write_bytes(path, bytes(buf.data()))

        return self._export(path, write)

    def _export(self, path: str, write: Callable[[], object]) -> bool:
        """Run ``write``; say where the file went or, in a message box, why it did not."""
        try:
            write()
        except OSError as exc:
            reason = exc.strerror or str(exc)
            if exc.filename is not None and str(exc.filename) != str(path):
                reason += f" ({exc.filename})"
            self.status.setText(QCoreApplication.translate(
                "LatentExplorer", "Could not save {path}: {reason}").format(path=path,
                                                                            reason=reason))
            QMessageBox.warning(self, QCoreApplication.translate("LatentExplorer", "Export failed"),
                                QCoreApplication.translate(
                                    "LatentExplorer", "Could not save {path}:\n{reason}")
                                .format(path=path, reason=reason))
            return False
        self.status.setText(QCoreApplication.translate("LatentExplorer", "Saved {path}")
                            .format(path=path))
        return True

    def _ask_path(self, title: str, default: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, title, default, QCoreApplication.translate("LatentExplorer",
                                                             "PNG image (*.png)"))
        return path

    @Slot()
    def _on_export_grid_clicked(self) -> None:
        path = self._ask_path(QCoreApplication.translate("LatentExplorer",
                                                         "Export decoded grid"),
                              "latent_grid.png")
        if path:
            self.export_grid_to(path)

    @Slot()
    def _on_export_scatter_clicked(self) -> None:
        path = self._ask_path(QCoreApplication.translate("LatentExplorer", "Export scatter"),
                              "latent_scatter.png")
        if path:
            self.export_scatter_to(path)

    @Slot()
    def _on_export_interpolation_clicked(self) -> None:
        imgs = self.interpolation.images
        if imgs is None:
            return
        path = self._ask_path(QCoreApplication.translate("LatentExplorer",
                                                         "Export interpolation"),
                              "interpolation.png")
        if path:
            image = strip_image([(str(i), im) for i, im in enumerate(imgs)], scale=3)
            self._export(path, lambda: save_png(image, path))

