import numpy as np
import pytest
import torch
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from ae_desktop.core.data.idx import load_test
from ae_desktop.core.evaluation.metrics import reconstruct
from ae_desktop.core.evaluation.robustness import robustness_curve
from ae_desktop.core.store.checkpoints import load_checkpoint

from .helpers import SEVEN, stroke


def _all_panes_answered(w):
    panes = w.panes.visible_model_panes()
    return bool(panes) and all(p.view.has_image() and "MSE" in p.caption.text() for p in panes)


def test_a_stroke_fills_every_reconstruction_pane_with_numbers(make_window, qtbot):
    w = make_window()
    assert sorted(w.infos) == ["conv_selu", "dense_100", "vae_2d"]
    assert not any(p.view.has_image() for p in w.panes.visible_model_panes())
    stroke(w.canvas, SEVEN)
    qtbot.waitUntil(lambda: _all_panes_answered(w), timeout=10000)
    original = w.panes.original.view.image()
    assert original.shape == (28, 28)
    for pane in w.panes.visible_model_panes():
        # The caption's number is the error of the picture above it against the digit
        # shown as Original, as a person comparing the two panes would compute it.
        words = pane.caption.text().split()
        assert words[0] == "MSE", pane.caption.text()
        shown = float(words[1])
        recon = pane.view.image()
        assert recon.shape == (28, 28)
        expected = float(np.mean((recon.astype(np.float64) - original.astype(np.float64)) ** 2))
        assert shown == pytest.approx(expected, abs=5e-5 + 1e-9), pane.key  # 4 decimals shown
        assert shown == pytest.approx(w.last_result.answers[pane.key].mse, abs=5e-5 + 1e-9)
        o = np.clip(recon.astype(np.float64), 1e-7, 1 - 1e-7)
        t = original.astype(np.float64)
        bce = float(np.mean(-(t * np.log(o) + (1 - t) * np.log1p(-o))))
        assert words[2:4] == ["·", "BCE"], pane.caption.text()
        assert float(words[4]) == pytest.approx(bce, abs=5e-4 + 1e-9), pane.key  # 3 decimals
        assert expected > 1e-3  # briefly trained models: a visible error, not a copy


def test_reconstructions_update_during_the_stroke(make_window, qtbot):
    w = make_window()
    stroke(w.canvas, SEVEN[:3], release=False)
    qtbot.waitUntil(lambda: _all_panes_answered(w), timeout=10000)
    first = w.panes.original.view.image().copy()
    stroke_more = [(0.62, 0.45), (0.55, 0.6), (0.5, 0.78)]
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest
    for x, y in stroke_more:
        QTest.mouseMove(w.canvas, QPoint(int(x * w.canvas.width()), int(y * w.canvas.height())))
    qtbot.waitUntil(lambda: not np.array_equal(w.panes.original.view.image(), first),
                    timeout=10000)
    QTest.mouseRelease(w.canvas, Qt.MouseButton.LeftButton)


def test_empty_canvas_shows_empty_panes_not_errors(make_window, qtbot):
    w = make_window()
    stroke(w.canvas, SEVEN)
    qtbot.waitUntil(lambda: _all_panes_answered(w), timeout=10000)
    w.canvas.clear()
    qtbot.waitUntil(lambda: not w.panes.original.view.has_image(), timeout=10000)
    assert not any(p.view.has_image() for p in w.panes.visible_model_panes())
    assert "error" not in w.statusBar().currentMessage().lower()


def test_undo_redo_and_clear(make_window, qtbot):
    w = make_window()
    c = w.canvas
    stroke(c, SEVEN[:3])
    one = c.raster()
    stroke(c, [(0.2, 0.8), (0.8, 0.8)])
    two = c.raster()
    assert two.sum() > one.sum()
    w.undo_action.trigger()
    assert np.array_equal(c.raster(), one)
    w.redo_action.trigger()
    assert np.array_equal(c.raster(), two)
    w.clear_action.trigger()
    assert c.is_empty()
    w.undo_action.trigger()  # clearing is undoable too
    assert np.array_equal(c.raster(), two)


