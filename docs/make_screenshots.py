"""Regenerate the README screenshots from the real app.

    xvfb-run -a python docs/make_screenshots.py      # real X11 (xcb) rendering
    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py

Writes docs/screenshots/*.png: the window (English and Korean), heat maps, two lessons,
the robustness curve, the layer activations, the explorer and the training dialog.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent / "screenshots"


def spin(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait(cond, ms: int = 60000) -> None:
    waited = 0
    while not cond() and waited < ms:
        spin(20)
        waited += 20


def draw_two(canvas) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    t = np.linspace(0, 1, 80)
    pts = []
    for u in t:
        if u < 0.45:
            a = np.pi * (1.1 - 1.3 * u / 0.45)
            pts.append((0.5 + 0.2 * np.cos(a), 0.33 - 0.14 * np.sin(a)))
        elif u < 0.8:
            v = (u - 0.45) / 0.35
            pts.append((0.62 - 0.32 * v, 0.4 + 0.36 * v))
        else:
            v = (u - 0.8) / 0.2
            pts.append((0.3 + 0.42 * v, 0.76))
    qp = [QPoint(int(x * canvas.width()), int(y * canvas.height())) for x, y in pts]
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, qp[0])
    for p in qp[1:]:
        QTest.mouseMove(canvas, p)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, qp[-1])


def main() -> int:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from ae_desktop.ui.i18n import install_translators, load_bundled_fonts
    from ae_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationDisplayName("AE Desktop")
    OUT.mkdir(parents=True, exist_ok=True)
    ini = Path(tempfile.mkdtemp()) / "s.ini"
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    settings.setValue("lessons/welcomed", True)
    w = MainWindow(settings=settings)
    w.resize(1400, 860)
    w.show()
    wait(lambda: bool(w.infos))
    spin(300)
    w.grab().save(str(OUT / "empty_window.png"))

    w.brush.setValue(22)
    draw_two(w.canvas)
    w.noise_panel.amount.setValue(30)
    w.noise_panel.seed.setValue(3)
    wait(lambda: w.last_result is not None and len(w.last_result.answers) == len(w.infos))
    if "vae_2d" in w.infos:
        w.focus_model("vae_2d")
    # Each pane's "worse than N % of test digits" needs the models' test-set errors.
    wait(lambda: set(w.panes.references) == set(w.infos), 180000)
    spin(400)
    w.grab().save(str(OUT / "main_window.png"))
    w.show_errors.setChecked(True)
    spin(400)
    w.grab().save(str(OUT / "heatmaps.png"))
    w.show_errors.setChecked(False)

    w.resize(1600, 900)  # room for the lesson dock beside the panes
    panel = w.lessons.open_lesson("conv_ae")
    wait(lambda: getattr(panel.figure, "result", None) is not None, 180000)
    spin(500)
    w.grab().save(str(OUT / "lesson_gallery.png"))
    panel = w.lessons.open_lesson("latent_2d")
    wait(lambda: panel.figure.ready(), 180000)  # both planes and their grids
    panel.figure.show_limit2()
    wait(lambda: not panel.figure.pending(), 120000)
    spin(800)
    w.grab().save(str(OUT / "lesson_latent_2d.png"))
    w.resize(1400, 860)
    w.lessons.dock.hide()

    w.show_robustness()
    wait(lambda: w.robustness.curve is not None)
    spin(300)
    w.robustness.grab().save(str(OUT / "robustness.png"))
    w.robustness.close()

    if any(i.latent_parameter for i in w.infos.values()):  # the bottleneck family's sizes
        amount = w.noise_panel.amount.value()
        w.noise_panel.amount.setValue(0)
        w.bottleneck_action.trigger()
        v = w.bottleneck_view
        wait(lambda: v.result is not None and v.result.tag == w.last_result.request_id)
        spin(500)
        v.grab().save(str(OUT / "bottleneck.png"))
        v.close()
        w.noise_panel.amount.setValue(amount)

    amount = w.noise_panel.amount.value()
    w.resize(1400, 1000)
    w.noise_panel.amount.setValue(0)
    w.activations_action.trigger()  # the layer activations dock, for the focused model
    w.resizeDocks([w.activations_dock], [400], Qt.Orientation.Vertical)
    view = w.activations_view
    wait(lambda: not w.engine.live_busy)  # the digit without noise
    wait(lambda: getattr(view.activations, "tag", -1) == w.last_result.request_id, 180000)
    view.show_channel(1, int(view.activations.layers[1].hi.argmax()))  # as hovering does
    spin(500)
    w.grab().save(str(OUT / "activations.png"))
    w.activations_action.trigger()
    w.noise_panel.amount.setValue(amount)
    w.resize(1400, 860)

    w.show_explorer()
    e = w.explorer
    e.resize(1400, 980)
    wait(lambda: all(c.grid_image is not None for c in e.columns), 120000)
    for c in e.columns:
        if c.data is not None:
            x0, x1, y0, y1 = c.data.extent
            c.view.move_cursor(x0 + 0.3 * (x1 - x0), y0 + 0.6 * (y1 - y0))
    e.interpolation.start.kind.setCurrentIndex(0)  # from the canvas digit
    e.clustering.model.setCurrentText(e.columns[0].model.currentText())
    e.clustering.run.click()
    wait(lambda: e.clustering.result is not None, 120000)
    spin(800)
    e.grab().save(str(OUT / "latent_explorer.png"))
    e.tabs.setCurrentWidget(e.clustering)
    spin(300)
    e.grab().save(str(OUT / "latent_clustering.png"))
    e.close()

    w.compare_curves_action.trigger()  # Models → Compare training curves…
    cc = w.compare_curves_window
    cc.log_y.setChecked(True)
    spin(400)
    cc.grab().save(str(OUT / "compare_curves.png"))
    cc.close()
    if "vae_2d" in w.infos:  # Model info's Timeline tab (the message if it has none)
        from ae_desktop.ui.model_info_dialog import ModelInfoDialog

        info = ModelInfoDialog(w.infos["vae_2d"], w)
        info.resize(900, 700)
        info.show()
        info.tabs.setCurrentWidget(info.timeline_page)
        if info.timeline_view is not None:
            info.timeline_view.set_frame(min(6, info.timeline.frames - 1))  # epoch 2
        spin(400)
        info.grab().save(str(OUT / "timeline.png"))
        info.close()

    data = os.environ.get("AE_DESKTOP_DATA") or str(
        Path(__file__).resolve().parents[2] / "shared" / "datasets" / "mnist")
    os.environ["AE_DESKTOP_DATA"] = data
    os.environ["AE_DESKTOP_MODELS"] = tempfile.mkdtemp()  # keep the screenshot model out
    w.show_training()
    d = w.training_dialog
    d.arch.setCurrentText("conv_selu")
    d.epochs.setValue(8)
    d.use_subset.setChecked(True)
    d.subset.setValue(6000)
    d.name.setText("screenshot_selu")
    d.start_button.click()
    wait(lambda: len(d._val) >= 3, 300000)
    spin(1500)
    d.grab().save(str(OUT / "training_dialog.png"))
    d.cancel()
    wait(lambda: not w.training_running(), 10000)
    d.close()
    w.close()

    install_translators(app, "ko")  # the Korean interface, as a Korean system shows it
    load_bundled_fonts(app, "ko")
    ko = MainWindow(settings=settings)
    ko.resize(1400, 860)
    ko.show()
    wait(lambda: bool(ko.infos))
    draw_two(ko.canvas)
    wait(lambda: ko.last_result is not None and len(ko.last_result.answers) == len(ko.infos))
    spin(600)
    ko.grab().save(str(OUT / "main_window_ko.png"))
    ko.close()
    for name in ("empty_window", "main_window", "heatmaps", "lesson_gallery",
                 "lesson_latent_2d", "robustness", "activations", "latent_explorer",
                 "latent_clustering", "compare_curves", "timeline", "training_dialog",
                 "main_window_ko"):
        print(OUT / f"{name}.png")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    sys.exit(main())
