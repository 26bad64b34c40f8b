"""Lessons: the menu, the first-start welcome, and the figures of lessons 1 and 3 with real data.

The figures compute in the window's engine process; the expected values are computed
here with the same core code (models loaded as the engine loads them; thread counts
differ between the processes, hence ``atol=2e-3``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QGroupBox, QLabel

from ae_desktop.core.data.idx import load_test
from ae_desktop.core.data.images import strip_image
from ae_desktop.core.live.noise import NoiseSettings, apply_noise
from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR
from ae_desktop.ui.lessons import LESSONS, WELCOMED_SETTING, LessonController, install_lessons
from ae_desktop.ui.lessons import gallery as gallery_module
from ae_desktop.ui.lessons.denoising import DENOISER, TUTORIAL_FACTOR, DenoisingFigure
from ae_desktop.ui.lessons.gallery import EXPORT_SCALE, TITLE_HEIGHT, GalleryFigure
from ae_desktop.ui.lessons.panel import NotBuiltFigure
from ae_desktop.ui.lessons.views import DigitRows

ROOT = Path(__file__).resolve().parents[2]
ATOL = 2e-3


@pytest.fixture(scope="module")
def local_models(models_folder):
    """The GUI test models, prepared exactly as the engine prepares them."""
    from ae_desktop.core.live.models import load_for_live_use

    return load_for_live_use([models_folder]).models


@pytest.fixture(scope="module")
def shipped_models():
    from ae_desktop.core.live.models import load_for_live_use

    return load_for_live_use([SHIPPED_MODELS_DIR]).models


def lessons_of(window) -> LessonController:
    """The window's lessons (installed here unless the window installs them itself)."""
    ctl = getattr(window, "lessons", None)
    return ctl if isinstance(ctl, LessonController) else install_lessons(window)


def clean_digits(indices) -> np.ndarray:
    return load_test().images[list(indices)].astype(np.float32) / 255.0


def reconstruct(lm, digits: np.ndarray) -> np.ndarray:
    from ae_desktop.core.compute.reconstruct import reconstruct_batch

    return reconstruct_batch(lm, digits)


def open_by_menu(window, key: str):
    """Lessons menu → the lesson: two clicks; returns (controller, figure, clicks)."""
    ctl = lessons_of(window)
    assert ctl.menu.menuAction() in window.menuBar().actions()
    clicks = 1  # the Lessons menu
    ctl.lesson_actions[key].trigger()
    clicks += 1  # the lesson's entry
    return ctl, ctl.figure(), clicks


def wait_gallery(qtbot, fig: GalleryFigure) -> None:
    qtbot.waitUntil(lambda: not fig.pending() and fig.result is not None
                    and fig.result.indices == fig.indices
                    and fig.result.model == fig.model(), timeout=30000)


def wait_denoising(qtbot, fig: DenoisingFigure) -> None:
    def done():
        if fig.pending():
            return False
        shown = fig.models_shown()
        return all(role in fig.results and fig.results[role].model == name
                   and fig.results[role].indices == fig.indices for role, name in shown.items())

    qtbot.waitUntil(done, timeout=30000)


# -- framework -------------------------------------------------------------------------------


def test_the_lessons_menu_lists_five_lessons_before_help(make_window):
    w = make_window()
    ctl = lessons_of(w)
    titles = [a.text().replace("&", "") for a in w.menuBar().actions()]
    assert titles.index("Lessons") == titles.index("Help") - 1
    entries = [a for a in ctl.menu.actions() if a in ctl.lesson_actions.values()]
    assert len(entries) == len(LESSONS) == 5
    assert [a.text().replace("&", "") for a in entries] == [
        "1. Convolutional autoencoder", "2. Dimension reduction", "3. Denoising autoencoder",
        "4. A 2-D latent space and its limits", "5. Hands-On ML conv AE with SELU"]
    for lesson in LESSONS:
        assert lesson.title and lesson.source and lesson.summary and lesson.intro
        assert len(lesson.steps) >= 3