def test_brush_size_changes_the_stroke_width(make_window):
    w = make_window()
    w.brush.setValue(6)
    stroke(w.canvas, [(0.2, 0.5), (0.8, 0.5)])
    thin = w.canvas.raster().sum()
    w.clear_action.trigger()
    w.brush.setValue(30)
    stroke(w.canvas, [(0.2, 0.5), (0.8, 0.5)])
    assert w.canvas.raster().sum() > 3 * thin


def test_eraser_by_toggle_and_by_right_button(make_window):
    w = make_window()
    w.brush.setValue(30)
    stroke(w.canvas, [(0.1, 0.5), (0.9, 0.5)])
    full = w.canvas.raster().sum()
    stroke(w.canvas, [(0.5, 0.3), (0.5, 0.7)], button=Qt.MouseButton.RightButton)
    after_right = w.canvas.raster().sum()
    assert after_right < full
    w.eraser_action.trigger()
    assert w.eraser_button.isChecked()
    stroke(w.canvas, [(0.2, 0.3), (0.2, 0.7)])
    assert w.canvas.raster().sum() < after_right


def test_loading_a_valid_and_an_invalid_image(make_window, qtbot, tmp_path):
    w = make_window()
    digit = load_test().images[1]
    good = tmp_path / "two.png"
    Image.fromarray(255 - np.kron(digit, np.ones((4, 4), np.uint8))).save(good)  # dark on light
    with qtbot.waitSignal(w.image_load_finished, timeout=10000) as done:
        w.load_image_file(str(good))
    assert done.args == [str(good), True]
    qtbot.waitUntil(lambda: _all_panes_answered(w), timeout=10000)
    before = w.canvas.raster()
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"\x89PNG not really")
    with qtbot.waitSignal(w.image_load_finished, timeout=10000) as done:
        w.load_image_file(str(bad))
    assert done.args == [str(bad), False]
    assert w.warnings and "broken.png" in w.warnings[-1]
    assert "broken.png" in w.statusBar().currentMessage()
    assert np.array_equal(w.canvas.raster(), before)  # nothing lost
    original = w.panes.original.view.image()
    assert np.mean((original - digit / 255.0) ** 2) < 0.01  # preprocessing recovered it


def test_paste_puts_the_clipboard_image_on_the_canvas(make_window, qtbot):
    w = make_window()
    img = QImage(100, 100, QImage.Format.Format_RGB32)
    img.fill(Qt.GlobalColor.white)
    for y in range(20, 80):
        for x in range(45, 55):
            img.setPixel(x, y, 0xFF000000)  # a black "1" on white paper
    QApplication.clipboard().setImage(img)
    with qtbot.waitSignal(w.image_load_finished, timeout=10000) as done:
        w.paste_action.trigger()
    assert done.args == ["clipboard", True]
    assert not w.canvas.is_empty()
    qtbot.waitUntil(lambda: _all_panes_answered(w), timeout=10000)


def test_noise_type_and_amount_change_the_model_input(make_window, qtbot):
    w = make_window()
    w.random_digit()
    qtbot.waitUntil(lambda: _all_panes_answered(w), timeout=10000)
    clean = w.panes.model_input.view.image().copy()
    assert np.array_equal(clean, w.panes.original.view.image())
    w.noise_panel.amount.setValue(40)
    qtbot.waitUntil(lambda: not np.array_equal(w.panes.model_input.view.image(), clean),
                    timeout=10000)
    gaussian = w.panes.model_input.view.image().copy()
    w.noise_panel.kind.setCurrentIndex(w.noise_panel.kind.findData("masking"))
    qtbot.waitUntil(lambda: not np.array_equal(w.panes.model_input.view.image(), gaussian),
                    timeout=10000)
    masked = w.panes.model_input.view.image()
    assert masked.max() <= clean.max() and (masked == 0).sum() > (clean == 0).sum()
    w.new_noise_action.trigger()
    qtbot.waitUntil(lambda: not np.array_equal(w.panes.model_input.view.image(), masked),
                    timeout=10000)


