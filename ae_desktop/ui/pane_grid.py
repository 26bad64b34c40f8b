"""The row of panes: Original, (raw downscale), Model input, one per model."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QWidget

from ..core.evaluation.records import ErrorDistribution
from ..core.live.records import LiveResult
from ..core.store.model_info import ModelInfo
from .model_texts_tr import model_full_title, tr_model
from .panes import ImagePane

PANE_WIDTH = 165  # a pane's comfortable width: its caption plus margins
MAX_COLUMNS = 6


class PaneGrid(QWidget):
    pane_clicked = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.original = ImagePane(
            "original", QCoreApplication.translate("PaneGrid", "Original"),
            QCoreApplication.translate(
                "PaneGrid", "The canvas after MNIST preprocessing: cropped to the ink, longest "
                "side 20 px, centre of mass at the centre of 28x28"))
        self.raw = ImagePane(
            "raw", QCoreApplication.translate("PaneGrid", "Raw downscale"),
            QCoreApplication.translate(
                "PaneGrid", "The whole canvas squashed to 28x28, without MNIST's recipe: this "
                "is what the models would get without preprocessing"))
        self.model_input = ImagePane(
            "input", QCoreApplication.translate("PaneGrid", "Model input"),
            QCoreApplication.translate("PaneGrid", "The digit after noise: every model receives "
                                       "exactly this"))
        self.model_panes: dict[str, ImagePane] = {}
        self._order: list[str] = []
        # Our own record of what should show: QWidget.isHidden() is also true
        # for panes that were simply never shown yet.
        self._hidden: set[str] = set()
        self._raw_shown = False
        self._waiting: str | None = None
        self._last: LiveResult | None = None
        self.show_errors = False  # model panes show |reconstruction − original| as heat maps
        # Each model's errors on the test digits, once the engine has computed them.
        self.references: dict[str, ErrorDistribution] = {}
        self.noise_caption = QCoreApplication.translate("PaneGrid", "no noise")
        self._grid = QGridLayout(self)
        self._grid.setSpacing(6)
        self._columns = 4
        self._relayout()

    def set_models(self, infos: list[ModelInfo]) -> None:
        for pane in self.model_panes.values():
            pane.setParent(None)
            pane.deleteLater()
        self.model_panes = {}
        self._order = [i.name for i in infos]
        self.references = {n: r for n, r in self.references.items()
                           if n in {i.name for i in infos}}
        for info in infos:
            title = model_full_title(info)
            tip = QCoreApplication.translate(
                "PaneGrid", "{title} (id: {name})\n{description}\n"
                "MSE and BCE: the error against the clean digit. The line below places that "
                "error among this model's errors on the 10,000 MNIST test digits: a digit "
                "worse than almost all of them does not look like MNIST to this model.\n"
                "Click to show the latent code.").format(
                    title=title, name=info.name, description=tr_model(info.description))
            pane = ImagePane(info.name, title, tip)
            pane.clicked.connect(self._on_pane_clicked)
            pane.view.set_note(self._waiting or "")
            self.model_panes[info.name] = pane
        self._relayout()

    def set_waiting(self, why: str | None) -> None:
        """Show every computed pane as waiting (``why``, e.g. "waiting for the engine…"),
        or, with None, as live again (the next result fills them)."""
        self._waiting = why
        for pane in [self.model_input, *self.model_panes.values()]:
            pane.view.set_note(why or "")

    @property
    def waiting(self) -> str | None:
        return self._waiting

    def set_raw_visible(self, on: bool) -> None:
        self._raw_shown = on
        self._relayout()

    def set_model_visible(self, name: str, on: bool) -> None:
        (self._hidden.discard if on else self._hidden.add)(name)
        self._relayout()

    def is_model_visible(self, name: str) -> bool:
        return name in self.model_panes and name not in self._hidden

    def visible_model_panes(self) -> list[ImagePane]:
        return [self.model_panes[n] for n in self._order if n not in self._hidden]

    def _relayout(self) -> None:
        while self._grid.count():
            self._grid.takeAt(0)
        for r in range(self._grid.rowCount()):
            self._grid.setRowStretch(r, 0)
        panes = [self.original] + ([self.raw] if self._raw_shown else []) \
            + [self.model_input] + self.visible_model_panes()
        shown = set(map(id, panes))
        for pane in [self.original, self.raw, self.model_input, *self.model_panes.values()]:
            pane.setVisible(id(pane) in shown)
        cols = self._columns
        for c in range(MAX_COLUMNS):
            self._grid.setColumnStretch(c, 1 if c < cols else 0)
        for i, pane in enumerate(panes):
            self._grid.addWidget(pane, i // cols, i % cols)
        # Panes keep their size; spare height goes below them.
        self._grid.setRowStretch((len(panes) - 1) // cols + 1, 1)

    def resizeEvent(self, event) -> None:
        # As many columns as fit, so panes wrap instead of scrolling sideways.
        cols = max(2, min(MAX_COLUMNS, self.width() // PANE_WIDTH))
        if cols != self._columns:
            self._columns = cols
            self._relayout()
        super().resizeEvent(event)

    def set_show_errors(self, on: bool) -> None:
        """Model panes show the reconstruction (False) or the error heat map (True)."""
        self.show_errors = on
        if self._last is not None:
            self.show_result(self._last)

    def set_reference(self, dist: ErrorDistribution) -> None:
        """The model's test-set errors: its pane then says how typical the digit is."""
        self.references[dist.model] = dist
        if self._last is not None:
            self.show_result(self._last)

    def typicality(self, name: str, mse: float) -> str:
        """"worse than 97 % of test digits", or "" until the reference is known."""
        ref = self.references.get(name)
        if ref is None:
            return ""
        share = ref.share_below(mse)
        if not np.isfinite(share):
            return ""
        return QCoreApplication.translate("PaneGrid", "worse than {0} % of test digits").format(
            int(share * 100))

    def show_result(self, result: LiveResult) -> None:
        if self._waiting is not None:
            self.set_waiting(None)
        self._last = result
        empty = result.empty
        self.original.view.set_image(None if empty else result.digit)
        self.raw.view.set_image(None if empty else result.raw)
        self.model_input.view.set_image(None if empty else result.model_input)
        self.original.caption.setText(
            QCoreApplication.translate("PaneGrid", "draw a digit") if empty
            else QCoreApplication.translate("PaneGrid", "28x28, preprocessed"))
        self.raw.caption.setText("" if empty else QCoreApplication.translate(
            "PaneGrid", "whole canvas → 28x28"))
        self.model_input.caption.setText("" if empty else self.noise_caption)
        for name, pane in self.model_panes.items():
            ans = result.answers.get(name)
            if ans is None:
                if empty or name in self._hidden:
                    pane.view.set_image(None)
                    pane.caption.setText("–")
                continue
            if self.show_errors:
                pane.view.set_heat(np.abs(ans.output - result.digit))
            else:
                pane.view.set_image(ans.output)
            lines = [f"MSE {ans.mse:.4f} · BCE {ans.bce:.3f}"]
            typical = self.typicality(name, ans.mse)
            if typical:
                lines.append(typical)
            pane.caption.setText("\n".join(lines))

    def set_focused(self, name: str | None) -> None:
        for key, pane in self.model_panes.items():
            pane.set_focused(key == name)

    @Slot(str)
    def _on_pane_clicked(self, key: str) -> None:
        self.pane_clicked.emit(key)