def test_every_lesson_has_its_figure_and_no_placeholder(make_window):
    from ae_desktop.ui.lessons.dim_reduction import DimReductionFigure
    from ae_desktop.ui.lessons.latent_2d import Latent2DFigure
    from ae_desktop.ui.lessons.selu import SeluFigure

    w = make_window()
    ctl = lessons_of(w)
    figures = {"conv_ae": GalleryFigure, "dimension_reduction": DimReductionFigure,
               "denoising": DenoisingFigure, "latent_2d": Latent2DFigure,
               "selu_conv": SeluFigure}
    assert set(figures) == {lesson.key for lesson in LESSONS}
    for key, kind in figures.items():
        panel = ctl.open_lesson(key)
        assert isinstance(panel.figure, kind)
        assert not panel.findChildren(NotBuiltFigure)
        assert all("not built" not in label.text() for label in panel.findChildren(QLabel))
        assert ctl.dock.isVisible() and ctl.stack.currentWidget() is panel
        assert panel.intro.text() and panel.steps.text().count("<li>") == len(panel.lesson.steps)


def test_the_welcome_shows_on_the_first_launch_only(make_window, qtbot, tmp_path):
    # Settings of its own: the shared fixture may mark the welcome as seen for other tests.
    settings = QSettings(str(tmp_path / "first_launch.ini"), QSettings.Format.IniFormat)
    assert not settings.value(WELCOMED_SETTING, False, bool)
    w1 = make_window(s=settings)
    ctl = lessons_of(w1)
    assert ctl.dock.isVisible() and ctl.stack.currentWidget() is ctl.welcome
    assert set(ctl.welcome.open_buttons) == {lesson.key for lesson in LESSONS}
    # Open from the welcome page: one click, the figure is there at once.
    qtbot.mouseClick(ctl.welcome.open_buttons["denoising"], Qt.MouseButton.LeftButton)
    assert ctl.current == "denoising" and isinstance(ctl.figure(), DenoisingFigure)
    assert ctl.figure().isVisible()
    w1.close()
    assert settings.value(WELCOMED_SETTING, False, bool)

    w2 = make_window(s=settings)
    ctl2 = lessons_of(w2)
    assert not ctl2.dock.isVisible()
    ctl2.welcome_action.trigger()  # the menu has it any time
    assert ctl2.dock.isVisible() and ctl2.stack.currentWidget() is ctl2.welcome


def test_setup_buttons_change_the_window(make_window):
    w = make_window()
    ctl = lessons_of(w)
    panel = ctl.open_lesson("denoising")
    by_text = {b.text(): b for b in panel.buttons}
    by_text["Noise 0.5 on the canvas"].click()
    assert w.noise_panel.settings() == NoiseSettings("gaussian", 0.5, w.noise_panel.settings().seed)
    by_text["No noise on the canvas"].click()
    assert not w.noise_panel.settings().active
    by_text["Focus the denoising AE"].click()  # not among the test models: says so
    assert "denoising_dense" in w.statusBar().currentMessage()
    panel = ctl.open_lesson("dimension_reduction")
    {b.text(): b for b in panel.buttons}["Focus the dense AE"].click()
    assert w.focused == "dense_100"


