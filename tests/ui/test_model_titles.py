"""Models by their readable titles in the window, and the Model info About page."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from ae_desktop.core.models import ARCHITECTURES, get_spec, teaching
from ae_desktop.core.models.summary import summary_text
from ae_desktop.core.store.model_info import ModelInfo
from ae_desktop.ui import model_texts_tr
from ae_desktop.ui.focus_panel import FocusPanel
from ae_desktop.ui.model_info_dialog import ModelInfoDialog, python_html
from ae_desktop.ui.model_list import SUBTITLE_ROLE, ModelList

ROOT = Path(__file__).resolve().parents[2]


def _info(arch: str, name: str, shipped: bool, summary: str | None = None) -> ModelInfo:
    spec = get_spec(arch)
    return ModelInfo(name=name, architecture=arch, description=spec.description,
                     params=12345, latent_shape=spec.latent_shape, path=f"/models/{name}.json",
                     metrics={}, history={}, training={},
                     summary=summary_text(arch) if summary is None else summary, epochs=3,
                     training_time_s=60.0, shipped=shipped)


def _rows(lw: ModelList) -> list[tuple[str, str, str]]:
    return [(lw.item(i).text(), lw.item(i).data(Qt.ItemDataRole.UserRole),
             lw.item(i).data(SUBTITLE_ROLE)) for i in range(lw.count())]


# ------------------------------------------------------------ texts for lupdate
def test_the_lupdate_list_equals_the_texts_in_core():
    expected = teaching.core_texts()
    listed = list(model_texts_tr.MODEL_TEXTS)
    missing = [t for t in expected if t not in listed]
    stale = [t for t in listed if t not in expected]
    assert not missing and not stale, (
        "ae_desktop/ui/model_texts_tr.py is out of date; add:\n"
        + "\n".join(f'    QT_TRANSLATE_NOOP("Models", "{t}"),' for t in missing)
        + "\nremove:\n" + "\n".join(stale))
    assert listed == expected  # same order too: one architecture's texts together


def test_each_listed_text_is_a_literal_lupdate_can_read():
    tree = ast.parse((ROOT / "ae_desktop" / "ui" / "model_texts_tr.py").read_text("utf-8"))
    (texts,) = [n.value for n in tree.body if isinstance(n, ast.Assign)
                and [t.id for t in n.targets if isinstance(t, ast.Name)] == ["MODEL_TEXTS"]]
    for call in texts.elts:
        assert isinstance(call, ast.Call) and call.func.id == "QT_TRANSLATE_NOOP"
        context, text = call.args
        assert isinstance(context, ast.Constant) and context.value == "Models"
        assert isinstance(text, ast.Constant) and isinstance(text.value, str)
    assert len(texts.elts) == len(teaching.core_texts())


class _Shouting(QTranslator):
    """A stand-in translation: the model texts from core in capitals, the rest as it is."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "Models" and source in model_texts_tr.MODEL_TEXTS:
            return source.upper()
        return None


@pytest.fixture
def shouting(qapp):
    tr = _Shouting()
    QCoreApplication.installTranslator(tr)
    yield
    QCoreApplication.removeTranslator(tr)


def test_titles_are_translated_where_they_are_shown(qtbot, shouting):
    lw = ModelList()
    qtbot.addWidget(lw)
    lw.set_models([_info("vae_2d", "vae_2d", True, ""), _info("vae_2d", "my_vae", False, "")],
                  set())
    assert _rows(lw) == [("VAE — GENERATIVE DEEP LEARNING", "vae_2d", ""),
                         ("my_vae", "my_vae", "VAE — GENERATIVE DEEP LEARNING")]
    dlg = ModelInfoDialog(_info("dense_100", "dense_100", True), None)
    qtbot.addWidget(dlg)
    assert teaching.lesson("dense_100").teaches.upper() in dlg.about.toPlainText()


# ----------------------------------------------------------------- model list
def test_the_model_list_shows_titles_and_keeps_the_names_as_data(qtbot):
    lw = ModelList()
    qtbot.addWidget(lw)
    infos = [_info("conv_upsampling", "conv_upsampling", True, ""),
             _info("dense_100", "dense_100", True, ""),
             _info("vae_2d", "my_vae", False, "")]
    lw.set_models(infos, hidden={"dense_100"})
    assert _rows(lw) == [
        ("Convolutional AE — Keras blog", "conv_upsampling", ""),
        ("Dense AE with a 10x10 code", "dense_100", ""),
        ("my_vae", "my_vae", "VAE — Generative Deep Learning"),
    ]
    assert lw.checked() == ["conv_upsampling", "my_vae"]
    tip = lw.item(0).toolTip()
    assert tip.startswith("Convolutional AE — Keras blog\nconv_upsampling: ")
    assert "Building Autoencoders in Keras" in tip and "shipped with the app" in tip
    tip = lw.item(2).toolTip()
    assert tip.startswith("my_vae (VAE — Generative Deep Learning)\nvae_2d: ")
    assert "trained by you" in tip and "/models/my_vae.json" in tip
    # A user's model takes two lines: its name, then its architecture.
    assert lw.sizeHintForRow(2) > lw.sizeHintForRow(0)
    lw.set_checked("dense_100", True)
    assert lw.checked() == ["conv_upsampling", "dense_100", "my_vae"]


