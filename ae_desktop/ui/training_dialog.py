"""Train → Train model…: configure, run in a child process, watch it live, cancel."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.latent.records import tile
from ..core.models import ARCHITECTURES, get_spec
from ..core.store.model_files import model_exists
from ..core.store.model_info import ModelInfo
from ..core.store.model_names import InvalidModelName, check_model_name, suggest_model_name
from ..core.store.paths import user_models_dir
from ..core.train.config import BatchProgress, EpochEnd, TrainConfig
from ..core.train.messages import RunFinished
from ..workers.tasks import TaskRunner
from ..workers.training import TrainingRunner
from .dataset_panel import DatasetPanel
from .help import help_button, set_help_topic
from .model_info_dialog import comparable_test_metric, loss_axis_label
from .model_texts_tr import arch_title, model_title, tr_model
from .panes import DigitView
from .plots import pen, plot_widget
from .reasons import tr_reason
from .timeline_view import TimelineWidget

# Remembered across runs (QSettings); the compute engine will read the same key.
DEVICE_SETTING = "compute/device"
LATENT_SETTING = "train/latent_size"  # the last code size chosen for a bottleneck family
# Marked for lupdate; translated in the "TrainingDialog" context where they are shown.
DEVICE_LABELS = (("auto", QT_TRANSLATE_NOOP("TrainingDialog", "Automatic (GPU if present)")),
                 ("cpu", "CPU"), ("cuda", "CUDA GPU"), ("mps", "Apple GPU (MPS)"))
DEVICE_NAMES = {"cpu": "CPU", "cuda": "CUDA GPU", "mps": "Apple GPU"}
SMOOTH_REPORTS = 10


def _with_note(field: QWidget) -> tuple[QVBoxLayout, QLabel]:
    """A form field with a hidden, word-wrapped note under it (a reason, a fallback)."""
    note = QLabel("")
    note.setWordWrap(True)
    note.setVisible(False)
    box = QVBoxLayout()
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(field)
    box.addWidget(note)
    return box, note


class ArchitectureCombo(QComboBox):
    """The architectures by title, each with its id (the command line's name) as data."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        for name, spec in ARCHITECTURES.items():
            self.addItem(arch_title(spec), name)
            self.setItemData(self.count() - 1, f"{name}: {tr_model(spec.description)}",
                             Qt.ItemDataRole.ToolTipRole)

    def select(self, arch: str) -> bool:
        """Choose an architecture by id; False (and no change) for an unknown one."""
        i = self.findData(arch)
        if i >= 0:
            self.setCurrentIndex(i)
        return i >= 0

    def setCurrentText(self, text: str) -> None:
        """Choose by the shown title, or by the id, as scripts and tests name them."""
        if not self.select(text):
            super().setCurrentText(text)


def trailing_mean(values: list[float], k: int) -> np.ndarray:
    """Mean of each value and up to ``k - 1`` before it: one point per report, from the first.

    (A 'valid' convolution drew a single point for runs of ten reports or fewer, which a
    line without markers does not show at all.)
    """
    c = np.cumsum(np.concatenate([[0.0], np.asarray(values, np.float64)]))
    i = np.arange(1, len(values) + 1)
    lo = np.maximum(i - k, 0)
    return (c[i] - c[lo]) / (i - lo)


def model_names_in(folder: Path) -> set[str]:
    """Names of the models stored in ``folder`` (by their metadata file name, NAME.json)."""
    try:
        return {p.name[: -len(".json")] for p in folder.glob("*.json")}
    except OSError:
        return set()


def _fmt_eta(s: float) -> str:
    if not np.isfinite(s):
        return "–"
    s = int(s)
    return f"{s // 60}:{s % 60:02d}"


class TrainingDialog(QDialog):
    """Non-modal: the main window stays usable while a model trains.

    Closing the dialog does not stop a run: it goes on and the model still appears
    when done; the main window asks before quitting during training.
    """

    model_saved = Signal(str)  # checkpoint path

    def __init__(self, settings: QSettings, runner: TrainingRunner, tasks: TaskRunner,
                 models: list[ModelInfo], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("TrainingDialog", "Train a model"))
        self.setModal(False)
        self.resize(1100, 640)
        self.settings = settings
        self.runner = runner
        self.models = models

        # Titles shown, ids as the data (what TrainConfig, the settings and the CLI use).
        self.arch = ArchitectureCombo()
        self.latent = QSpinBox()
        self.latent.setToolTip(QCoreApplication.translate(
            "TrainingDialog", "How many numbers the code (the bottleneck) has. Only the "
            "bottleneck families take a size; other architectures have a fixed code, shown "
            "here. A smaller code keeps less of the digit."))
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 500)
        self.batch = QSpinBox()
        self.batch.setRange(1, 4096)
        self.lr = QDoubleSpinBox()
        self.lr.setDecimals(6)
        self.lr.setRange(1e-6, 1e12)
        self.lr.setSingleStep(1e-4)
        self.optimizer = QComboBox()
        self.optimizer.addItems(["adam", "sgd"])
        self.noise = QDoubleSpinBox()
        self.noise.setRange(0, 2)
        self.noise.setSingleStep(0.1)
        self.noise.setToolTip(QCoreApplication.translate(
            "TrainingDialog", "Train on noised inputs against clean targets (the denoising "
            "tutorial's factor: 0.5 = std 0.25 on [0, 1] pixels)"))
        self.use_subset = QCheckBox(QCoreApplication.translate("TrainingDialog", "Subset of"))
        self.subset = QSpinBox()
        self.subset.setRange(100, 60000)
        self.subset.setValue(10000)
        self.subset.setSuffix(QCoreApplication.translate("TrainingDialog", " digits"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.device = QComboBox()
        for value, label in DEVICE_LABELS:
            self.device.addItem(QCoreApplication.translate("TrainingDialog", label), value)
        self.device.setToolTip(QCoreApplication.translate(
            "TrainingDialog", "Where the model trains. Automatic uses a CUDA GPU or Apple's MPS "
            "when this computer has one, else the CPU; a device that is missing falls back to "
            "the CPU, and the dialog says so."))
        self.name = QLineEdit()
        self.name.setToolTip(QCoreApplication.translate(
            "TrainingDialog", "File name of the new model in your models folder"))
        self.name.setMaxLength(80)  # longer names are refused with a reason, not cut
        name_box, self.name_problem = _with_note(self.name)
        self.continue_from = QComboBox()
        self.continue_box = QCheckBox(QCoreApplication.translate("TrainingDialog",
                                                                 "Continue training from"))
        subset_row = QHBoxLayout()
        subset_row.addWidget(self.use_subset)
        subset_row.addWidget(self.subset)
        subset_row.addStretch(1)
        cont_row = QHBoxLayout()
        cont_row.addWidget(self.continue_box)
        cont_row.addWidget(self.continue_from, 1)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("TrainingDialog", "Architecture"), self.arch)
        form.addRow(QCoreApplication.translate("TrainingDialog", "Latent size"), self.latent)
        form.addRow(QCoreApplication.translate("TrainingDialog", "Epochs"), self.epochs)
        form.addRow(QCoreApplication.translate("TrainingDialog", "Batch size"), self.batch)
        form.addRow(QCoreApplication.translate("TrainingDialog", "Learning rate"), self.lr)
        form.addRow(QCoreApplication.translate("TrainingDialog", "Optimizer"), self.optimizer)
        form.addRow(QCoreApplication.translate("TrainingDialog", "Noise factor"), self.noise)
        form.addRow(QCoreApplication.translate("TrainingDialog", "Training set"), subset_row)
        form.addRow(QCoreApplication.translate("TrainingDialog", "Seed"), self.seed)
        device_box, self.device_note = _with_note(self.device)
        form.addRow(QCoreApplication.translate("TrainingDialog", "Device"), device_box)
        form.addRow(QCoreApplication.translate("TrainingDialog", "Model name"), name_box)
        form.addRow("", cont_row)
        self.config_box = QGroupBox(QCoreApplication.translate("TrainingDialog",
                                                               "Configuration"))
        self.config_box.setLayout(form)

        self.tasks = tasks
        self.dataset = DatasetPanel(settings, tasks)
        self.progress = QProgressBar()
        self.progress.setFormat("%p%")
        self.eta = QLabel("")
        self.metrics = QLabel("")
        self.metrics.setWordWrap(True)
        self.curves = plot_widget(QCoreApplication.translate("TrainingDialog", "Loss"),
                                  QCoreApplication.translate("TrainingDialog", "epoch"),
                                  QCoreApplication.translate("TrainingDialog", "loss"))
        self.train_curve = self.curves.plot(
            [], [], pen=pen(0), name=QCoreApplication.translate("TrainingDialog",
                                                                "train (smoothed)"))
        self.val_curve = self.curves.plot(
            [], [], pen=pen(3), symbol="o", symbolSize=6,
            name=QCoreApplication.translate("TrainingDialog", "test (per epoch)"))
        self.samples = DigitView(min_side=80)
        self.samples.setToolTip(QCoreApplication.translate(
            "TrainingDialog", "Top: model inputs; bottom: reconstructions after the last epoch"))
        self.samples.setFixedHeight(110)
        self.start_button = QPushButton(QCoreApplication.translate("TrainingDialog", "Start"))
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(QCoreApplication.translate("TrainingDialog",
                                                                    "Cancel training"))
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(QCoreApplication.translate("TrainingDialog", "Close"))
        self.status = QLabel("")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(help_button("training", self))
        set_help_topic(self, "training")
        prog = QHBoxLayout()
        prog.addWidget(self.progress, 1)
        prog.addWidget(self.eta)
        # Settings on the left, the run on the right: stacked, the form (with its notes
        # and the dataset panel) left the loss plot a sliver and squashed the name field.
        left = QVBoxLayout()
        left.addWidget(self.config_box)
        left.addWidget(self.dataset)
        left.addStretch(1)
        live_page = QWidget()
        live = QVBoxLayout(live_page)
        live.setContentsMargins(0, 0, 0, 0)
        self.curves.setMinimumHeight(220)
        live.addWidget(self.curves, 1)
        live.addWidget(self.samples)
        live.addWidget(self.metrics)
        # After a run, its timeline replays under "Replay" (a slider over the recorded moments).
        self.replay = TimelineWidget()
        self.run_tabs = QTabWidget()
        self.run_tabs.addTab(live_page, QCoreApplication.translate("TrainingDialog",
                                                                   "Live"))
        self.run_tabs.addTab(self.replay, QCoreApplication.translate("TrainingDialog",
                                                                     "Replay"))
        self.run_tabs.setTabToolTip(0, QCoreApplication.translate(
            "TrainingDialog", "The run as it happens: losses, reconstructions and test metrics"))
        self.run_tabs.setTabToolTip(1, QCoreApplication.translate(
            "TrainingDialog", "After a run: replay how the model learned with a slider"))
        self.run_tabs.setTabEnabled(1, False)
        right = QVBoxLayout()
        right.addLayout(prog)
        right.addWidget(self.run_tabs, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(columns, 1)
        lay.addLayout(buttons)

        self._batch_x: list[float] = []
        self._batch_y: list[float] = []
        self._val: list[float] = []
        self._val_key: str | None = "bce"  # the test figure on the training loss's scale
        self.last_message = ""
        self.saved_path: str | None = None
        self._name_ok = True
        self._suggested_name = ""
        self.replace_box: QMessageBox | None = None
        self._pending_replace: tuple[TrainConfig, str] | None = None

        self.arch.currentIndexChanged.connect(self._on_arch_changed)
        self.latent.valueChanged.connect(self._on_latent_changed)
        self.name.textChanged.connect(self._on_name_text_changed)
        self.continue_box.toggled.connect(self.continue_from.setEnabled)
        self.use_subset.toggled.connect(self.subset.setEnabled)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        self.dataset.dataset_ready.connect(self._on_dataset_ready)
        runner.progress.connect(self._on_runner_progress)
        runner.epoch_ended.connect(self._on_runner_epoch_ended)
        runner.ended.connect(self._on_runner_ended)  # before finished: the timeline
        runner.finished.connect(self._on_runner_finished)
        runner.failed.connect(self._on_runner_failed)
        runner.cancelled.connect(self._on_runner_cancelled)
        if not self.arch.select(settings.value("train/arch", "dense_100", str)):
            self.arch.select("dense_100")
        i = self.device.findData(settings.value(DEVICE_SETTING, "auto", str))
        self.device.setCurrentIndex(max(i, 0))
        self._on_arch_changed()
        self.use_subset.setChecked(False)
        self.subset.setEnabled(False)
        self._update_start_enabled()

    # ------------------------------------------------------------ config
    @Slot()
    def _on_arch_changed(self, *args) -> None:
        spec = get_spec(self.arch.currentData())
        d = spec.defaults
        self.epochs.setValue(d.get("epochs", 10))
        self.batch.setValue(d.get("batch_size", 128))
        self.lr.setValue(d.get("lr", 1e-3))
        self.optimizer.setCurrentText(d.get("optimizer", "adam"))
        self.noise.setValue(d.get("noise", 0.0))
        self._set_latent_box(spec)
        self._propose_name()
        self._fill_continue_from(keep=False)
        test = comparable_test_metric(spec.loss, spec.input_range)
        self._val_key = test[0] if test else None

    def _set_latent_box(self, spec) -> None:
        """The code size: a choice for the bottleneck families (the one remembered, else the
        architecture's default), the fixed size, greyed out, for the others."""
        self.latent.blockSignals(True)
        if spec.has_latent_parameter:
            lo, hi = spec.latent_range
            self.latent.setRange(lo, hi)
            default = spec.latent_shape[0]
            remembered = self.settings.value(LATENT_SETTING, default, int)
            self.latent.setValue(remembered if lo <= remembered <= hi else default)
            self.latent.setEnabled(True)
        else:
            size = spec.latent_size
            self.latent.setRange(size, size)
            self.latent.setValue(size)
            self.latent.setEnabled(False)
        self.latent.blockSignals(False)

    def latent_size(self) -> int | None:
        """The code size to train with (None: the architecture's own, fixed one)."""
        return self.latent.value() if self.latent.isEnabled() else None

    @Slot(int)
    def _on_latent_changed(self, _value: int) -> None:
        if self.name.text() == self._suggested_name:
            self._propose_name()  # the proposal names the size: keep it in step
        self._fill_continue_from(keep=True)

    def set_models(self, models: list[ModelInfo]) -> None:
        """The installed models changed (one was trained, the folder was reloaded)."""
        self.models = list(models)
        self._fill_continue_from(keep=True)
        if self.name.text() == self._suggested_name and not self.runner.running:
            self._propose_name()  # the proposal was just used: propose a free one again
        else:
            self._on_name_text_changed(self.name.text())

    def _taken_names(self) -> set[str]:
        return model_names_in(user_models_dir()) | {m.name for m in self.models}

    def _propose_name(self) -> None:
        """A default name that replaces nothing: my_<arch>, else my_<arch>_2, …; with the
        code size for the bottleneck families (my_dense_z8)."""
        z = self.latent_size()
        base = f"my_{self.arch.currentData()}{z if z is not None else ''}"
        self._suggested_name = suggest_model_name(base, self._taken_names())
        self.name.setText(self._suggested_name)

    def _fill_continue_from(self, keep: bool) -> None:
        """The models of the chosen architecture; ``keep`` the choice if it is still there."""
        arch = self.arch.currentData()
        z = self.latent_size()
        was_path = self.continue_from.currentData() if keep else None
        was_checked = keep and self.continue_box.isChecked()
        self.continue_from.clear()
        for m in self.models:
            if m.architecture == arch and (z is None or m.latent_size == z):
                label = (QCoreApplication.translate("TrainingDialog", "{title} (shipped)")
                         .format(title=model_title(m)) if m.shipped else model_title(m))
                self.continue_from.addItem(label, m.path)
                self.continue_from.setItemData(self.continue_from.count() - 1, m.path,
                                               Qt.ItemDataRole.ToolTipRole)
        if was_path is not None and (i := self.continue_from.findData(was_path)) >= 0:
            self.continue_from.setCurrentIndex(i)
        else:
            was_checked = False
        self.continue_box.setEnabled(self.continue_from.count() > 0)
        self.continue_box.setChecked(was_checked)
        self.continue_from.setEnabled(was_checked)

    @Slot(str)
    def _on_name_text_changed(self, text: str) -> None:
        """Say at once what is wrong with the name, or what Start will do with it."""
        try:
            name = check_model_name(text)
        except InvalidModelName as exc:
            self._name_ok = False
            self._show_name_problem(QCoreApplication.translate(
                "TrainingDialog", "Cannot use this name: {reason}.").format(reason=tr_reason(exc)),
                error=True)
        else:
            self._name_ok = True
            shipped = {m.name for m in self.models if m.shipped}
            if model_exists(user_models_dir() / name):
                self._show_name_problem(QCoreApplication.translate(
                    "TrainingDialog", "A model called {name} already exists in your models "
                    "folder; Start will ask before replacing it.").format(name=name))
            elif name in shipped:
                self._show_name_problem(QCoreApplication.translate(
                    "TrainingDialog", "A shipped model is called {name}; yours will be shown "
                    "instead of it.").format(name=name))
            else:
                self._show_name_problem("")
        self._update_start_enabled()

    def _show_name_problem(self, text: str, error: bool = False) -> None:
        self.name_problem.setText(text)
        self.name_problem.setStyleSheet("color: #d04040;" if error else "")
        self.name_problem.setVisible(bool(text))

    def config(self) -> TrainConfig:
        return TrainConfig(
            self.arch.currentData(), epochs=self.epochs.value(), batch_size=self.batch.value(),
            lr=self.lr.value(), optimizer=self.optimizer.currentText(), noise=self.noise.value(),
            seed=self.seed.value(),
            limit=self.subset.value() if self.use_subset.isChecked() else None,
            data_dir=str(self.dataset.data_dir()),
            init_from=self.continue_from.currentData() if self.continue_box.isChecked() else None,
            device=self.device.currentData(),
            latent_size=self.latent_size(),
        )

    def _update_start_enabled(self) -> None:
        self.start_button.setEnabled(not self.runner.running and self._name_ok
                                     and self.dataset.refresh())

    @Slot(str)
    def _on_dataset_ready(self, folder: str) -> None:
        self.status.setText(QCoreApplication.translate(
            "TrainingDialog", "Training set found in {folder}.").format(folder=folder))
        self._update_start_enabled()

    # --------------------------------------------------------------- run
    def start(self) -> bool:
        """Start a run; for an existing model's name, ask first (False: not started now)."""
        try:
            name = check_model_name(self.name.text())
        except InvalidModelName as exc:
            self._say(QCoreApplication.translate("TrainingDialog", "Cannot start: {reason}.")
                      .format(reason=tr_reason(exc)))
            return False
        if self.runner.running or (self.replace_box is not None and self.replace_box.isVisible()):
            return False
        if not self.dataset.refresh():
            self._update_start_enabled()
            return False
        cfg = self.config()
        try:
            cfg.validate()
        except ValueError as exc:
            self._say(QCoreApplication.translate("TrainingDialog", "Cannot start: {reason}")
                      .format(reason=tr_reason(exc)))
            return False
        if model_exists(user_models_dir() / name):
            self._ask_replace(cfg, name)
            return False
        return self._start_run(cfg, name)

    def _ask_replace(self, cfg: TrainConfig, name: str) -> None:
        """Window-modal question; the run starts only from its Replace button."""
        if self.replace_box is None:
            box = QMessageBox(QMessageBox.Icon.Question,
                              QCoreApplication.translate("TrainingDialog", "Replace model?"), "",
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                              self)
            box.button(QMessageBox.StandardButton.Yes).setText(
                QCoreApplication.translate("TrainingDialog", "Replace"))
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.setEscapeButton(QMessageBox.StandardButton.Cancel)
            box.setWindowModality(Qt.WindowModality.WindowModal)
            box.finished.connect(self._on_replace_box_finished)
            self.replace_box = box
        self._pending_replace = (cfg, name)
        self.replace_box.setText(QCoreApplication.translate("TrainingDialog", "Replace {name}?")
                                 .format(name=name))
        self.replace_box.setInformativeText(QCoreApplication.translate(
            "TrainingDialog", "A model called {name} is already in {folder}. If training "
            "finishes, the new model takes its place and the old one is gone. Until then the "
            "old model stays as it is. Cancel to keep it and choose another name.").format(
            name=name, folder=user_models_dir()))
        self.replace_box.open()

    @Slot(int)
    def _on_replace_box_finished(self, _result: int) -> None:
        box, pending = self.replace_box, self._pending_replace
        self._pending_replace = None
        if box is None or pending is None:
            return
        cfg, name = pending
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            self._start_run(cfg, name, overwrite=True)
            return
        self._say(QCoreApplication.translate(
            "TrainingDialog", "{name} was not replaced. Choose another name to keep both "
            "models.").format(name=name))
        self.name.setFocus()
        self.name.selectAll()

    def _start_run(self, cfg: TrainConfig, name: str, overwrite: bool = False) -> bool:
        folder = user_models_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self.settings.setValue("train/arch", cfg.architecture)
        self.settings.setValue(DEVICE_SETTING, cfg.device)
        if cfg.latent_size is not None:
            self.settings.setValue(LATENT_SETTING, cfg.latent_size)
        self._device_told = False
        self._batch_x, self._batch_y, self._val = [], [], []
        self.train_curve.setData([], [])
        self.val_curve.setData([], [])
        spec = get_spec(cfg.architecture, cfg.latent_size)
        self._run_spec = spec
        self.replay.set_timeline(None)
        self.run_tabs.setTabEnabled(1, False)
        self.run_tabs.setCurrentIndex(0)
        self.curves.setLabel("left", loss_axis_label(spec.loss, spec.input_range))
        self.samples.set_image(None)
        self.metrics.setText("")
        self.progress.setValue(0)
        self.saved_path = None
        self._requested_name = name
        self.runner.start(cfg, str(folder / name), overwrite=overwrite)
        self._set_running(True)
        self._say(QCoreApplication.translate(
            "TrainingDialog", "Training {name} ({architecture}) in a background process; the "
            "main window stays usable.").format(name=name, architecture=arch_title(spec)))
        return True

    def cancel(self) -> None:
        if self.runner.running:
            self._say(QCoreApplication.translate("TrainingDialog", "Cancelling…"))
            self.runner.cancel()

    def _set_running(self, on: bool) -> None:
        self.config_box.setEnabled(not on)
        self.cancel_button.setEnabled(on)
        self.start_button.setEnabled(not on and self._name_ok)

    def _say(self, text: str) -> None:
        self.last_message = text
        self.status.setText(text)

    @Slot(object)
    def _on_runner_progress(self, ev: BatchProgress) -> None:
        done = (ev.epoch - 1) * ev.batches + ev.batch
        total = ev.epochs * ev.batches
        self.progress.setValue(int(100 * done / total))
        self.eta.setText(QCoreApplication.translate(
            "TrainingDialog", "epoch {epoch}/{epochs} · {speed} digits/s on {device} · ETA "
            "{eta}").format(epoch=ev.epoch, epochs=ev.epochs, speed=f"{ev.samples_per_s:,.0f}",
                            device=DEVICE_NAMES.get(ev.device, ev.device),
                            eta=_fmt_eta(ev.eta_s)))
        if not getattr(self, "_device_told", False):
            self._device_told = True
            self.device_note.setText(f"{tr_reason(ev.device_note)}." if ev.device_note else "")
            self.device_note.setVisible(bool(ev.device_note))
        self._batch_x.append(ev.epoch - 1 + ev.batch / ev.batches)
        self._batch_y.append(ev.loss)
        self.train_curve.setData(self._batch_x, trailing_mean(self._batch_y, SMOOTH_REPORTS))

    @Slot(object)
    def _on_runner_epoch_ended(self, ev: EpochEnd) -> None:
        key = self._val_key
        if key is not None and key in ev.val:
            self._val.append(ev.val[key])
            self.val_curve.setData(list(range(1, len(self._val) + 1)), self._val)
        self.samples.set_image(tile(np.concatenate([ev.inputs, ev.outputs]), 2, len(ev.inputs)))
        v = ev.val
        self.metrics.setText(
            QCoreApplication.translate(
                "TrainingDialog", "After epoch {epoch}: train loss {loss}; on {n} test digits "
                "BCE {bce}, MSE {mse}, rounded accuracy {accuracy}, denoising MSE {denoise}")
            .format(epoch=ev.epoch, loss=f"{ev.train_loss:.4f}", n=v["n_test"],
                    bce=f"{v['bce']:.4f}", mse=f"{v['mse']:.5f}",
                    accuracy=f"{v['rounded_accuracy']:.4f}", denoise=f"{v['denoise_mse']:.5f}")
            + (QCoreApplication.translate("TrainingDialog", ", −ELBO {elbo} nats")
               .format(elbo=f"{v['neg_elbo']:.1f}") if "neg_elbo" in v else ""))

    @Slot(object)
    def _on_runner_ended(self, outcome) -> None:
        """A finished run's timeline goes to the Replay tab, which then shows."""
        timeline = outcome.timeline if isinstance(outcome, RunFinished) else None
        if timeline is None:
            return
        spec = getattr(self, "_run_spec", None)
        self.replay.set_timeline(
            timeline,
            loss_label=loss_axis_label(spec.loss, spec.input_range) if spec else None)
        self.run_tabs.setTabEnabled(1, True)
        self.run_tabs.setCurrentIndex(1)

    @Slot(str, object)
    def _on_runner_finished(self, path: str, meta) -> None:
        self._set_running(False)
        self.progress.setValue(100)
        self.saved_path = path
        m = meta.get("metrics", {})
        self._say(QCoreApplication.translate(
            "TrainingDialog", "Saved {name} ({seconds} s): test BCE {bce}, MSE {mse}. It is now "
            "in the model list.").format(
                name=meta.get("name"), seconds=f"{meta.get('training_time_s', 0):.0f}",
                bce=f"{m.get('bce', float('nan')):.4f}", mse=f"{m.get('mse', float('nan')):.5f}")
            + (QCoreApplication.translate(
                "TrainingDialog", " ({requested} appeared in the models folder during training, "
                "so the new model got a name of its own.)").format(
                requested=getattr(self, "_requested_name", ""))
               if meta.get("name") != getattr(self, "_requested_name", meta.get("name"))
               else ""))
        self.model_saved.emit(path)

    @Slot(object)
    def _on_runner_failed(self, message: str) -> None:
        self._set_running(False)
        text = tr_reason(message)
        self._say(QCoreApplication.translate("TrainingDialog", "Training stopped: {reason}")
                  .format(reason=text))
        QMessageBox.warning(self, QCoreApplication.translate("TrainingDialog",
                                                             "Training stopped"), text)

    @Slot()
    def _on_runner_cancelled(self) -> None:
        self._set_running(False)
        self._say(QCoreApplication.translate(
            "TrainingDialog", "Training cancelled; nothing was saved and existing models are "
            "unchanged."))
