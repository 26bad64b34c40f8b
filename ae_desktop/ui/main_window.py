"""The main window: canvas, noise, one reconstruction pane per model, latent code."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.data.idx import load_test
from ..core.data.images import (
    MAX_PIXELS,
    MAX_SIDE,
    ImageLoadError,
    ink_from_array,
    load_ink,
    save_png,
    strip_image,
)
from ..core.evaluation.records import ErrorDistribution
from ..core.live.noise import NoiseSettings
from ..core.live.records import LiveRequest, LiveResult
from ..core.store.failures import LoadFailure
from ..core.store.model_info import ModelInfo
from ..core.store.paths import model_dirs, user_models_dir
from ..engine.client import EngineClient
from ..engine.protocol import RobustnessJob, TestSetErrors
from ..workers.tasks import TaskRunner
from ..workers.training import TrainingRunner
from .canvas import DrawingCanvas
from .features import install_features
from .focus_panel import FocusPanel
from .help import help_button, install_help, set_help_topic
from .i18n import LANGUAGE_SETTING, bundled_font_path, chosen_language
from .latent_explorer import LatentExplorer
from .lessons import install_lessons
from .model_info_dialog import ModelInfoDialog
from .model_list import ModelList, ModelProblemsDialog
from .noise_panel import NoisePanel
from .pane_grid import PaneGrid
from .qimage import qimage_to_rgba
from .reasons import tr_reason
from .robustness_window import RobustnessWindow
from .training_dialog import TrainingDialog
from .window_actions import ENGINE_DEVICE_SETTING, ENGINE_DEVICES, build_actions

# Marked for lupdate here, translated where shown (QCoreApplication.translate("MainWindow", …)).
IMAGE_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow", "Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.pgm *.ppm)")
ABOUT = QT_TRANSLATE_NOOP("MainWindow", """<h3>AE Desktop {version}</h3>
<p>Draw a digit and watch autoencoders trained on MNIST reconstruct it.</p>
<p>Models: ports of the classic autoencoder tutorials (Keras blog, Géron's
<i>Hands-On Machine Learning</i>, Foster's <i>Generative Deep Learning</i>).</p>
<p><b>Data:</b> the MNIST database of handwritten digits, by Yann LeCun,
Corinna Cortes and Christopher J.C. Burges, used under
<a href="https://creativecommons.org/licenses/by-sa/3.0/">CC BY-SA 3.0</a>.
The 10,000-digit test set ships with the app.</p>""")


@dataclass(frozen=True)
class DecodedImage:
    """An image decoded off the GUI thread: the ink raster, or why there is none."""

    source: str  # the file's path, or "clipboard"
    ink: np.ndarray | None
    error: str = ""


def _with_ink(source: str, ink: np.ndarray, label: str) -> DecodedImage:
    if not (ink > 0.05).any():
        return DecodedImage(source, None, QCoreApplication.translate(
            "MainWindow", "{source}: the image has no visible ink; the canvas was left "
            "unchanged").format(source=label))
    return DecodedImage(source, ink)


def decode_image_file(path: str) -> DecodedImage:
    """Task-thread job: the file as ink (reduced if large) or a message for the user."""
    try:
        ink = load_ink(path)
    except ImageLoadError as exc:
        return DecodedImage(path, None, str(exc))
    except Exception as exc:  # noqa: BLE001 - never "Internal error" for a user's file
        return DecodedImage(path, None, QCoreApplication.translate(
            "MainWindow", "{path}: cannot open the image ({reason})").format(
            path=path, reason=f"{type(exc).__name__}: {exc}"))
    return _with_ink(path, ink, path)


def decode_clipboard_image(image: QImage) -> DecodedImage:
    """Task-thread job (QImage is reentrant): reduce a large image, then take its ink."""
    try:
        if max(image.width(), image.height()) > MAX_SIDE:
            image = image.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        ink = ink_from_array(qimage_to_rgba(image))
    except Exception as exc:  # noqa: BLE001 - reported to the user
        return DecodedImage("clipboard", None, QCoreApplication.translate(
            "MainWindow", "The clipboard image cannot be used ({reason})").format(
            reason=f"{type(exc).__name__}: {exc}"))
    return _with_ink("clipboard", ink, QCoreApplication.translate("MainWindow",
                                                                  "The clipboard image"))


class MainWindow(QMainWindow):
    # An image asked for by open/drop/paste was put on the canvas (True) or refused.
    image_load_finished = Signal(str, bool)  # the file's path or "clipboard", applied
    focus_changed = Signal(str)  # the focused model's name, "" for none (each _set_focus)

    def __init__(self, settings: QSettings | None = None,
                 model_folders: list[Path] | None = None) -> None:
        super().__init__()
        self.setWindowTitle("AE Desktop")
        self.setAcceptDrops(True)
        self.settings = settings if settings is not None else QSettings()
        self.model_folders = model_folders if model_folders is not None else model_dirs()
        self.infos: dict[str, ModelInfo] = {}
        self.hidden: set[str] = set(self.settings.value("models/hidden", [], list) or [])
        # Shipped bottleneck-family models (dense_z2 … dense_z128) start hidden: the
        # Bottleneck view shows them. Once seen, only the user's choice (models/hidden) counts.
        self._family_seen: set[str] = set(self.settings.value("models/familySeen", [], list)
                                          or [])
        self.focused: str | None = self.settings.value("focus/model", None, str) or None
        self.last_result: LiveResult | None = None
        self._test_rng = np.random.default_rng()
        self._info_dialogs: list[ModelInfoDialog] = []

        # All torch work happens in the engine process; self.tasks decodes images.
        self.engine = EngineClient(self)
        self.tasks = TaskRunner("tasks", self)
        self._robustness_job = 0
        self._image_job = 0  # the image being decoded (latest wins); 0: none
        self._image_source = ""

        self._build_widgets()
        self._build_actions()
        install_help(self)
        self._connect()
        self._restore_settings()
        self.lessons = install_lessons(self)
        install_features(self)
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Loading models…"))
        self.panes.set_waiting(QCoreApplication.translate("MainWindow", "loading models…"))
        self.engine.load_models(self.model_folders, self.engine_device)

    # ------------------------------------------------------------------ UI
    def _build_widgets(self) -> None:
        self.canvas = DrawingCanvas()
        self.brush = QSlider(Qt.Orientation.Horizontal)
        self.brush.setRange(4, 48)
        self.brush.setToolTip(QCoreApplication.translate("MainWindow",
                                                         "Brush size ([ and ] change it)"))
        self.eraser_button = QToolButton()
        self.eraser_button.setText(QCoreApplication.translate("MainWindow", "Eraser"))
        self.eraser_button.setCheckable(True)
        self.eraser_button.setToolTip(QCoreApplication.translate(
            "MainWindow", "Erase with the left button too (E); the right button always erases"))
        self.undo_button = QToolButton()
        self.redo_button = QToolButton()
        self.clear_button = QToolButton()
        self.random_button = QPushButton(QCoreApplication.translate("MainWindow",
                                                                    "Random test digit"))
        self.random_button.setToolTip(QCoreApplication.translate(
            "MainWindow", "Put a random MNIST test digit on the canvas (Ctrl+R)"))
        tools = QHBoxLayout()
        tools.addWidget(QLabel(QCoreApplication.translate("MainWindow", "Brush")))
        tools.addWidget(self.brush, 1)
        for w in (self.eraser_button, self.undo_button, self.redo_button, self.clear_button):
            tools.addWidget(w)
        tools.addWidget(help_button("canvas"))
        left = QVBoxLayout()
        left.addWidget(self.canvas, 1)
        left.addLayout(tools)
        left.addWidget(self.random_button)
        self.show_raw = QCheckBox(QCoreApplication.translate("MainWindow", "Show raw downscale"))
        self.show_raw.setToolTip(QCoreApplication.translate(
            "MainWindow", "Show the canvas squashed to 28x28 without MNIST's preprocessing, to "
            "see why the recipe matters"))
        left.addWidget(self.show_raw)
        self.show_errors = QCheckBox(QCoreApplication.translate("MainWindow",
                                                                "Show errors as heat maps"))
        self.show_errors.setToolTip(QCoreApplication.translate(
            "MainWindow", "Each model pane shows |reconstruction − original| per pixel: black "
            "where the model got the pixel right, bright where it failed (H)"))
        left.addWidget(self.show_errors)

        self.noise_panel = NoisePanel()
        self.panes = PaneGrid()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.panes)
        set_help_topic(self.panes, "panes")
        panes_title = QHBoxLayout()
        panes_title.addWidget(QLabel(QCoreApplication.translate(
            "MainWindow", "<b>Reconstructions</b> — click a pane to see its latent code")))
        panes_title.addStretch(1)
        panes_title.addWidget(help_button("panes"))
        right = QVBoxLayout()
        right.addWidget(self.noise_panel)
        right.addLayout(panes_title)
        right.addWidget(scroll, 1)

        central = QWidget()
        row = QHBoxLayout(central)
        left_box = QWidget()  # tagged for F1 help: the canvas and its tools
        left_box.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        set_help_topic(left_box, "canvas")
        row.addWidget(left_box, 2)
        row.addLayout(right, 3)
        self.setCentralWidget(central)

        self.model_list = ModelList()
        self.info_button = QPushButton(QCoreApplication.translate("MainWindow", "Model info…"))
        models_box = QWidget()
        mlay = QVBoxLayout(models_box)
        mlay.setContentsMargins(4, 4, 4, 4)
        mlay.addWidget(self.model_list, 1)
        info_row = QHBoxLayout()
        info_row.addWidget(self.info_button, 1)
        info_row.addWidget(help_button("model-info"))
        mlay.addLayout(info_row)
        set_help_topic(models_box, "model-info")
        self.models_dock = QDockWidget(QCoreApplication.translate("MainWindow", "Models"), self)
        self.models_dock.setObjectName("modelsDock")
        self.models_dock.setWidget(models_box)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.models_dock)
        self.focus_panel = FocusPanel()
        set_help_topic(self.focus_panel, "latent-dock")
        self.focus_dock = QDockWidget(QCoreApplication.translate("MainWindow", "Latent code"),
                                      self)
        self.focus_dock.setObjectName("latentDock")
        self.focus_dock.setWidget(self.focus_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.focus_dock)
        self.robustness = RobustnessWindow(self)
        self.explorer: LatentExplorer | None = None
        self.trainer: TrainingRunner | None = None
        self.training_dialog: TrainingDialog | None = None
        self.timing_label = QLabel("")
        self.statusBar().addPermanentWidget(self.timing_label)
        # A lasting entry for model files that could not be loaded (the message fades).
        self.problems_button = QToolButton()
        self.problems_button.setAutoRaise(True)
        self.problems_button.setToolTip(QCoreApplication.translate(
            "MainWindow", "Some model files could not be loaded: click to see which and why"))
        self.problems_button.setVisible(False)
        self.statusBar().addPermanentWidget(self.problems_button)
        self.load_problems: list[LoadFailure] = []
        self.model_problems_dialog: ModelProblemsDialog | None = None

    def _build_actions(self) -> None:
        build_actions(self)

    def _connect(self) -> None:
        self.canvas.stroke_changed.connect(self._on_canvas_changed)
        self.canvas.content_changed.connect(self._on_canvas_changed)
        self.canvas.undo_state_changed.connect(self._on_canvas_undo_state_changed)
        self.brush.valueChanged.connect(self._on_brush_changed)
        self.eraser_button.toggled.connect(self._on_eraser_toggled)
        self.random_button.clicked.connect(self.random_digit)
        self.show_raw.toggled.connect(self._on_show_raw_toggled)
        self.show_errors.toggled.connect(self._on_show_errors_toggled)
        self.noise_panel.noise_changed.connect(self._on_noise_changed)
        self.model_list.visibility_changed.connect(self._on_model_visibility_changed)
        self.model_list.model_activated.connect(self._on_model_activated)
        self.model_list.problems_requested.connect(self.show_model_problems)
        self.problems_button.clicked.connect(self.show_model_problems)
        self.model_list.currentTextChanged.connect(self._on_model_selected)
        self.info_button.clicked.connect(self.show_model_info)
        self.panes.pane_clicked.connect(self._on_pane_clicked)
        self.engine.reconstruction_ready.connect(self._on_engine_reconstruction_ready)
        self.engine.live_failed.connect(self._on_engine_live_failed)
        self.engine.models_loaded.connect(self._on_engine_models_loaded)
        self.engine.job_done.connect(self._on_engine_job_done)
        self.engine.job_failed.connect(self._on_engine_job_failed)
        self.engine.engine_died.connect(self._on_engine_died)
        self.engine.engine_restarted.connect(self._on_engine_restarted)
        self.robustness.curve_requested.connect(self._on_robustness_requested)
        self.tasks.task_done.connect(self._on_task_done)
        self.tasks.task_failed.connect(self._on_task_failed)

    # ------------------------------------------------------------ settings
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = s.value("windowState")
        if state is not None:
            self.restoreState(state)
        self.brush.setValue(int(s.value("brush", 18)))
        self.canvas.set_brush_size(self.brush.value())
        self.noise_panel.set_settings(NoiseSettings(
            str(s.value("noise/kind", "gaussian")), float(s.value("noise/amount", 0.0)),
            int(s.value("noise/seed", 0))))
        self.show_raw.setChecked(s.value("view/showRaw", False, bool))
        self.show_errors.setChecked(s.value("view/errorHeatmaps", False, bool))
        self.language_actions[chosen_language(s)].setChecked(True)
        device = str(s.value(ENGINE_DEVICE_SETTING, "auto"))
        self.engine_device = device if device in dict(ENGINE_DEVICES) else "auto"
        self.device_actions[self.engine_device].setChecked(True)

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("geometry", self.saveGeometry())
        s.setValue("windowState", self.saveState())
        s.setValue("brush", self.brush.value())
        n = self.noise_panel.settings()
        s.setValue("noise/kind", n.kind)
        s.setValue("noise/amount", n.amount)
        s.setValue("noise/seed", n.seed)
        s.setValue("models/hidden", sorted(self.hidden))
        s.setValue("models/familySeen", sorted(self._family_seen))
        s.setValue("view/showRaw", self.show_raw.isChecked())
        s.setValue("view/errorHeatmaps", self.show_errors.isChecked())
        s.setValue("focus/model", self.focused or "")
        s.setValue(ENGINE_DEVICE_SETTING, self.engine_device)
        s.sync()

    # ----------------------------------------------------------- requests
    def shown_models(self) -> tuple[str, ...]:
        return tuple(n for n in self.infos if n not in self.hidden)

    def request_update(self) -> None:
        n = self.noise_panel.settings()
        self.panes.noise_caption = (QCoreApplication.translate(
            "MainWindow", "{kind} {amount}, seed {seed}").format(
            kind=self.noise_panel.kind.currentText(), amount=f"{n.amount:.2f}", seed=n.seed)
            if n.active else QCoreApplication.translate("MainWindow", "no noise"))
        self.engine.submit(LiveRequest(self.engine.new_request_id(), self.canvas.raster(),
                                       self.noise_panel.settings(), self.shown_models()))

    @Slot()
    def _on_canvas_changed(self) -> None:
        self.request_update()

    @Slot(object)
    def _on_noise_changed(self, _settings: NoiseSettings) -> None:
        self.request_update()

    @Slot(bool, bool)
    def _on_canvas_undo_state_changed(self, can_undo: bool, can_redo: bool) -> None:
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)

    @Slot(object)
    def _on_engine_reconstruction_ready(self, result: LiveResult) -> None:
        self.last_result = result
        self.panes.show_result(result)
        ans = result.answers.get(self.focused or "")
        self.focus_panel.set_code(None if ans is None else ans.latent)
        if self.explorer is not None and self.explorer.isVisible():
            self.explorer.set_canvas_digit(None if result.empty else result.digit)
        if result.answers:
            self.timing_label.setText(QCoreApplication.translate(
                "MainWindow", "{n} models · {ms} ms · {device}").format(
                n=len(result.answers), ms=f"{result.compute_s * 1000:.1f}",
                device=self.engine.device))

    @Slot(object)
    def _on_engine_live_failed(self, message: str) -> None:
        self.statusBar().showMessage(tr_reason(message), 8000)

    @Slot(object)
    def _on_engine_died(self, why: str) -> None:
        """The engine stopped: say so, and show the panes waiting (or give the final word)."""
        why = tr_reason(why)
        if self.engine.gave_up:
            self.panes.set_waiting(QCoreApplication.translate("MainWindow",
                                                              "the compute engine stopped"))
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "The compute engine stopped: {why}").format(why=why))
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("MainWindow", "Compute engine stopped"),
                QCoreApplication.translate(
                    "MainWindow", "The compute engine stopped and could not be restarted."
                    "\n\n{why}\n\nYour drawing is kept; save it with File → Export before "
                    "restarting AE Desktop.").format(why=why),
                QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not exec(): the window stays responsive
            return
        self.panes.set_waiting(QCoreApplication.translate("MainWindow",
                                                          "waiting for the engine…"))
        self.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "The compute engine stopped ({why}); restarting it…").format(why=why))

    @Slot()
    def _on_engine_restarted(self) -> None:
        self.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "The compute engine was restarted; reloading the models…"))

    @Slot(object, object)
    def _on_engine_models_loaded(self, infos: list[ModelInfo], errors: list[LoadFailure]) -> None:
        self.panes.set_waiting(None)
        self.infos = {i.name: i for i in infos}
        new_family = {i.name for i in infos if i.shipped and i.latent_parameter} \
            - self._family_seen
        self.hidden |= new_family
        self._family_seen |= new_family
        self.load_problems = list(errors)
        self.panes.set_models(infos)
        self.model_list.set_models(infos, self.hidden, self.load_problems)
        self._show_load_problems_entry()
        self.show_menu.clear()
        for info in infos:
            act = self.show_menu.addAction(info.name)
            act.setCheckable(True)
            act.setChecked(info.name not in self.hidden)
            act.toggled.connect(lambda on, n=info.name: self.model_list.set_checked(n, on))
        for name in self.infos:
            self.panes.set_model_visible(name, name not in self.hidden)
        if self.focused not in self.infos:
            self.focused = next(iter(self.shown_models()), None)
        self._set_focus(self.focused)
        if self.explorer is not None:
            self.explorer.set_models(infos)
        if self.training_dialog is not None:
            self.training_dialog.set_models(infos)
        if errors:
            if not infos:
                loaded = QCoreApplication.translate("MainWindow", "No models loaded")
            elif len(infos) == 1:
                loaded = QCoreApplication.translate("MainWindow", "1 model loaded")
            else:
                loaded = QCoreApplication.translate("MainWindow", "{n} models loaded").format(
                    n=len(infos))
            n = len(errors)
            if n == 1:
                skipped = QCoreApplication.translate(
                    "MainWindow", "{loaded}; 1 model file skipped: Models → Show problems… "
                    "says why.")
            else:
                skipped = QCoreApplication.translate(
                    "MainWindow", "{loaded}; {n} model files skipped: Models → Show "
                    "problems… says why.")
            self.statusBar().showMessage(skipped.format(loaded=loaded, n=n), 15000)
        elif not infos:
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "No models found. Train one (ae-desktop train ARCH) or put "
                "checkpoints in the models folder."))
        elif self.engine.device_note:
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "{n} models loaded on the {device}: {note}.").format(
                n=len(infos), device=self.engine.device,
                note=tr_reason(self.engine.device_note)), 15000)
        else:
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "{n} models loaded on the {device}. Draw a digit!").format(
                n=len(infos), device=self.engine.device), 5000)
        self.timing_label.setToolTip(QCoreApplication.translate(
            "MainWindow", "Computed on the {device}; Models → Compute device changes it")
            .format(device=self.engine.device))
        self.request_update()
        for name in self.infos:  # "how MNIST-like is my digit?": each model's test errors
            self.engine.submit_job(TestSetErrors(name), key=f"test-errors/{name}", priority=1)
        if self.robustness.isVisible():  # its curve was computed with the old models
            self.robustness.request()

    # --------------------------------------------------------- model list
    @Slot(str, bool)
    def _on_model_visibility_changed(self, name: str, on: bool) -> None:
        (self.hidden.discard if on else self.hidden.add)(name)
        self.panes.set_model_visible(name, on)
        for act in self.show_menu.actions():
            if act.text() == name and act.isChecked() != on:
                act.setChecked(on)
        self.request_update()

    @Slot(str)
    def _on_pane_clicked(self, key: str) -> None:
        if key in self.infos:
            self._set_focus(key)

    @Slot(str)
    def _on_model_selected(self, name: str) -> None:
        if name in self.infos:
            self._set_focus(name)

    @Slot(str)
    def _on_model_activated(self, name: str) -> None:
        self._set_focus(name)
        self.show_model_info()

    def focus_model(self, name: str) -> None:
        """Show ``name``'s latent code in the dock and outline its pane (lessons use it)."""
        if name in self.infos:
            self._set_focus(name)

    def _set_focus(self, name: str | None) -> None:
        self.focused = name
        self.panes.set_focused(name)
        self.focus_panel.set_model(self.infos.get(name or ""))
        if self.last_result is not None and name in self.last_result.answers:
            self.focus_panel.set_code(self.last_result.answers[name].latent)
        self.focus_changed.emit(name or "")

    def show_model_info(self) -> None:
        info = self.infos.get(self.focused or "")
        if info is None:
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "Choose a model first (click its pane)."), 5000)
            return
        dlg = ModelInfoDialog(info, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()

    def _show_load_problems_entry(self) -> None:
        n = len(self.load_problems)
        self.problems_button.setText(
            QCoreApplication.translate("MainWindow", "⚠ 1 model problem") if n == 1 else
            QCoreApplication.translate("MainWindow", "⚠ {n} model problems").format(n=n))
        self.problems_button.setVisible(n > 0)
        self.show_problems_action.setEnabled(n > 0)
        if self.model_problems_dialog is not None:
            self.model_problems_dialog.set_problems(self.load_problems)

    @Slot()
    def show_model_problems(self) -> None:
        """The model files that could not be loaded, each with its reason."""
        if self.model_problems_dialog is None:
            self.model_problems_dialog = ModelProblemsDialog(self)
        self.model_problems_dialog.set_problems(self.load_problems)
        self.model_problems_dialog.show()
        self.model_problems_dialog.raise_()
        self.model_problems_dialog.activateWindow()

    def reload_models(self) -> None:
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow",
                                                                "Reloading models…"))
        self.engine.load_models(self.model_folders, self.engine_device)

    def set_language(self, choice: str) -> None:
        """Remember the interface language; it applies at the next start (offered now)."""
        if choice == chosen_language(self.settings):
            return
        self.settings.setValue(LANGUAGE_SETTING, choice)
        self.settings.sync()
        self.language_actions[choice].setChecked(True)
        box = QMessageBox(QMessageBox.Icon.Question,
                          QCoreApplication.translate("MainWindow", "Language"),
                          QCoreApplication.translate(
                              "MainWindow", "The new language is used from the next start. "
                              "Restart AE Desktop now? Your drawing is not kept."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda result: self._restart() if result ==
                             QMessageBox.StandardButton.Yes else None)
        box.open()
        self.language_box = box

    def _restart(self) -> None:
        """Start a new AE Desktop process, then close this one."""
        from PySide6.QtCore import QProcess

        program, args = sys.executable, sys.argv[1:]
        if not getattr(sys, "frozen", False):
            args = ["-m", "ae_desktop", *args]
        if QProcess.startDetached(program, args):
            self.close()
        else:
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "AE Desktop could not be restarted; start it again yourself."),
                10000)

    def set_engine_device(self, device: str) -> None:
        """Compute on ``device`` from now on (the models are reloaded there; remembered)."""
        if device == self.engine_device:
            return
        self.engine_device = device
        self.device_actions[device].setChecked(True)
        self.settings.setValue(ENGINE_DEVICE_SETTING, device)
        self.reload_models()

    def open_models_folder(self) -> None:
        folder = user_models_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -------------------------------------------------------------- canvas
    @Slot(int)
    def _on_brush_changed(self, value: int) -> None:
        self.canvas.set_brush_size(value)

    def _nudge_brush(self, delta: int) -> None:
        self.brush.setValue(self.brush.value() + delta)

    @Slot(bool)
    def _on_eraser_toggled(self, on: bool) -> None:
        self.canvas.set_eraser(on)
        for w in (self.eraser_button, self.eraser_action):
            if w.isChecked() != on:
                w.setChecked(on)

    @Slot(bool)
    def _on_show_errors_toggled(self, on: bool) -> None:
        self.panes.set_show_errors(on)
        self.errors_action.setChecked(on)

    @Slot(bool)
    def _on_show_raw_toggled(self, on: bool) -> None:
        self.panes.set_raw_visible(on)
        self.raw_action.setChecked(on)

    def random_digit(self) -> None:
        test = load_test()
        i = int(self._test_rng.integers(len(test)))
        self.canvas.set_raster(test.images[i].astype(np.float32) / 255.0)
        self.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "MNIST test digit #{index} (label {label})").format(
            index=i, label=test.labels[i]), 5000)

    def load_image_file(self, path: str) -> int:
        """Decode ``path`` on the task thread; the canvas changes when the result arrives.

        Returns the job id. A newer image (file or paste) supersedes one still being
        decoded; ``image_load_finished`` tells when the last one was applied or refused.
        """
        self._image_source = str(path)
        self._image_job = self.tasks.submit(partial(decode_image_file, str(path)), key="image")
        self.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "Opening {file}…").format(file=Path(path).name))
        return self._image_job

    def open_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MainWindow", "Open digit image"),
            str(self.settings.value("paths/open", "")),
            QCoreApplication.translate("MainWindow", IMAGE_FILTER))
        if path:
            self.settings.setValue("paths/open", str(Path(path).parent))
            self.load_image_file(path)

    def paste_image(self) -> None:
        image = QApplication.clipboard().image()
        if image.isNull():
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "The clipboard holds no image."), 5000)
            self.image_load_finished.emit("clipboard", False)
            return
        if image.width() * image.height() > MAX_PIXELS:
            self._refuse_image("clipboard", QCoreApplication.translate(
                "MainWindow", "The clipboard image is too large ({width} x {height} pixels; the "
                "limit is {limit} pixels)").format(width=image.width(), height=image.height(),
                                                   limit=f"{MAX_PIXELS:,}"))
            return
        self._image_source = "clipboard"
        self._image_job = self.tasks.submit(partial(decode_clipboard_image, image), key="image")
        self.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "Pasting the clipboard image…"))

    def _on_image_decoded(self, result: DecodedImage) -> None:
        if result.ink is None:
            self._refuse_image(result.source, result.error)
            return
        self.canvas.set_raster(result.ink)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Pasted image from the clipboard.")
            if result.source == "clipboard" else QCoreApplication.translate(
                "MainWindow", "Loaded {file}").format(file=Path(result.source).name), 5000)
        self.image_load_finished.emit(result.source, True)

    def _refuse_image(self, source: str, message: str) -> None:
        message = tr_reason(message)  # core's reasons (ImageLoadError) in the user's language
        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(
            self, QCoreApplication.translate("MainWindow", "Cannot paste image")
            if source == "clipboard" else QCoreApplication.translate("MainWindow",
                                                                     "Cannot open image"),
            message)
        self.image_load_finished.emit(source, False)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.load_image_file(url.toLocalFile())
                event.acceptProposedAction()
                return

    def export_png(self) -> None:
        r = self.last_result
        if r is None or r.empty:
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "Nothing to export: draw a digit first."), 5000)
            return
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("MainWindow", "Export side-by-side PNG"),
            "reconstructions.png", QCoreApplication.translate("MainWindow", "PNG image (*.png)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        r = self.last_result
        if r is None or r.empty:
            return False
        # The labels drawn into the PNG, translated; the bundled font draws Hangul (PIL's
        # own font has none).
        caption = QCoreApplication.translate("MainWindow", "{model}\nmse {mse}")
        panels = [(QCoreApplication.translate("MainWindow", "original"), r.digit),
                  (QCoreApplication.translate("MainWindow", "model input"), r.model_input)]
        panels += [(caption.format(model=n, mse=f"{a.mse:.4f}"), a.output)
                   for n, a in r.answers.items()]
        font = bundled_font_path()
        try:
            save_png(strip_image(panels, font_path=font if font.is_file() else None), path)
        except OSError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Export failed"),
                                f"{path}: {exc.strerror or exc}")
            return False
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Saved {path}")
                                     .format(path=path), 5000)
        return True

    # ---------------------------------------------------------- explorer
    def show_explorer(self) -> None:
        if self.explorer is None:
            self.explorer = LatentExplorer(self.engine, self)
            self.explorer.set_models(list(self.infos.values()))
        self.explorer.show()
        self.explorer.raise_()
        r = self.last_result
        self.explorer.set_canvas_digit(None if r is None or r.empty else r.digit)

    # ---------------------------------------------------------- training
    def show_training(self) -> None:
        if self.trainer is None:
            self.trainer = TrainingRunner(self)
        if self.training_dialog is None:
            self.training_dialog = TrainingDialog(self.settings, self.trainer, self.tasks,
                                                  list(self.infos.values()), self)
            self.training_dialog.model_saved.connect(self._on_training_model_saved)
        self.training_dialog.show()
        self.training_dialog.raise_()

    @Slot(str)
    def _on_training_model_saved(self, path: str) -> None:
        self.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "New model saved: {path}").format(path=path), 10000)
        self.reload_models()

    def training_running(self) -> bool:
        return self.trainer is not None and self.trainer.running

    # -------------------------------------------------------- robustness
    def show_robustness(self) -> None:
        self.robustness.show()
        self.robustness.raise_()
        self.robustness.request()

    @Slot(str)
    def _on_robustness_requested(self, kind: str) -> None:
        self._robustness_job = self.engine.submit_job(
            RobustnessJob(self.shown_models(), kind), key="robustness", cancel_running=True)

    @Slot(int, object)
    def _on_engine_job_done(self, job_id: int, result) -> None:
        if job_id == self._robustness_job:
            self.robustness.show_curve(result)
        elif isinstance(result, ErrorDistribution) and result.model in self.infos:
            self.panes.set_reference(result)

    @Slot(int, object)
    def _on_engine_job_failed(self, job_id: int, message: str) -> None:
        if job_id == self._robustness_job:
            self.robustness.show_error(message)

    @Slot(int, object)
    def _on_task_done(self, job_id: int, result) -> None:
        if job_id == self._image_job:
            self._image_job = 0
            self._on_image_decoded(result)

    @Slot(int, str)
    def _on_task_failed(self, job_id: int, message: str) -> None:
        if job_id == self._image_job:  # the decode functions report their own errors
            self._image_job = 0
            self._refuse_image(self._image_source, QCoreApplication.translate(
                "MainWindow", "{path}: cannot open the image ({reason})").format(
                path=self._image_source, reason=message))
            return
        self.statusBar().showMessage(message, 8000)

    # ------------------------------------------------------------ misc
    def about(self) -> None:
        QMessageBox.about(self, QCoreApplication.translate("MainWindow", "About AE Desktop"),
                          QCoreApplication.translate("MainWindow", ABOUT).format(
                              version=__version__))

    def shutdown(self) -> None:
        """Stop every worker and join its thread, all within ~1.2 s (idempotent).

        Every worker is asked first and joined afterwards, so the stops overlap:
        running jobs see their cancel token between batches, the training child
        is asked to stop and terminated if it does not (docs/architecture.md).
        """
        import time

        if getattr(self, "_shut_down", False):
            return
        self._shut_down = True
        deadline = time.monotonic() + 1.2  # the app must be gone within 2 s
        stoppable = [self.trainer, self.tasks]
        stoppable.append(self.engine)  # the engine process: gone within 1 s
        for worker in stoppable:
            if worker is not None:
                worker.request_stop()
        for worker in stoppable:
            if worker is not None:
                worker.wait(max(0.0, deadline - time.monotonic()))

    def closeEvent(self, event) -> None:
        # Already shut down (SIGTERM, Ctrl+C: app.Lifecycle stopped everything before
        # QApplication.quit() closes the windows): nobody is there to answer a question.
        if not getattr(self, "_shut_down", False) and self.training_running():
            answer = QMessageBox.question(
                self, QCoreApplication.translate("MainWindow", "Training in progress"),
                QCoreApplication.translate(
                    "MainWindow", "A model is still training. Quit anyway? The unfinished model "
                    "will not be saved."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.save_settings()
        self.shutdown()
        super().closeEvent(event)