def test_lesson_texts_are_translated_where_they_are_shown(make_window):
    class Marked(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return f"[tr] {source}" if context == "Lessons" else None

    translator = Marked()
    QCoreApplication.installTranslator(translator)
    try:
        w = make_window()
        ctl = lessons_of(w)
        panel = ctl.open_lesson("selu_conv")
        assert panel.intro.text() == "[tr] " + LESSONS[4].intro
        assert ctl.menu.title() == "[tr] &Lessons"
        titles = {box.title() for box in panel.findChildren(QGroupBox)}
        assert "[tr] " + LESSONS[4].figure_title in titles
        assert ctl.lesson_actions["selu_conv"].text() == "[tr] &5. [tr] " + LESSONS[4].title
    finally:
        QCoreApplication.removeTranslator(translator)


def test_digit_rows_wrap_into_bands_when_narrow(qtbot):
    view = DigitRows()
    qtbot.addWidget(view)
    rng = np.random.default_rng(0)
    rows = [rng.random((20, 28, 28), dtype=np.float32) for _ in range(2)]
    view.set_rows(rows, ["top", "bottom"])
    assert view.count() == 20 and view.labels() == ["top", "bottom"]
    for got, want in zip(view.rows(), rows, strict=True):
        np.testing.assert_array_equal(got, want)
    wide, narrow = view.heightForWidth(2000), view.heightForWidth(300)
    assert narrow > wide  # fewer columns, more bands: taller
    view.resize(300, narrow)
    view.show()
    image = view.grab().toImage()
    assert image.width() == 300
    with pytest.raises(ValueError):
        view.set_rows([rows[0], rows[1][:5]], ["a", "b"])


def test_the_lessons_package_loads_no_torch():
    code = "import sys, ae_desktop.ui.lessons; sys.exit(3 if 'torch' in sys.modules else 0)"
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr


# -- lesson 1: the gallery ---------------------------------------------------------------------


def check_gallery(fig: GalleryFigure, models) -> None:
    k = len(fig.indices)
    originals, outputs = fig.rows_view.rows()
    assert originals.shape == outputs.shape == (k, 28, 28)
    assert fig.rows_view.labels() == ["test digits", "output"]
    clean = clean_digits(fig.indices)
    np.testing.assert_array_equal(originals, clean)
    np.testing.assert_allclose(outputs, reconstruct(models[fig.model()], clean), atol=ATOL)


def test_lesson_1_gallery_shows_real_test_digits_and_reconstructions(make_window, qtbot,
                                                                     local_models, tmp_path):
    w = make_window()
    ctl, fig, clicks = open_by_menu(w, "conv_ae")
    assert isinstance(fig, GalleryFigure)
    wait_gallery(qtbot, fig)
    assert clicks <= 3 and fig.isVisible() and ctl.dock.isVisible()
    # conv_upsampling is not among the test models: the first loaded one is used.
    names = [fig.model_combo.itemData(i) for i in range(fig.model_combo.count())]
    assert names == list(w.infos) and fig.model() == names[0]
    assert len(fig.indices) == fig.count.value() == 10
    check_gallery(fig, local_models)

    fig.model_combo.setCurrentIndex(names.index("conv_selu"))
    wait_gallery(qtbot, fig)
    assert fig.result.model == "conv_selu"
    check_gallery(fig, local_models)

    for k in (5, 13, 20):
        fig.count.setValue(k)
        wait_gallery(qtbot, fig)
        assert len(fig.indices) == len(set(fig.indices)) == k
        check_gallery(fig, local_models)
    fig.count.setValue(25)
    assert fig.count.value() == 20
    fig.count.setValue(2)
    assert fig.count.value() == 5
    wait_gallery(qtbot, fig)

    before = fig.indices
    qtbot.mouseClick(fig.new_digits, Qt.MouseButton.LeftButton)
    assert fig.indices != before and len(fig.indices) == 5
    wait_gallery(qtbot, fig)
    check_gallery(fig, local_models)

    # Export: both rows as one PNG, each digit EXPORT_SCALE times its size, with captions.
    path = tmp_path / "gallery.png"
    assert fig.export_to(str(path))
    one_row = strip_image([("", np.zeros((28, 28)))] * 5, EXPORT_SCALE)
    with Image.open(path) as im:
        assert im.format == "PNG"
        assert im.size == (one_row.width, TITLE_HEIGHT + 2 * one_row.height)
        px = np.asarray(im.convert("L"), dtype=np.float32) / 255.0
    cell, pad = 28 * EXPORT_SCALE, 8
    top = TITLE_HEIGHT + pad
    first = px[top:top + cell:EXPORT_SCALE, pad:pad + cell:EXPORT_SCALE]
    np.testing.assert_allclose(first, clean_digits(fig.indices[:1])[0], atol=1 / 255 + 1e-6)


def test_gallery_export_through_the_dialog_and_its_errors(make_window, qtbot, tmp_path,
                                                          monkeypatch):
    w = make_window()
    _, fig, _ = open_by_menu(w, "conv_ae")
    wait_gallery(qtbot, fig)
    target = tmp_path / "chosen.png"
    monkeypatch.setattr(gallery_module.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "PNG image (*.png)"))
    qtbot.mouseClick(fig.export_button, Qt.MouseButton.LeftButton)
    assert target.exists() and str(target) in fig.status.text()
    # A folder where the file should go, and a file where a folder should be: a message each.
    (tmp_path / "taken.png").mkdir()
    assert not fig.export_to(str(tmp_path / "taken.png"))
    assert w.warnings and "taken.png" in w.warnings[-1]
    (tmp_path / "plain_file").write_text("x")
    assert not fig.export_to(str(tmp_path / "plain_file" / "x.png"))
    assert len(w.warnings) == 2 and "plain_file" in w.warnings[-1]
    assert not list(tmp_path.glob("*.ae-tmp")) and not list(tmp_path.glob(".*.ae-tmp"))


