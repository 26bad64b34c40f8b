"""The main window's actions, shortcuts and menus."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from .help import guide_action
from .i18n import LANGUAGES

# The engine's device choices (settings key ENGINE_DEVICE_SETTING), as the menu shows them
# (marked for lupdate; translated in the "MainWindow" context where the menu is built).
ENGINE_DEVICE_SETTING = "engine/device"
ENGINE_DEVICES = [("auto", QT_TRANSLATE_NOOP("MainWindow", "&Automatic (a GPU when there is one)")),
                  ("cpu", QT_TRANSLATE_NOOP("MainWindow", "&CPU")),
                  ("cuda", QT_TRANSLATE_NOOP("MainWindow", "C&UDA GPU")),
                  ("mps", QT_TRANSLATE_NOOP("MainWindow", "Apple GPU (&MPS)"))]


def key_sequences(*keys) -> list[QKeySequence]:
    """The platform's bindings of standard keys plus the given fallbacks, each once.

    Standard keys differ by platform (Redo is Ctrl+Y on Windows and in Qt's generic
    theme, Ctrl+Shift+Z on GNOME and macOS; Quit has no binding on Windows), so the
    keys the app documents are added explicitly; a sequence given twice would make
    the shortcut ambiguous.
    """
    out: list[QKeySequence] = []
    for k in keys:
        bindings = (QKeySequence.keyBindings(k) if isinstance(k, QKeySequence.StandardKey)
                    else [QKeySequence(k)])
        for seq in bindings:
            if not seq.isEmpty() and seq.toString() not in {o.toString() for o in out}:
                out.append(seq)
    return out


def _action(w, text: str, slot, shortcut=None, tip: str = "", checkable=False) -> QAction:
    act = QAction(text, w)
    if shortcut is not None:
        keys = shortcut if isinstance(shortcut, list) else [shortcut]
        act.setShortcuts(key_sequences(*keys))
    if tip:
        act.setToolTip(tip)
        act.setStatusTip(tip)
    act.setCheckable(checkable)
    # A checkable action passes its state: toggled(bool) has one signature, while
    # triggered() handed a bound builtin such as QCheckBox.setChecked no argument at all.
    (act.toggled if checkable else act.triggered).connect(slot)
    w.addAction(act)
    return act


def build_actions(w) -> None:
    """Create the window's actions (as attributes of ``w``) and its menus."""
    K = QKeySequence.StandardKey
    w.open_action = _action(
        w, QCoreApplication.translate("MainWindow", "&Open image…"), w.open_image, K.Open,
        QCoreApplication.translate("MainWindow", "Load a digit from an image file"))
    w.paste_action = _action(
        w, QCoreApplication.translate("MainWindow", "&Paste image"), w.paste_image, K.Paste,
        QCoreApplication.translate("MainWindow", "Put the clipboard's image on the canvas"))
    w.export_action = _action(
        w, QCoreApplication.translate("MainWindow", "&Export side-by-side PNG…"), w.export_png,
        "Ctrl+E", QCoreApplication.translate(
            "MainWindow", "Save the original, input and reconstructions as PNG"))
    w.quit_action = _action(w, QCoreApplication.translate("MainWindow", "&Quit"), w.close,
                            [K.Quit, "Ctrl+Q"])
    w.undo_action = _action(w, QCoreApplication.translate("MainWindow", "&Undo stroke"),
                            w.canvas.undo, K.Undo)
    w.redo_action = _action(w, QCoreApplication.translate("MainWindow", "&Redo stroke"),
                            w.canvas.redo, [K.Redo, "Ctrl+Shift+Z", "Ctrl+Y"])
    w.clear_action = _action(w, QCoreApplication.translate("MainWindow", "&Clear canvas"),
                             w.canvas.clear, ["Delete", "Ctrl+L"])
    w.random_action = _action(w, QCoreApplication.translate("MainWindow", "Random &test digit"),
                              w.random_digit, "Ctrl+R")
    w.eraser_action = _action(w, QCoreApplication.translate("MainWindow", "&Eraser"),
                              w._on_eraser_toggled, "E", checkable=True)
    w.bigger_action = _action(w, QCoreApplication.translate("MainWindow", "Bigger brush"),
                              lambda: w._nudge_brush(+4), "]")
    w.smaller_action = _action(w, QCoreApplication.translate("MainWindow", "Smaller brush"),
                               lambda: w._nudge_brush(-4), "[")
    w.new_noise_action = _action(w, QCoreApplication.translate("MainWindow", "&New noise"),
                                 w.noise_panel.new_noise.click, "N")
    w.info_action = _action(w, QCoreApplication.translate("MainWindow", "Model &info…"),
                            w.show_model_info, "Ctrl+I")
    w.reload_action = _action(w, QCoreApplication.translate("MainWindow", "&Reload models"),
                              w.reload_models, K.Refresh)
    w.folder_action = _action(w, QCoreApplication.translate("MainWindow", "Open models &folder"),
                              w.open_models_folder)
    w.show_problems_action = _action(
        w, QCoreApplication.translate("MainWindow", "Show &problems…"), w.show_model_problems,
        tip=QCoreApplication.translate("MainWindow",
                                       "Model files that could not be loaded, and why"))
    w.show_problems_action.setEnabled(False)
    w.robust_action = _action(
        w, QCoreApplication.translate("MainWindow", "&Robustness curve…"), w.show_robustness,
        "Ctrl+K", QCoreApplication.translate(
            "MainWindow", "Error against noise amount for every shown model"))
    w.latent_action = _action(
        w, QCoreApplication.translate("MainWindow", "&Latent space explorer…"), w.show_explorer,
        "Ctrl+T", QCoreApplication.translate(
            "MainWindow", "Scatter, decoded grid, interpolation and clustering of each "
            "model's latent space"))
    w.raw_action = _action(w, QCoreApplication.translate("MainWindow", "Show &raw downscale"),
                           w.show_raw.setChecked, checkable=True)
    w.errors_action = _action(
        w, QCoreApplication.translate("MainWindow", "Show &errors as heat maps"),
        w.show_errors.setChecked, "H",
        QCoreApplication.translate("MainWindow", "Each model pane shows where its "
                                   "reconstruction differs from the original"), checkable=True)
    w.about_action = _action(w, QCoreApplication.translate("MainWindow", "&About AE Desktop"),
                             w.about)
    w.train_action = _action(
        w, QCoreApplication.translate("MainWindow", "&Train model…"), w.show_training,
        "Ctrl+Shift+T", QCoreApplication.translate(
            "MainWindow", "Train an architecture on MNIST in the background"))
    w.undo_button.setDefaultAction(w.undo_action)
    w.redo_button.setDefaultAction(w.redo_action)
    w.clear_button.setDefaultAction(w.clear_action)
    # Tool buttons show an action's icon text (and take it back whenever the action
    # changes, e.g. is enabled): short labels under the canvas, full ones in the menu.
    w.undo_action.setIconText(QCoreApplication.translate("MainWindow", "Undo"))
    w.redo_action.setIconText(QCoreApplication.translate("MainWindow", "Redo"))
    w.clear_action.setIconText(QCoreApplication.translate("MainWindow", "Clear"))
    for a in (w.undo_action, w.redo_action):
        a.setEnabled(False)

    mb = w.menuBar()
    m = mb.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    m.addActions([w.open_action, w.paste_action, w.export_action])
    m.addSeparator()
    m.addAction(w.quit_action)
    m = mb.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    m.addActions([w.undo_action, w.redo_action, w.clear_action])
    m.addSeparator()
    m.addActions([w.random_action, w.eraser_action, w.bigger_action,
                  w.smaller_action, w.new_noise_action])
    w.models_menu = mb.addMenu(QCoreApplication.translate("MainWindow", "&Models"))
    w.show_menu = w.models_menu.addMenu(QCoreApplication.translate("MainWindow", "&Show / hide"))
    w.models_menu.addActions([w.info_action, w.reload_action, w.folder_action,
                              w.show_problems_action])
    w.models_menu.addSeparator()
    device_menu = w.models_menu.addMenu(QCoreApplication.translate("MainWindow",
                                                                   "Compute &device"))
    device_menu.setToolTipsVisible(True)
    group = QActionGroup(w)
    w.device_actions = {}
    for value, text in ENGINE_DEVICES:
        act = QAction(QCoreApplication.translate("MainWindow", text), w)
        act.setCheckable(True)
        act.setData(value)
        act.setToolTip(QCoreApplication.translate(
            "MainWindow", "Where reconstructions, the latent explorer and the robustness curve "
            "are computed (training has its own choice in its dialog). A device this computer "
            "lacks falls back to the CPU, and the status bar says so."))
        group.addAction(act)
        device_menu.addAction(act)
        w.device_actions[value] = act
    group.triggered.connect(lambda act: w.set_engine_device(act.data()))
    m = w.view_menu = mb.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    m.addActions([w.latent_action, w.robust_action, w.raw_action, w.errors_action])
    m.addSeparator()
    m.addActions([w.models_dock.toggleViewAction(), w.focus_dock.toggleViewAction()])
    m.addSeparator()
    language_menu = m.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    group = QActionGroup(w)
    w.language_actions = {}
    names = [("system", QCoreApplication.translate("MainWindow", "As the &system"))]
    names += list(LANGUAGES.items())  # each language in its own words
    for value, text in names:
        act = QAction(text, w)
        act.setCheckable(True)
        act.setData(value)
        group.addAction(act)
        language_menu.addAction(act)
        w.language_actions[value] = act
    group.triggered.connect(lambda act: w.set_language(act.data()))
    m = mb.addMenu(QCoreApplication.translate("MainWindow", "&Train"))
    m.addAction(w.train_action)
    m = w.help_menu = mb.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    w.guide_action = guide_action(w)
    m.addAction(w.guide_action)
    m.addSeparator()
    m.addAction(w.about_action)
