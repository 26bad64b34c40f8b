"""Every view explains itself: the topics' content, the ? button, F1, the guide, the wiring."""

from __future__ import annotations

import ast
import inspect
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, Qt, QTranslator, QUrl
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ae_desktop.ui import help as help_mod
from ae_desktop.ui.help import (
    HELP_PROPERTY,
    GuideDialog,
    HelpPopup,
    UnknownHelpTopic,
    context_topic,
    guide_action,
    help_button,
    help_topic_of,
    install_help,
    set_help_topic,
    show_guide,
    show_topic,
)
from ae_desktop.ui.help_texts import SECTIONS, TOPICS

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ae_desktop" / "ui"
VIEWS = ["canvas", "noise", "panes", "latent-dock", "explorer-planes", "interpolation",
         "clustering", "robustness", "training", "model-info", "activations", "bottleneck",
         "timeline", "compare-curves"]
WORDS = ["zero", "one", "two", "three", "four", "five"]


def _plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def _sections(body: str) -> list[tuple[str, str]]:
    """``(heading, text)`` of each ``<h3>`` section of a body, in order."""
    parts = re.split(r"<h3>(.*?)</h3>", body)
    assert not _plain(parts[0]), "text before the first heading"
    return [(parts[i], parts[i + 1]) for i in range(1, len(parts), 2)]


# ------------------------------------------------------------------ content
def test_every_view_has_a_topic_and_ids_are_stable_names():
    assert list(TOPICS) == VIEWS
    for topic_id, t in TOPICS.items():
        assert t.id == topic_id and re.fullmatch(r"[a-z][a-z0-9-]*", topic_id)
    titles = [t.title for t in TOPICS.values()]
    assert len(set(titles)) == len(titles) and all(titles)


@pytest.mark.parametrize("topic_id", VIEWS)
def test_every_topic_has_the_four_parts_in_order(topic_id):
    sections = _sections(TOPICS[topic_id].body)
    assert [h for h, _ in sections] == list(SECTIONS) == [
        "What you see", "How it is computed here", "Try this", "Notice"]
    for heading, text in sections:
        assert len(_plain(text)) >= 150, f"{topic_id}: '{heading}' says too little"


@pytest.mark.parametrize("topic_id", VIEWS)
def test_no_placeholder_text(topic_id):
    t = TOPICS[topic_id]
    for text in (t.title, _plain(t.body)):
        found = re.findall(r"\b(?:todo|tbd|fixme|xxx+|lorem|ipsum|placeholder|tk)\b|\.\.\.|\?\?"
                           r"|[{}]|%\d|\$\w", text, flags=re.IGNORECASE)
        assert not found, f"{topic_id}: placeholder-like text {found}"


class _TagChecker(HTMLParser):
    VOID = {"br", "hr", "img"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs).get("href", ""))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


@pytest.mark.parametrize("topic_id", VIEWS)
def test_bodies_are_well_formed_and_links_lead_to_topics(topic_id):
    checker = _TagChecker()
    checker.feed(TOPICS[topic_id].body)
    checker.close()
    assert not checker.errors and not checker.stack, (checker.errors, checker.stack)
    for href in checker.links:
        scheme, _, target = href.partition(":")
        assert scheme == "topic" and target in TOPICS and target != topic_id, href