# -- lesson 3: denoising ------------------------------------------------------------------------


def check_denoising(fig: DenoisingFigure, models) -> None:
    clean = clean_digits(fig.indices)
    noised = apply_noise(clean, NoiseSettings("gaussian", fig.factor(), fig.noise_seed))
    for role, name in fig.models_shown().items():
        block = fig.blocks[role]
        assert block.isVisible()
        rows = dict(zip(["clean", "noised", "output"], block.rows_view.rows(), strict=True))
        assert block.rows_view.labels() == ["clean", f"noised {fig.factor():.2f}", "output"]
        assert name in block.title.text()
        np.testing.assert_array_equal(rows["clean"], clean)
        np.testing.assert_allclose(rows["noised"], noised, atol=1e-6)
        expected = reconstruct(models[name], noised)
        np.testing.assert_allclose(rows["output"], expected, atol=ATOL)
        mse = float(((expected - clean) ** 2).mean())
        assert fig.mse(role) == pytest.approx(mse, abs=ATOL)
        assert f"{fig.mse(role):.4f}" in block.error.text()


def test_lesson_3_without_the_denoiser_says_so_and_shows_the_plain_model(make_window, qtbot,
                                                                        local_models):
    w = make_window()
    ctl, fig, clicks = open_by_menu(w, "denoising")
    assert isinstance(fig, DenoisingFigure) and clicks <= 3
    wait_denoising(qtbot, fig)
    assert fig.isVisible()
    assert fig.missing.isVisible() and "not loaded" in fig.missing.text()
    assert not fig.blocks["denoiser"].isVisible()
    assert fig.models_shown() == {"plain": "dense_100"}
    assert fig.factor() == TUTORIAL_FACTOR
    check_denoising(fig, local_models)

    fig.spin.setValue(0.8)
    assert fig.slider.value() == 80
    wait_denoising(qtbot, fig)
    check_denoising(fig, local_models)
    fig.slider.setValue(20)
    assert fig.factor() == 0.2
    wait_denoising(qtbot, fig)
    check_denoising(fig, local_models)
    seed = fig.noise_seed
    qtbot.mouseClick(fig.new_noise, Qt.MouseButton.LeftButton)
    assert fig.noise_seed != seed
    wait_denoising(qtbot, fig)
    check_denoising(fig, local_models)


def test_lesson_3_with_the_shipped_models_the_denoiser_wins(make_window, qtbot, shipped_models):
    w = make_window(folders=[SHIPPED_MODELS_DIR])
    _, fig, clicks = open_by_menu(w, "denoising")
    assert clicks <= 3
    wait_denoising(qtbot, fig)
    assert not fig.missing.isVisible() and fig.blocks["denoiser"].isVisible()
    assert fig.models_shown() == {"denoiser": DENOISER, "plain": "conv_upsampling"}
    assert DENOISER not in [fig.plain_combo.itemData(i) for i in range(fig.plain_combo.count())]
    assert fig.factor() == 0.5
    check_denoising(fig, shipped_models)
    assert fig.mse("denoiser") < fig.mse("plain")
    assert "times smaller" in fig.summary.text()

    assert fig.set_plain_model("dense_100")
    wait_denoising(qtbot, fig)
    check_denoising(fig, shipped_models)
    assert fig.mse("denoiser") < fig.mse("plain")
    qtbot.mouseClick(fig.new_digits, Qt.MouseButton.LeftButton)
    wait_denoising(qtbot, fig)
    check_denoising(fig, shipped_models)
    assert fig.mse("denoiser") < fig.mse("plain")