def test_the_latent_code_panel_names_the_model_by_its_title(qtbot):
    panel = FocusPanel()
    qtbot.addWidget(panel)
    panel.set_model(_info("conv_selu", "conv_selu", True, ""))
    assert panel.title() == "Latent code: Conv AE with SELU — Hands-On ML"
    panel.set_model(_info("conv_selu", "mine", False, ""))
    assert panel.title() == "Latent code: mine"


# --------------------------------------------------------- model info: About
@pytest.mark.parametrize("arch", list(ARCHITECTURES))
def test_the_about_page_teaches_lists_the_layers_and_shows_the_source(qtbot, arch):
    info = _info(arch, arch, True)
    dlg = ModelInfoDialog(info, None)
    qtbot.addWidget(dlg)
    assert dlg.tabs.tabText(0) == "About" and dlg.tabs.currentWidget() is dlg.about
    spec = get_spec(arch)
    size = f", z = {spec.latent_size}" if spec.has_latent_parameter else ""
    assert dlg.windowTitle() == f"Model: {spec.title}{size}"
    text = dlg.about.toPlainText()
    notes = teaching.lesson(arch)
    assert notes.teaches in text and notes.look_at in text
    assert get_spec(arch).source in text
    rows, totals = teaching.summary_layers(info.summary)
    for r in rows:
        assert r.qualified_name in text
    assert f"{totals['total']:,} in all" in text
    source = teaching.class_source(arch)
    assert source in text  # the class, as written, colours and all
    assert "def forward" in text and "class Autoencoder(nn.Module):" in text
    header = dlg.header.text()
    assert get_spec(arch).title in header and "Shipped with the app" in header
    assert arch in header


def test_a_trained_model_is_titled_by_its_name_with_its_architecture(qtbot):
    dlg = ModelInfoDialog(_info("vae_2d", "my_vae", False), None)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Model: my_vae"
    assert "VAE — Generative Deep Learning, trained by you" in dlg.header.text()
    assert "class Vae2D(Autoencoder):" in dlg.about.toPlainText()


def test_a_summary_in_another_format_is_shown_as_it_is(qtbot):
    dlg = ModelInfoDialog(_info("dense_100", "d", False, summary="some other summary"), None)
    qtbot.addWidget(dlg)
    assert "some other summary" in dlg.about.toPlainText()


def test_without_the_source_files_the_about_page_says_so(qtbot, monkeypatch):
    def unavailable(spec):
        raise teaching.SourceUnavailable("not in this build")

    from ae_desktop.ui import model_info_dialog

    monkeypatch.setattr(model_info_dialog, "model_source_text", unavailable)
    dlg = ModelInfoDialog(_info("conv_2d", "conv_2d", True), None)
    qtbot.addWidget(dlg)
    text = dlg.about.toPlainText()
    assert "The source code is not available: not in this build" in text
    assert teaching.lesson("conv_2d").teaches in text


def test_code_is_coloured_and_escaped():
    html = python_html('def f(x):  # a < b\n    return "s" + 1\n')
    assert "&lt; b" in html and "<span" in html
    assert "def" in html and ">f</span>" in html
    assert python_html('s = """open') == 's = """open'  # does not tokenize: plain text


def test_the_about_page_is_built_without_torch():
    code = textwrap.dedent("""
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from ae_desktop.core.models import ARCHITECTURES
        from ae_desktop.core.store.model_info import ModelInfo
        from ae_desktop.ui.model_info_dialog import ModelInfoDialog
        from ae_desktop.ui.model_list import ModelList
        infos = [ModelInfo(name=a, architecture=a, description=s.description, params=1,
                           latent_shape=s.latent_shape, path="p", metrics={}, history={},
                           training={}, summary="", epochs=1, training_time_s=1.0,
                           shipped=True) for a, s in ARCHITECTURES.items()]
        for info in infos:
            d = ModelInfoDialog(info)
            assert "def forward" in d.about.toPlainText(), info.name
        ModelList().set_models(infos, set())
        sys.exit(3 if "torch" in sys.modules else 0)
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stdout + result.stderr


# ------------------------------------------------------------ training dialog
def test_the_training_dialog_offers_architectures_by_title(make_window, settings):
    settings.setValue("train/arch", "vae_2d")
    w = make_window()
    w.train_action.trigger()
    d = w.training_dialog
    combo = d.arch
    assert [combo.itemText(i) for i in range(combo.count())] == \
        [s.title for s in ARCHITECTURES.values()]
    assert [combo.itemData(i) for i in range(combo.count())] == list(ARCHITECTURES)
    assert combo.itemData(0, Qt.ItemDataRole.ToolTipRole).startswith("conv_upsampling: ")
    assert combo.currentData() == "vae_2d"  # remembered by id
    assert combo.currentText() == "VAE — Generative Deep Learning"
    assert d.config().architecture == "vae_2d"
    combo.setCurrentText("conv_selu")  # an id still selects, as scripts use it
    assert combo.currentData() == "conv_selu" and d.name.text().startswith("my_conv_selu")
    combo.setCurrentText("Dense AE with a 10x10 code")
    assert combo.currentData() == "dense_100"
    # Continue from: the user's models by name, a shipped one by its title.
    d.set_models([_info("dense_100", "dense_100", True, ""), *w.infos.values()])
    items = [d.continue_from.itemText(i) for i in range(d.continue_from.count())]
    assert items == ["Dense AE with a 10x10 code (shipped)", "dense_100"]
    d.close()