def test_what_the_texts_say_is_how_the_app_computes():
    """The numbers the topics quote, taken from the code: change one, update the text."""
    from ae_desktop.core.data.idx import load_test
    from ae_desktop.core.evaluation import metrics
    from ae_desktop.core.evaluation.robustness import robustness_curve
    from ae_desktop.core.latent import cache, clustering, space
    from ae_desktop.core.live import noise, preprocess
    from ae_desktop.core.models import specs
    from ae_desktop.core.store import model_info
    from ae_desktop.core.train import child, config, timeline, trainer
    from ae_desktop.ui import canvas, training_dialog
    from ae_desktop.ui.latent_tools import ClusteringPanel, EndpointPicker

    def default(fn, name):
        return inspect.signature(fn).parameters[name].default

    def text(topic_id):
        return _plain(TOPICS[topic_id].body)

    n_test = len(load_test())
    facts = {
        "canvas": [f"{canvas.RASTER}×{canvas.RASTER}", f"{preprocess.BOX} pixels",
                   f"{preprocess.SIZE}×{preprocess.SIZE}", f"({preprocess.CENTRE:g}, "
                   f"{preprocess.CENTRE:g})", f"brighter than {preprocess.INK_THRESHOLD:g}",
                   "centre of mass"],
        "noise": ["Gaussian", "Masking", "Salt and pepper", "clean digit",
                  f"noise factor {metrics.DENOISE_NOISE:g}"],
        "panes": ["clean", "784 pixels", "10⁻⁷", "newest one wins"],
        "latent-dock": [f"{model_info.PLANE_POINTS:,} test digits", "10×10", "8×8", "14×14",
                        "3×3 tiles", "mean"],
        "explorer-planes": [f"{n_test:,}", "PCA",
                            f"{default(space.data_extent, 'lo'):g}st to the "
                            f"{default(space.data_extent, 'hi'):g}th percentile",
                            f"{space.COARSE_N}×{space.COARSE_N} grid",
                            f"{space.COARSE_N ** 2} decodes",
                            f"the {default(cache.LatentCache.mark, 'k')} test digits nearest"],
        "interpolation": ["(1 − t) · z0 + t · z1", "sin((1 − t)Ω) · z0 + sin(tΩ) · z1",
                          "left"],
        "clustering": [f"all {n_test:,} test digits", "k-means++",
                       f"at most {default(clustering.kmeans_fit, 'max_iter')} times",
                       f"Of {default(clustering.kmeans_fit, 'n_init')} such runs",
                       f"the {default(clustering.kmeans, 'exemplars')} digits nearest",
                       "784 pixel values"],
        "robustness": [f"{default(robustness_curve, 'n_digits')} unless",
                       f"seed {default(robustness_curve, 'seed')}",
                       f"the same {dict(enumerate(WORDS))[len(noise.NOISE_TYPES)]} types", "0.1, 0.2"],
        "training": [f"at most every {child.PROGRESS_EVERY_S:g} s",
                     f"last {training_dialog.SMOOTH_REPORTS} reports",
                     f"first {config.TrainConfig.__dataclass_fields__['val_limit'].default:,}"
                     " test digits", f"{trainer.N_SAMPLES} test digits",
                     f"noise factor {metrics.DENOISE_NOISE:g}", f"all {n_test:,} test digits",
                     "10 · log10(1 / MSE)"],
        "model-info": [f"up to about {trainer.CURVE_POINTS} points", f"{n_test:,}",
                       f"factor {metrics.DENOISE_NOISE:g}", "10⁻⁷"],
        "activations": ["28×28", "8-bit pixels", "negative values are drawn in blue",
                        "One request is computed at a time"],
        "bottleneck": ["784-256-z-256-784", ", ".join(map(str, specs.FAMILY_SIZES[:-1]))
                       + f" and {specs.FAMILY_SIZES[-1]} numbers", f"{n_test:,} test digits",
                       "log axis"],
        "timeline": [f"{len(timeline.FIRST_EPOCH_POINTS)} times during the first epoch",
                     f"first {trainer.TIMELINE_VAL_DIGITS:,} test digits",
                     f"first {timeline.STRIP_DIGITS} test digits",
                     f"first {timeline.SCATTER_DIGITS} test digits", "8-bit pictures",
                     "16-bit positions"],
        "compare-curves": [f"first {config.TrainConfig.__dataclass_fields__['val_limit'].default:,}"
                           " test digits", "[0, 1] pixel scale"],
    }
    assert metrics.EPS == 1e-7
    assert set(facts) == set(TOPICS)
    for topic_id, needles in facts.items():
        missing = [n for n in needles if n not in text(topic_id)]
        assert not missing, f"{topic_id} does not say {missing}"
    # The ranges the texts send the user to.
    panel, picker = ClusteringPanel(), EndpointPicker(1, 0)
    assert panel.k.minimum() <= 10 and panel.k.maximum() >= 30  # "k = 10", "k to 20 or 30"
    assert (picker.index.minimum(), picker.index.maximum()) == (0, n_test - 1)
    assert "(0 to 9999)" in text("interpolation")
    assert list(noise.NOISE_TYPES) == ["gaussian", "masking", "salt_pepper"]


