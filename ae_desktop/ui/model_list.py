"""The list of installed models with a checkbox each (which panes show), and the
list of model files that could not be loaded, with the reason for each.

A model is listed by its readable title (a shipped model by its architecture's title, a
model the user trained by its name with the architecture's title on a second line); its
name (the id used by the command line and the settings) stays the item's data and is in
the tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.models.specs import ARCHITECTURES
from ..core.store.failures import LoadFailure
from ..core.store.model_info import ModelInfo
from .model_texts_tr import model_full_title, model_subtitle, model_title, tr_model
from .reasons import tr_reason

# Role of the warning row: it names no model, so its UserRole stays None.
_PROBLEMS_ROLE = Qt.ItemDataRole.UserRole + 1
# A second line under the item's text (the architecture under a user model's name).
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2


def model_tooltip(info: ModelInfo) -> str:
    """Title, id and description, source, size, origin and file of a model."""
    spec = ARCHITECTURES.get(info.architecture)
    if info.shipped:
        origin = QCoreApplication.translate("ModelList", "shipped with the app")
    else:
        origin = QCoreApplication.translate("ModelList", "trained by you")
    lines = [model_full_title(info), f"{info.architecture}: {tr_model(info.description)}"]
    if spec is not None:
        lines.append(QCoreApplication.translate("ModelList", "From: {source}")
                     .format(source=tr_model(spec.source)))
    lines.append(QCoreApplication.translate("ModelList", "{params} parameters, {origin}")
                 .format(params=f"{info.params:,}", origin=origin))
    lines.append(QCoreApplication.translate("ModelList", "Name: {name} · file: {path}")
                 .format(name=info.name, path=info.path))
    return "\n".join(lines)


class _TitleDelegate(QStyledItemDelegate):
    """Draws an item's subtitle (``SUBTITLE_ROLE``) as a second line under its text."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        subtitle = index.data(SUBTITLE_ROLE)
        if subtitle:
            option.text = f"{option.text}\u2028{subtitle}"  # Qt's line separator


def problems_summary(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("ModelList", "1 model file not loaded…")
    return QCoreApplication.translate("ModelList", "{n} model files not loaded…").format(n=n)


class ModelList(QListWidget):
    visibility_changed = Signal(str, bool)
    model_activated = Signal(str)
    problems_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setToolTip(QCoreApplication.translate(
            "ModelList", "Tick the models whose reconstructions you want to see; double-click "
            "for the model's details"))
        self.setItemDelegate(_TitleDelegate(self))
        self.itemChanged.connect(self._on_item_changed)
        self.itemDoubleClicked.connect(self._on_item_double_clicked)
        self.itemActivated.connect(self._on_item_activated)
        self._updating = False

    def set_models(self, infos: list[ModelInfo], hidden: set[str],
                   problems: Sequence[LoadFailure] = ()) -> None:
        self._updating = True
        self.clear()
        for info in infos:
            item = QListWidgetItem(model_title(info))
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setData(SUBTITLE_ROLE, model_subtitle(info))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if info.name in hidden
                               else Qt.CheckState.Checked)
            item.setToolTip(model_tooltip(info))
            self.addItem(item)
        if problems:
            item = QListWidgetItem(self.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning), problems_summary(len(problems)))
            item.setData(_PROBLEMS_ROLE, True)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setToolTip(QCoreApplication.translate(
                "ModelList", "Double-click to see which files and why:") + "\n"
                            + "\n".join(tr_reason(str(p)) for p in problems[:5])
                            + ("\n…" if len(problems) > 5 else ""))
            self.addItem(item)
        self._updating = False

    def set_checked(self, name: str, on: bool) -> None:
        for i in range(self.count()):
            item = self.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def checked(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).data(Qt.ItemDataRole.UserRole) is not None
                and self.item(i).checkState() == Qt.CheckState.Checked]

    @Slot(QListWidgetItem)
    def _on_item_changed(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        if not self._updating and name is not None:
            self.visibility_changed.emit(name, item.checkState() == Qt.CheckState.Checked)

    @Slot(QListWidgetItem)
    def _on_item_double_clicked(self, item: QListWidgetItem) -> None:
        if item.data(Qt.ItemDataRole.UserRole) is not None:
            self.model_activated.emit(item.data(Qt.ItemDataRole.UserRole))

    @Slot(QListWidgetItem)
    def _on_item_activated(self, item: QListWidgetItem) -> None:
        # Activation = double-click, or Return, or a single click where the desktop says so.
        if item.data(_PROBLEMS_ROLE):
            self.problems_requested.emit()


class ModelProblemsDialog(QDialog):
    """Each model file that could not be loaded, with the reason, one row per file."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ModelList",
                                                       "Model files that could not be loaded"))
        self.resize(760, 320)
        self.intro = QLabel("")
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("ModelList", "File"),
                                              QCoreApplication.translate("ModelList",
                                                                         "Problem")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.folder_button = QPushButton(QCoreApplication.translate("ModelList", "Open folder"))
        self.folder_button.setToolTip(QCoreApplication.translate(
            "ModelList", "Show the folder of the selected file"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.folder_button.clicked.connect(self._on_folder_clicked)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
        self._paths: list[Path] = []

    def set_problems(self, problems: Sequence[LoadFailure]) -> None:
        n = len(problems)
        if n == 1:
            intro = QCoreApplication.translate(
                "ModelList", "1 model file could not be loaded; the other models work as "
                "usual. Replace or remove this file (or train the model again), then use "
                "Models → Reload models.")
        else:
            intro = QCoreApplication.translate(
                "ModelList", "{n} model files could not be loaded; the other models work as "
                "usual. Replace or remove these files (or train the model again), then use "
                "Models → Reload models.")
        self.intro.setText(intro.format(n=n))
        self.table.setRowCount(n)
        self._paths = [Path(p.path) for p in problems]
        for r, p in enumerate(problems):
            name = QTableWidgetItem(Path(p.path).name)
            name.setToolTip(str(p.path))
            why = tr_reason(p.reason)
            reason = QTableWidgetItem(why)
            reason.setToolTip(why)
            self.table.setItem(r, 0, name)
            self.table.setItem(r, 1, reason)
        self.table.resizeRowsToContents()
        if n:
            self.table.selectRow(0)

    @Slot()
    def _on_folder_clicked(self) -> None:
        row = max(self.table.currentRow(), 0)
        if row < len(self._paths):
            p = self._paths[row]
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(p if p.is_dir() else p.parent)))
