"""The list of installed models with a checkbox each (which panes show)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ..core.model_info import ModelInfo


class ModelList(QListWidget):
    visibility_changed = Signal(str, bool)
    model_activated = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setToolTip("Tick the models whose reconstructions you want to see; "
                        "double-click for the model's details")
        self.itemChanged.connect(self._on_item_changed)
        self.itemDoubleClicked.connect(self._on_item_double_clicked)
        self._updating = False

    def set_models(self, infos: list[ModelInfo], hidden: set[str]) -> None:
        self._updating = True
        self.clear()
        for info in infos:
            item = QListWidgetItem(info.name)
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if info.name in hidden
                               else Qt.CheckState.Checked)
            origin = "shipped" if info.shipped else "trained by you"
            item.setToolTip(f"{info.architecture}: {info.description}\n{info.params:,} "
                            f"parameters, {origin}\n{info.path}")
            self.addItem(item)
        self._updating = False

    def set_checked(self, name: str, on: bool) -> None:
        for i in range(self.count()):
            item = self.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def checked(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    @Slot(QListWidgetItem)
    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if not self._updating:
            self.visibility_changed.emit(item.data(Qt.ItemDataRole.UserRole),
                                         item.checkState() == Qt.CheckState.Checked)

    @Slot(QListWidgetItem)
    def _on_item_double_clicked(self, item: QListWidgetItem) -> None:
        self.model_activated.emit(item.data(Qt.ItemDataRole.UserRole))
