"""The interface in Korean: every window, menu, dialog, lesson and help page, no English left.

With the Korean translation installed (as ``View → Language → 한국어`` does at the next
start), the test builds the main window, the latent space explorer, the training dialog,
the robustness curve, the model info dialog, the model problems list, the help guide and
every lesson, then reads what a person can see: each action's text and tooltip (menus and
submenus), and every widget's text, tooltip, title, placeholder, combo box items, tab
texts, group box titles, table headers and cells, list items, the notes over digit views,
text documents (help and About pages, code blocks excepted), and the titles, axis labels
and legends of the plots. A text is English when it still holds two English words of
three letters or more in a row, once model ids, code, file names, units and the proper
names below are set aside. Every offender is printed with where it was found.

Left in English on purpose (from core, or code): the Keras-style model summary
(Model info → Summary), file paths, the engine's device name and its fallback note.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAction, QFontDatabase, QRawFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from ae_desktop.core.live.noise import NOISE_TYPES
from ae_desktop.ui import i18n
from ae_desktop.ui.panes import DigitView

ROOT = Path(__file__).resolve().parents[2]
HANGUL = re.compile(r"[\uac00-\ud7a3]")

# Names that stay as they are in Korean course material: products, libraries, books,
# people, abbreviations, and keys.
PROPER_NAMES = (
    "Building Autoencoders in Keras", "Hands-On Machine Learning", "Generative Deep Learning",
    "Hands-On ML", "AE Desktop", "Yann LeCun", "Corinna Cortes", "Christopher J.C. Burges",
    "CC BY-SA", "Apple GPU", "CUDA GPU", "MNIST", "PyTorch", "Keras", "KMeans", "k-means++",
    "k-means", "PCA", "CUDA", "CPU", "GPU", "MPS", "NMI", "MSE", "BCE", "ELBO", "PSNR", "SELU",
    "LeakyReLU", "ReLU", "Tanh", "VAE", "AE", "Adam", "SGD", "Géron", "Foster", "LeCun",
    "Conv", "IDX", "PNG", "KL", "slerp", "Ctrl", "Shift", "Delete", "nn.Sequential",
)
UNITS = ("nats", "min", "ms", "MB", "dB", "px", "s")
# Model ids (conv_2d, vae_2d, dense_100, my_dense_100…), file names, dotted code names,
# calls (forward()), options and paths: one token each, never an English word.
CODE = re.compile(r"\b\w+(?:_\w+)+\b|\S+\.(?:py|png|pt|json|gz|ts|qm)\b|\b\w+(?:\.\w+)+\b|\b\w+\(\)"
                  r"|(?:^|\s)--?[\w-]+|\S*[/\\]\S*")
WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")


def english_run(text: str) -> str | None:
    """The first run of two English words of 3+ letters in ``text`` once names, ids,
    code and units are removed; None if there is none. Shorter words ("a", "of") in
    between neither count nor break the run."""
    text = re.sub(r"<[^>]+>", " ", text)  # HTML tags
    text = re.sub(r"&(?:amp|lt|gt|quot|nbsp);", " ", text).replace("&", "")
    text = CODE.sub(" § ", text)
    for name in PROPER_NAMES:
        text = re.sub(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", " § ", text)
    tokens = re.split(r"\s+", text)
    run: list[str] = []
    for token in tokens:
        core = token.strip(".,;:!?()[]{}\"'“”‘’…—–-·→|")
        if WORD.fullmatch(core) and len(core) >= 3 and core not in UNITS:
            run.append(core)
            if len(run) >= 2:
                return " ".join(run)
        elif WORD.fullmatch(core) and core not in UNITS:
            continue  # "a", "of", "to": part of the sentence, not counted
        else:
            run = []
    return None


# ------------------------------------------------------------------- reading the UI
def _document_text(edit: QTextEdit) -> str:
    """A text document's blocks, without preformatted ones (source code)."""
    out = []
    block = edit.document().begin()
    while block.isValid():
        if not block.blockFormat().nonBreakableLines():
            out.append(block.text())
        block = block.next()
    return "\n".join(out)


def _plot_texts(plot: pg.PlotWidget) -> list[tuple[str, str]]:
    item = plot.getPlotItem()
    out = [("plot title", item.titleLabel.text or "")]
    for side in ("left", "bottom"):
        out.append((f"{side} axis", item.getAxis(side).labelText or ""))
    if item.legend is not None:
        out += [("legend", label.text) for _sample, label in item.legend.items]
    return out