def _translate_noop_literals() -> list[ast.Constant]:
    tree = ast.parse((UI / "help_texts.py").read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            assert len(node.args) == 2 and all(isinstance(a, ast.Constant) for a in node.args)
            assert node.args[0].value == "Help"
            out.append(node.args[1])
    return out


def test_every_marked_string_reads_the_same_to_python_and_lupdate():
    """One literal each, no escapes, no line continuation: what lupdate extracts is the key."""
    source = (UI / "help_texts.py").read_text(encoding="utf-8")
    literals = _translate_noop_literals()
    marked = {lit.value for lit in literals}
    assert marked == ({t.title for t in TOPICS.values()} | {t.body for t in TOPICS.values()}
                      | set(SECTIONS))
    for lit in literals:
        raw = ast.get_source_segment(source, lit)
        assert "\\" not in raw, f"a backslash in a translatable literal: {raw[:60]!r}"
        assert raw.lstrip("rR")[0] in "\"'", "one plain literal, not an f-string or a join"


@pytest.mark.skipif(shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None,
                    reason="pyside6-lupdate is not installed")
def test_lupdate_extracts_every_title_and_body(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    ts = tmp_path / "help.ts"
    run = subprocess.run([lupdate, str(UI / "help_texts.py"), str(UI / "help.py"), "-ts", str(ts)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    found = {(ctx.findtext("name"), m.findtext("source"))
             for ctx in ET.parse(ts).getroot().iter("context") for m in ctx.iter("message")}
    for t in TOPICS.values():
        assert ("Help", t.title) in found and ("Help", t.body) in found, t.id
    assert ("Help", "Open the guide") in found  # the popup's own strings, from help.py


class _Marking(QTranslator):
    """Prefixes every string translated in the "Help" context."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»" if context == "Help" else ""


@pytest.fixture
def marked_translation(qapp):
    tr = _Marking()
    qapp.installTranslator(tr)
    yield
    qapp.removeTranslator(tr)


def test_what_is_shown_is_translated_in_the_help_context(qtbot, marked_translation):
    window = QWidget()
    qtbot.addWidget(window)
    button = help_button("noise", window)
    assert button.toolTip().startswith("«Explain this view") and "«The noise panel»" in \
        button.toolTip()
    popup = show_topic("noise", window)
    assert popup.windowTitle() == "«Help: {title}»".replace("{title}", "«The noise panel»")
    assert help_mod.topic_html("noise") == \
        f"<h2>«The noise panel»</h2>«{TOPICS['noise'].body}»"
    assert "«The noise panel»" in popup.text.toPlainText()
    assert popup.guide_button.text() == "«Open the guide»"
    guide = show_guide(window)
    assert all(guide.list.item(i).text().startswith("«") for i in range(guide.list.count()))
    assert guide_action(window).text() == "«&Guide…»"


# ------------------------------------------------------------- mechanism
def test_unknown_topics_fail_loudly(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    for call in (lambda: set_help_topic(w, "nope"), lambda: help_button("nope", w),
                 lambda: show_topic("nope", w), lambda: show_guide(w, "nope"),
                 lambda: help_mod.topic_html("nope")):
        with pytest.raises(UnknownHelpTopic, match="nope.*canvas"):
            call()
    assert w.property(HELP_PROPERTY) is None
    assert not [c for c in w.children() if isinstance(c, HelpPopup | GuideDialog)]


class _Window(QWidget):
    """A top-level window: a noise-like box (tagged) and an untagged line edit."""

    def __init__(self) -> None:
        super().__init__()
        self.box = QWidget()
        self.seed = QSpinBox(self.box)
        self.inner = QWidget(self.box)
        self.inner_edit = QLineEdit(self.inner)
        QVBoxLayout(self.box).addWidget(self.seed)
        self.box.layout().addWidget(self.inner)
        self.plain = QLineEdit()
        lay = QVBoxLayout(self)
        lay.addWidget(self.box)
        lay.addWidget(self.plain)
        set_help_topic(self.box, "noise")


@pytest.fixture
def mouse_at(monkeypatch):
    """Where F1 thinks the mouse is (far off screen unless a test moves it)."""
    where = SimpleNamespace(pos=QPoint(-30000, -30000))
    monkeypatch.setattr(help_mod, "QCursor", SimpleNamespace(pos=lambda: where.pos))
    return where


@pytest.fixture
def window(qtbot, mouse_at):
    w = _Window()
    qtbot.addWidget(w)
    install_help(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    return w


def _f1(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=5000)
    qtbot.keyClick(widget, Qt.Key.Key_F1)


def _popup(w) -> HelpPopup | None:
    found = [c for c in w.children() if isinstance(c, HelpPopup)]
    assert len(found) <= 1
    return found[0] if found else None


def _guide(w) -> GuideDialog | None:
    found = [c for c in w.children() if isinstance(c, GuideDialog)]
    assert len(found) <= 1
    return found[0] if found else None


def test_f1_on_a_widget_inside_a_tagged_container_opens_that_topic(window, qtbot):
    assert help_topic_of(window.seed) == "noise"
    _f1(qtbot, window.seed)
    popup = _popup(window)
    assert popup is not None and popup.isVisible() and popup.topic_id == "noise"
    assert not popup.isModal()
    assert "What you see" in popup.text.toPlainText()
    assert "The noise panel" in popup.windowTitle()


def test_the_nearest_tagged_ancestor_wins(window, qtbot):
    set_help_topic(window.inner, "robustness")
    _f1(qtbot, window.inner_edit)
    assert _popup(window).topic_id == "robustness"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    _f1(qtbot, window.seed)
    assert _popup(window).topic_id == "noise"


def test_f1_uses_the_widget_under_the_mouse_when_the_focus_has_no_topic(window, qtbot,
                                                                          mouse_at):
    mouse_at.pos = window.seed.mapToGlobal(window.seed.rect().center())
    if QApplication.widgetAt(mouse_at.pos) is None:
        pytest.skip("this platform cannot tell which widget is at a screen position")
    window.plain.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.plain, timeout=5000)
    assert context_topic() == "noise"
    _f1(qtbot, window.plain)
    assert _popup(window).topic_id == "noise"


def test_f1_with_no_topic_opens_the_guide(window, qtbot):
    _f1(qtbot, window.plain)
    assert _popup(window) is None
    guide = _guide(window)
    assert guide is not None and guide.isVisible()


def test_f1_works_in_the_apps_other_windows_without_their_parents_topic(window, qtbot):
    other = QWidget(window, Qt.WindowType.Window)  # like the latent explorer
    edit, box = QLineEdit(other), QWidget(other)
    box_edit = QLineEdit(box)
    QVBoxLayout(other).addWidget(edit)
    other.layout().addWidget(box)
    set_help_topic(box, "clustering")
    set_help_topic(window, "canvas")  # the parent window's topic is not inherited
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=5000)
    _f1(qtbot, box_edit)
    popup = _popup(other)
    assert popup is not None and popup.topic_id == "clustering" and _popup(window) is None
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=5000)
    _f1(qtbot, edit)
    assert _guide(other) is not None and _guide(other).isVisible()


def test_f1_in_the_main_window(make_window, qtbot, mouse_at):
    """The real window: no action of its own takes F1, and F1 finds a tagged view."""
    from PySide6.QtGui import QAction

    w = make_window()
    install_help(w)
    taken = {seq.toString() for act in w.findChildren(QAction) for seq in act.shortcuts()}
    assert not taken & {k.toString() for k in help_mod._help_keys()}
    set_help_topic(w.noise_panel, "noise")
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    _f1(qtbot, w.noise_panel.seed)
    assert _popup(w).topic_id == "noise" and _popup(w).isVisible()


def test_install_help_is_one_shortcut_for_the_application(window, qtbot):
    first = install_help(window)
    assert install_help(window) is first
    assert first.context() == Qt.ShortcutContext.ApplicationShortcut
    assert "F1" in [k.toString() for k in first.keys()]
    other = QWidget()
    qtbot.addWidget(other)
    moved = install_help(other)
    assert moved.parent() is other and not first.isEnabled()
    install_help(window)


def test_the_help_button_opens_its_topic_and_the_popup_is_reused(qtbot, mouse_at):
    w = QWidget()
    qtbot.addWidget(w)
    noise_button, curve_button = help_button("noise", w), help_button("robustness", w)
    lay = QVBoxLayout(w)
    lay.addWidget(noise_button)
    lay.addWidget(curve_button)
    w.show()
    assert noise_button.text() == "?" and "The noise panel" in noise_button.toolTip()
    assert help_topic_of(noise_button) == "noise"
    qtbot.mouseClick(noise_button, Qt.MouseButton.LeftButton)
    popup = _popup(w)
    assert popup.isVisible() and popup.topic_id == "noise"
    assert "Gaussian" in popup.text.toPlainText()
    qtbot.mouseClick(curve_button, Qt.MouseButton.LeftButton)
    assert _popup(w) is popup and popup.topic_id == "robustness" and popup.isVisible()
    assert "Robustness" in popup.windowTitle() or "robustness" in popup.windowTitle()
    popup.close_button.click()
    assert not popup.isVisible()
    qtbot.mouseClick(noise_button, Qt.MouseButton.LeftButton)
    assert _popup(w) is popup and popup.isVisible() and popup.topic_id == "noise"


def test_the_guide_lists_every_topic_and_shows_the_selected_one(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    guide = show_guide(w)
    assert guide.topics() == VIEWS and not guide.isModal()
    assert [guide.list.item(i).text() for i in range(guide.list.count())] == \
        [t.title for t in TOPICS.values()]
    assert guide.current_topic() == VIEWS[0]
    for row, topic_id in enumerate(VIEWS):
        guide.list.setCurrentRow(row)
        shown = guide.text.toPlainText()
        assert TOPICS[topic_id].title in shown
        assert _plain(_sections(TOPICS[topic_id].body)[1][1])[:60] in " ".join(shown.split())
    assert show_guide(w, "clustering") is guide and guide.current_topic() == "clustering"
    assert "purity" in guide.text.toPlainText()


def test_links_open_the_linked_topic(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    popup = show_topic("noise", w)
    popup._on_anchor_clicked(QUrl("topic:robustness"))
    assert popup.topic_id == "robustness"
    guide = show_guide(w, "panes")
    guide._on_anchor_clicked(QUrl("topic:latent-dock"))
    assert guide.current_topic() == "latent-dock"


def test_the_popup_offers_the_guide_at_its_topic(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    popup = show_topic("clustering", w)
    popup.guide_button.click()
    guide = _guide(w)
    assert guide.isVisible() and guide.current_topic() == "clustering"
    assert _popup(w) is popup  # help windows belong to the view's window, not to each other


def test_guide_action_opens_the_guide(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    act = guide_action(w)
    assert act.shortcut().isEmpty()  # F1 is context help; the same key twice is ambiguous
    act.trigger()
    assert _guide(w).isVisible()


def test_help_button_fits_a_row_of_controls(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    b = help_button("canvas", w)
    ref = QPushButton("Random test digit")
    assert b.sizeHint().height() <= ref.sizeHint().height() + 4
    assert b.sizeHint().width() <= 40


# ------------------------------------------------------------- the wiring
TOPIC_ARG = {"help_button": 0, "set_help_topic": 1, "show_topic": 0, "show_guide": 1}


def topic_references(source: str) -> tuple[list[tuple[int, str]], list[int]]:
    """``([(line, topic id)], [lines where the topic is not a string literal])`` of the
    help calls in ``source``."""
    found, not_literal = [], []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name not in TOPIC_ARG:
            continue
        arg = next((k.value for k in node.keywords if k.arg == "topic_id"), None)
        if arg is None and len(node.args) > TOPIC_ARG[name]:
            arg = node.args[TOPIC_ARG[name]]
        if arg is None:
            continue  # show_guide(parent): no topic
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            found.append((node.lineno, arg.value))
        else:
            not_literal.append(node.lineno)
    return found, not_literal


def test_the_scan_finds_topic_references():
    src = ("set_help_topic(self.noise_panel, 'noise')\nb = help.help_button('nope', self)\n"
           "show_guide(self)\nshow_guide(self, topic_id='canvas')\nshow_topic(name, self)\n")
    assert topic_references(src) == ([(1, "noise"), (2, "nope"), (4, "canvas")], [5])


def test_every_topic_id_used_in_the_ui_exists():
    unknown, not_literal = [], []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "help.py":
            continue  # the mechanism passes ids through
        found, dynamic = topic_references(path.read_text(encoding="utf-8"))
        rel = path.relative_to(ROOT)
        unknown += [f"{rel}:{line}: {t!r}" for line, t in found if t not in TOPICS]
        not_literal += [f"{rel}:{line}" for line in dynamic]
    assert not unknown, f"unknown help topics: {unknown}; the topics are {list(TOPICS)}"
    assert not not_literal, ("pass help topic ids as string literals, so that this test can "
                             f"check them: {not_literal}")


def test_the_help_modules_load_no_torch():
    code = ("import sys; import ae_desktop.ui.help, ae_desktop.ui.help_texts; "
            "sys.exit(3 if 'torch' in sys.modules else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