def test_unticking_a_model_hides_its_pane(make_window, qtbot):
    w = make_window()
    w.model_list.set_checked("conv_selu", False)
    assert [p.key for p in w.panes.visible_model_panes()] == ["dense_100", "vae_2d"]
    assert w.panes.model_panes["conv_selu"].isHidden()
    stroke(w.canvas, SEVEN)
    qtbot.waitUntil(lambda: _all_panes_answered(w), timeout=10000)
    assert "conv_selu" not in w.last_result.answers  # not computed either


def test_settings_survive_a_restart(make_window, settings, qtbot):
    w = make_window()
    w.brush.setValue(33)
    w.noise_panel.kind.setCurrentIndex(w.noise_panel.kind.findData("salt_pepper"))
    w.noise_panel.amount.setValue(25)
    w.noise_panel.seed.setValue(7)
    w.model_list.set_checked("vae_2d", False)
    w.show_raw.setChecked(True)
    screen = w.screen().availableGeometry()
    w.resize(max(w.minimumSizeHint().width(), screen.width() - 60), screen.height() - 40)
    size = (w.width(), w.height())
    assert size != (1280, 800)  # differs from the default size
    w.close()
    w2 = make_window(s=settings)
    assert w2.brush.value() == 33 and w2.canvas.brush_size == 33
    n = w2.noise_panel.settings()
    assert (n.kind, n.amount, n.seed) == ("salt_pepper", 0.25, 7)
    assert [p.key for p in w2.panes.visible_model_panes()] == ["conv_selu", "dense_100"]
    assert w2.show_raw.isChecked() and w2.panes.raw.isVisibleTo(w2.panes)
    assert (w2.width(), w2.height()) == size


def test_focused_model_shows_its_latent_code(make_window, qtbot):
    w = make_window()
    w.random_digit()
    qtbot.waitUntil(lambda: _all_panes_answered(w), timeout=10000)
    qtbot.mouseClick(w.panes.model_panes["conv_selu"], Qt.MouseButton.LeftButton)
    assert w.focused == "conv_selu"
    assert w.focus_panel.picture.image().shape == (31, 31)  # 64 maps of 3x3 in 8x8, 1 px gaps
    qtbot.mouseClick(w.panes.model_panes["vae_2d"], Qt.MouseButton.LeftButton)
    marker = w.focus_panel.plane.marker()
    assert marker is not None and np.allclose(marker, w.last_result.answers["vae_2d"].latent)


def test_robustness_curve_is_computed_off_the_gui_thread(make_window, qtbot,
                                                          models_folder):
    w = make_window()
    w.robust_action.trigger()
    qtbot.waitUntil(lambda: w.robustness.curve is not None, timeout=60000)
    # What the plot shows, per model: the x and y of its line.
    shown = {item.name(): item.getData() for item in
             w.robustness.plot.getPlotItem().listDataItems()}
    assert sorted(shown) == ["conv_selu", "dense_100", "vae_2d"]
    assert w.robustness.status.text() == "mean over 300 test digits"
    # The same curve computed here, directly, from the saved model files.
    names = sorted(shown)
    models = {n: load_checkpoint(models_folder / n) for n in names}
    direct = robustness_curve(list(models.values()), "gaussian")
    clean = torch.from_numpy(load_test().float_images()[:300])
    for name in names:
        xs, ys = shown[name]
        assert np.allclose(xs, np.linspace(0.0, 1.0, 11))
        assert np.allclose(ys, direct.mse[name], rtol=1e-5, atol=1e-7), name
        # At no noise the point is the model's plain reconstruction error on those digits.
        lm = models[name]
        plain = float(((reconstruct(lm.model, lm.spec, clean) - clean) ** 2).mean())
        assert ys[0] == pytest.approx(plain, rel=1e-5), name
    w.robustness.close()


def test_export_writes_a_png(make_window, qtbot, tmp_path):
    w = make_window()
    w.random_digit()
    qtbot.waitUntil(lambda: _all_panes_answered(w), timeout=10000)
    out = tmp_path / "strip.png"
    assert w.export_to(str(out))
    shown = [w.panes.original.view.image(), w.panes.model_input.view.image()] + \
        [p.view.image() for p in w.panes.visible_model_panes()]
    panels = png_panels(out, len(shown))
    for i, (panel, img) in enumerate(zip(panels, shown, strict=True)):
        assert_panel_shows(panel, img, i)