def _action_texts(action: QAction, where: str) -> list[tuple[str, str]]:
    if action.isSeparator():
        return []
    name = action.text().replace("&", "")
    out = [(f"{where} › {name} (text)", action.text()),
           (f"{where} › {name} (tooltip)", action.toolTip()),
           (f"{where} › {name} (status tip)", action.statusTip())]
    menu = action.menu()
    if isinstance(menu, QMenu):
        out.append((f"{where} › {name} (menu title)", menu.title()))
        for sub in menu.actions():
            out += _action_texts(sub, f"{where} › {name}")
    return out


def _widget_texts(w: QWidget, where: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    kind = type(w).__name__
    add = lambda what, text: out.append((f"{where} › {kind} ({what})", text or ""))  # noqa: E731
    if w.isWindow() or isinstance(w, QDockWidget):
        add("window title", w.windowTitle())
    add("tooltip", w.toolTip())
    add("status tip", w.statusTip())
    if isinstance(w, QLabel | QAbstractButton):
        add("text", w.text())
    if isinstance(w, QLineEdit):
        add("placeholder", w.placeholderText())
    if isinstance(w, QGroupBox):
        add("title", w.title())
    if isinstance(w, QComboBox):
        for i in range(w.count()):
            add(f"item {i}", w.itemText(i))
            add(f"item {i} tooltip", w.itemData(i, Qt.ItemDataRole.ToolTipRole))
    if isinstance(w, QTabWidget):
        for i in range(w.count()):
            add(f"tab {i}", w.tabText(i))
            add(f"tab {i} tooltip", w.tabToolTip(i))
    if isinstance(w, QTableWidget):
        for c in range(w.columnCount()):
            head = w.horizontalHeaderItem(c)
            add(f"header {c}", head.text() if head is not None else "")
        for r in range(w.rowCount()):
            for c in range(w.columnCount()):
                cell = w.item(r, c)
                if cell is not None:
                    add(f"cell {r},{c}", cell.text())
    if isinstance(w, QListWidget):
        for i in range(w.count()):
            add(f"item {i}", w.item(i).text())
            add(f"item {i} tooltip", w.item(i).toolTip())
    if isinstance(w, QTextEdit | QTextBrowser):
        add("document", _document_text(w))
    if isinstance(w, QPlainTextEdit):
        pass  # the model summary: Keras-style text made by core, left as it is
    if isinstance(w, DigitView):
        add("note", w.note())
    if isinstance(w, pg.PlotWidget):
        out += [(f"{where} › plot ({what})", text) for what, text in _plot_texts(w)]
    for a in w.actions():
        out += _action_texts(a, f"{where} › {kind} action")
    return out


def texts_of(window: QWidget, where: str) -> list[tuple[str, str]]:
    out = []
    for w in [window, *window.findChildren(QWidget)]:
        out += _widget_texts(w, where)
    if isinstance(window, QMainWindow):
        for a in window.menuBar().actions():
            out += _action_texts(a, f"{where} menu")
        out.append((f"{where} › status bar", window.statusBar().currentMessage()))
    return out


def offenders(found: list[tuple[str, str]]) -> list[str]:
    bad = []
    for where, text in found:
        run = english_run(text or "")
        if run:
            bad.append(f"{where}: {run!r} in {text[:160]!r}")
    return sorted(set(bad))


# ------------------------------------------------------------------------- fixtures
@pytest.fixture
def korean(qapp):
    loaded = i18n.install_translators(QApplication.instance(), "ko")
    yield loaded
    i18n.install_translators(QApplication.instance(), "en")


# ---------------------------------------------------------------------------- tests
def test_the_detector_flags_english_and_spares_names_ids_and_units():
    assert english_run("Draw a digit first.") == "Draw digit"
    assert english_run("Reconstruction error vs noise") == "Reconstruction error"
    for fine in ("숫자를 그리세요", "conv_2d · vae_2d · dense_100", "MNIST 테스트 숫자",
                 "Keras 블로그, 'Building Autoencoders in Keras' (합성곱 AE)",
                 "−ELBO 12.3 nats", "PyTorch 소스 코드", "/tmp/some folder/model.json",
                 "모델 3개 · 1.2 ms · CPU", "Foster, 《Generative Deep Learning》 3장",
                 "encoder.0은 nn.Sequential의 첫 항목", "Apple GPU (MPS)"):
        assert english_run(fine) is None, fine


def test_the_korean_translation_loads_and_translates(korean):
    assert str(i18n.qm_path("ko")) in korean
    for context, source in (("MainWindow", "&File"), ("MainWindow", "Random test digit"),
                            ("MainWindow", "Show errors as heat maps"),
                            ("PaneGrid", "Model input"), ("Help", "What you see")):
        text = QCoreApplication.translate(context, source)
        assert HANGUL.search(text), (context, source, text)
    i18n.install_translators(QApplication.instance(), "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_every_message_of_the_ts_file_is_translated():
    root = ET.parse(i18n.I18N_DIR / "ae_desktop_ko.ts").getroot()
    untranslated = []
    for ctx in root.iter("context"):
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") \
                    or not (tr.text or "").strip():
                untranslated.append(f"{ctx.findtext('name')}: {m.findtext('source')[:80]!r}")
    assert not untranslated, "untranslated:\n" + "\n".join(untranslated)


def test_the_shipped_qm_holds_what_the_ts_says(qapp):
    """The compiled file is up to date: each message translates to the .ts's translation."""
    qm = QTranslator()
    assert qm.load(str(i18n.qm_path("ko")))
    stale = []
    for ctx in ET.parse(i18n.I18N_DIR / "ae_desktop_ko.ts").getroot().iter("context"):
        for m in ctx.iter("message"):
            want = m.findtext("translation") or ""
            if qm.translate(ctx.findtext("name"), m.findtext("source")) != want:
                stale.append(f"{ctx.findtext('name')}: {m.findtext('source')[:80]!r}")
    assert not stale, "run tools/update_translations.py; the .qm lacks:\n" + "\n".join(stale)


def test_the_noise_descriptions_from_core_are_listed_for_translation():
    from ae_desktop.ui.noise_panel import DESCRIPTIONS

    assert set(DESCRIPTIONS) == set(NOISE_TYPES.values())


# --------------------------------------------------------------------------- the font
def test_the_bundled_hangul_font_ships_with_its_licence_and_covers_hangul(qapp):
    path = i18n.bundled_font_path("ko")
    assert path.is_file() and path.parent == i18n.FONTS_DIR
    licence = (i18n.FONTS_DIR / "OFL-NanumGothic.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License" in licence and "NAVER" in licence
    families = i18n.load_bundled_fonts(qapp, "ko")
    assert families == ["NanumGothic"]
    assert QFontDatabase.WritingSystem.Korean in QFontDatabase.writingSystems("NanumGothic")
    raw = QRawFont(str(path), 16)
    assert all(raw.supportsCharacter(ord(c)) for c in "가힣한국어 오토인코더 잠재 공간")
    assert i18n.load_bundled_fonts(qapp, "en") == []  # English needs nothing of its own


def test_without_a_system_hangul_font_the_app_font_falls_back_to_the_bundled_one(
        qapp, monkeypatch):
    before = qapp.font()
    monkeypatch.setattr(i18n, "system_has_hangul_font", lambda exclude=(): False)
    try:
        i18n.load_bundled_fonts(qapp, "ko")
        families = qapp.font().families()
        assert families[-1] == "NanumGothic" and families[:-1] == before.families()
        i18n.load_bundled_fonts(qapp, "ko")  # once is enough
        assert qapp.font().families().count("NanumGothic") == 1
    finally:
        qapp.setFont(before)


_GLYPHS = """
import sys
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ae_desktop.ui import i18n
print(i18n.system_has_hangul_font())
i18n.load_bundled_fonts(app, sys.argv[1])
layout = QTextLayout("오토인코더", app.font())
layout.beginLayout(); layout.createLine(); layout.endLayout()
print(min(g for run in layout.glyphRuns() for g in run.glyphIndexes()))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux")
                    or not Path("/usr/share/fonts/truetype/dejavu").is_dir(),
                    reason="needs fontconfig and the DejaVu fonts to simulate a bare system")
def test_hangul_renders_on_a_system_whose_only_fonts_have_none(tmp_path):
    """A fontconfig that knows DejaVu only (as many containers and minimal installs):
    English shows Hangul as missing glyphs (index 0), Korean draws them from NanumGothic."""
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    "<dir>/usr/share/fonts/truetype/dejavu</dir>"
                    f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>")
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), QT_QPA_PLATFORM="offscreen")

    def smallest_glyph(language: str) -> tuple[str, int]:
        out = subprocess.run([sys.executable, "-c", _GLYPHS, language], env=env, cwd=ROOT,
                             capture_output=True, text=True, timeout=120, check=True)
        has, glyph = out.stdout.split()
        return has, int(glyph)

    assert smallest_glyph("en") == ("False", 0)  # no Hangul font: missing glyphs
    has, glyph = smallest_glyph("ko")
    assert has == "False" and glyph > 0


def test_no_english_left_in_the_korean_interface(korean, make_window, qtbot):
    from ae_desktop.ui.help import show_guide
    from ae_desktop.ui.model_info_dialog import ModelInfoDialog
    from ae_desktop.ui.model_list import ModelProblemsDialog

    w = make_window()
    qtbot.waitUntil(lambda: w.last_result is not None, timeout=20000)
    found = texts_of(w, "main window")

    w.random_digit()  # a digit on the canvas: captions, codes and the explorer's marker
    qtbot.waitUntil(lambda: w.last_result is not None and not w.last_result.empty,
                    timeout=20000)
    found += texts_of(w, "main window with a digit")

    w.show_explorer()
    explorer = w.explorer
    qtbot.waitUntil(lambda: all(c.data is not None for c in explorer.columns), timeout=60000)
    found += texts_of(explorer, "latent explorer")

    w.show_training()
    found += texts_of(w.training_dialog, "training dialog")

    w.show_robustness()
    qtbot.waitUntil(lambda: w.robustness.curve is not None, timeout=60000)
    found += texts_of(w.robustness, "robustness curve")

    for info in w.infos.values():
        dlg = ModelInfoDialog(info, w)
        qtbot.addWidget(dlg)
        found += texts_of(dlg, f"model info {info.name}")

    problems = ModelProblemsDialog(w)
    qtbot.addWidget(problems)
    problems.set_problems([])
    found += texts_of(problems, "model problems")

    guide = show_guide(w)
    for i in range(guide.list.count()):
        guide.list.setCurrentRow(i)
        found += texts_of(guide, f"help guide, topic {i}")

    bad = offenders(found)
    print("\n".join(bad))
    assert not bad, f"{len(bad)} English texts in the Korean interface:\n" + "\n".join(bad)
    # What was read is in Korean, not empty.
    assert sum(bool(HANGUL.search(t or "")) for _, t in found) > 300


def test_no_english_left_in_the_korean_lessons(korean, make_window, qtbot):
    """The Lessons menu, the welcome page and each lesson with its figure (where the app
    has lessons)."""
    lessons = pytest.importorskip("ae_desktop.ui.lessons")
    if not getattr(lessons, "LESSONS", ()):
        pytest.skip("no lessons in this version of the app")
    w = make_window()
    qtbot.waitUntil(lambda: w.last_result is not None, timeout=20000)
    found = _lesson_texts(lessons, w, qtbot)
    bad = offenders(found)
    print("\n".join(bad))
    assert not bad, f"{len(bad)} English texts in the Korean lessons:\n" + "\n".join(bad)
    assert sum(bool(HANGUL.search(t or "")) for _, t in found) > 50


def _lesson_texts(lessons, window, qtbot) -> list[tuple[str, str]]:
    """The lessons menu, the welcome page, and each lesson's page once its figure is drawn."""
    keys = [lesson.key for lesson in lessons.LESSONS]
    ctl = getattr(window, "lessons", None)
    if not isinstance(ctl, lessons.LessonController):
        ctl = lessons.install_lessons(window)
    found: list[tuple[str, str]] = []
    for a in window.menuBar().actions():
        found += _action_texts(a, "main window with lessons menu")
    ctl.show_welcome()
    found += texts_of(ctl.dock, "lessons welcome page")
    for key in keys:
        panel = ctl.open_lesson(key)
        qtbot.wait(1500)  # the figure asks the engine, then fills in
        found += texts_of(panel, f"lesson {key}")
        found.append((f"lesson {key} › dock title", ctl.dock.windowTitle()))
    return found
