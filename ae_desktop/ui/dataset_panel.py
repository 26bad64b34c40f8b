"""'The training set is missing': download it (with progress and cancel) or pick a folder."""

from __future__ import annotations

import html
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
)

from ..core.compute import cancel
from ..core.data.download import DownloadCancelled, download_dataset
from ..core.data.idx import DatasetError, load_split, resolve_data_dir, split_present
from ..workers.tasks import TaskRunner
from .reasons import tr_reason

SETTINGS_KEY = "data/dir"


@dataclass(frozen=True)
class DownloadFailed:
    """What the download job returns when no mirror delivered (its reason, a Reason):
    a result rather than an exception, so the Reason reaches the panel intact."""

    reason: str


def configured_data_dir(settings: QSettings) -> Path:
    """The folder chosen in the app, else ``$AE_DESKTOP_DATA``, else the per-user folder."""
    chosen = settings.value(SETTINGS_KEY, "", str)
    return resolve_data_dir(chosen or None)


class DatasetPanel(QFrame):
    """Shown in the training dialog while the training set is missing."""

    dataset_ready = Signal(str)  # folder
    _progress = Signal(str, int, int)

    def __init__(self, settings: QSettings, tasks: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.tasks = tasks
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.download_button = QPushButton(QCoreApplication.translate("DatasetPanel",
                                                                      "Download MNIST (11 MB)"))
        self.choose_button = QPushButton(QCoreApplication.translate("DatasetPanel",
                                                                    "Choose folder…"))
        self.choose_button.setToolTip(QCoreApplication.translate(
            "DatasetPanel", "A folder holding train-images-idx3-ubyte(.gz) and "
            "train-labels-idx1-ubyte(.gz)"))
        row = QHBoxLayout()
        row.addWidget(self.download_button)
        row.addWidget(self.choose_button)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.message)
        lay.addLayout(row)
        self.download_button.clicked.connect(self._on_download_clicked)
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self._progress.connect(self._on_download_progress)
        self.tasks.task_done.connect(self._on_task_done)
        self.tasks.task_failed.connect(self._on_task_failed)
        self._job = 0
        self._stop = threading.Event()
        self.progress_dialog: QProgressDialog | None = None
        self.last_error = ""
        self.refresh()

    def data_dir(self) -> Path:
        return configured_data_dir(self.settings)

    def refresh(self) -> bool:
        folder = self.data_dir()
        ok = split_present(folder, "train")
        self.setVisible(not ok)
        if not ok:
            self.message.setText(QCoreApplication.translate(
                "DatasetPanel", "<b>The MNIST training set was not found</b> in {folder}. "
                "Training needs its 60,000 digits (the test set ships with the app). Download "
                "it, or choose a folder that already holds the IDX files.").format(folder=folder))
        return ok

    # ----------------------------------------------------------- download
    @Slot()
    def _on_download_clicked(self) -> None:
        dest = self.data_dir()
        self._stop.clear()
        dlg = QProgressDialog(QCoreApplication.translate("DatasetPanel", "Downloading MNIST…"),
                              QCoreApplication.translate("DatasetPanel", "Cancel"), 0, 100, self)
        dlg.setWindowTitle(QCoreApplication.translate("DatasetPanel", "Download"))
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(0)
        dlg.canceled.connect(self._stop.set)
        dlg.show()
        self.progress_dialog = dlg
        emit = self._progress.emit
        stop = self._stop

        def job():
            # Stops between chunks when the user cancels or the app quits (TaskRunner.stop).
            try:
                return download_dataset(dest, "mnist", splits=("train",),
                                        progress=lambda n, d, t: emit(n, d, t or 0),
                                        should_stop=lambda: stop.is_set() or cancel.cancelled())
            except DownloadCancelled:
                cancel.check()  # quitting: reported as the runner's "cancelled"
                raise
            except DatasetError as exc:
                return DownloadFailed(str(exc))

        self._job = self.tasks.submit(job)

    @Slot(str, int, int)
    def _on_download_progress(self, name: str, done: int, total: int) -> None:
        if self.progress_dialog is not None and total:
            self.progress_dialog.setLabelText(QCoreApplication.translate(
                "DatasetPanel", "Downloading {file}… {done} of {total} MB").format(
                file=name, done=f"{done / 1e6:.1f}", total=f"{total / 1e6:.1f}"))
            self.progress_dialog.setValue(int(done * 100 / total))

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self._stop.set)
            self.progress_dialog.close()
            self.progress_dialog = None

    @Slot(int, object)
    def _on_task_done(self, job: int, result) -> None:
        if job != self._job:
            return
        self._close_progress()
        if isinstance(result, DownloadFailed):
            self._show_failure(result.reason)
        elif self.refresh():
            self.dataset_ready.emit(str(self.data_dir()))

    @Slot(int, object)
    def _on_task_failed(self, job: int, message: str) -> None:
        if job != self._job:
            return
        self._close_progress()
        self._show_failure(message)

    def _show_failure(self, message: str) -> None:
        cancelled = self._stop.is_set()
        self.last_error = (QCoreApplication.translate("DatasetPanel", "Download cancelled.")
                           if cancelled else QCoreApplication.translate(
                               "DatasetPanel", "Download failed: {reason}").format(
                               reason=tr_reason(message)))
        self.message.setText(QCoreApplication.translate(
            "DatasetPanel", "<b>{error}</b><br>Nothing was saved; you can try again or choose a "
            "folder with the IDX files.").format(error=html.escape(self.last_error, quote=False)))

    # -------------------------------------------------------------- folder
    @Slot()
    def _on_choose_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("DatasetPanel", "Folder with the MNIST IDX files"))
        if folder:
            self.use_folder(folder)

    def use_folder(self, folder: str) -> bool:
        try:
            load_split(folder, "train")
        except DatasetError as exc:
            self.last_error = tr_reason(exc)
            self.message.setText(QCoreApplication.translate(
                "DatasetPanel", "<b>That folder cannot be used:</b> {reason}").format(
                reason=html.escape(self.last_error, quote=False)))
            return False
        self.settings.setValue(SETTINGS_KEY, folder)
        self.refresh()
        self.dataset_ready.emit(folder)
        return True