# strip_image's layout: each 28x28 digit enlarged 6x (nearest), 8 px apart and from the edges.
SCALE, GAP = 6, 8


def png_panels(path, n: int) -> list[np.ndarray]:
    """The ``n`` digit panels of an exported strip, as RGB arrays (168 x 168 x 3)."""
    with Image.open(path) as im:
        assert im.mode == "RGB"
        a = np.asarray(im)
    cell = 28 * SCALE
    assert a.shape[1] == GAP + n * (cell + GAP), (a.shape, n)  # exactly n panels side by side
    return [a[GAP:GAP + cell, GAP + i * (cell + GAP):GAP + i * (cell + GAP) + cell]
            for i in range(n)]


def assert_panel_shows(panel: np.ndarray, img01: np.ndarray, i: int = 0) -> None:
    """The panel is ``img01`` (a [0, 1] digit) in grey, each pixel a SCALE x SCALE block."""
    assert (panel == panel[..., :1]).all(), f"panel {i} is not grey"
    expected = np.kron(np.asarray(img01, np.float64) * 255, np.ones((SCALE, SCALE)))
    diff = np.abs(panel[..., 0].astype(np.float64) - expected)
    assert diff.max() <= 0.5 + 1e-4, (i, diff.max())  # 8-bit rounding only


def test_model_info_dialog_shows_the_summary(make_window, qtbot):
    from PySide6.QtWidgets import QPlainTextEdit

    from ae_desktop.ui.model_info_dialog import ModelInfoDialog

    w = make_window()
    dlg = ModelInfoDialog(w.infos["conv_selu"], w)
    qtbot.addWidget(dlg)
    assert "Encoder params: 23,296" in dlg.findChild(QPlainTextEdit).toPlainText()


def test_a_broken_checkpoint_is_reported_and_the_rest_still_load(make_window, models_folder,
                                                                 tmp_path):
    import shutil
    folder = tmp_path / "m"
    shutil.copytree(models_folder, folder)
    from ae_desktop.core.store.checkpoints import weights_path

    weights = weights_path(folder / "dense_100")  # whatever name the save gave it
    weights.write_bytes(b"garbage")
    w = make_window(folders=[folder])
    assert sorted(w.infos) == ["conv_selu", "vae_2d"]
    assert "1 model file skipped" in w.statusBar().currentMessage()
    assert w.problems_button.isVisible()
    assert [str(p.path) for p in w.load_problems] == [str(weights)]


def _open_info_for(w, qtbot, name):
    """Click the model's pane, press Ctrl+I: the info dialog a person would see."""
    from ae_desktop.ui.model_info_dialog import ModelInfoDialog

    w.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    qtbot.mouseClick(w.panes.model_panes[name], Qt.MouseButton.LeftButton)
    before = set(w.findChildren(ModelInfoDialog))
    qtbot.keyClick(w, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    new = [d for d in w.findChildren(ModelInfoDialog) if d not in before and d.isVisible()]
    assert len(new) == 1
    return new[0]


@pytest.mark.parametrize(("name", "axis", "test_curve"), [
    ("conv_selu", "loss (BCE per pixel)", "test BCE (per epoch)"),
    ("dense_100", "loss (MSE per pixel)", "test MSE (per epoch)"),
    ("vae_2d", "loss (−ELBO, nats per digit)", "test −ELBO (per epoch)"),
])
def test_model_info_names_the_loss_on_its_axis(make_window, qtbot, name, axis, test_curve):
    w = make_window()
    dlg = _open_info_for(w, qtbot, name)
    assert dlg.windowTitle() == f"Model: {name}"
    assert dlg.curves.getPlotItem().getAxis("left").labelText == axis
    legend = [label.text for _, label in dlg.curves.getPlotItem().legend.items]
    assert legend == ["train (smoothed)", test_curve]
    dlg.close()
