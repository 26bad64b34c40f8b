"""Core's messages (typed reasons) in the Korean interface, and their lupdate list."""

from __future__ import annotations

import ast
import http.server
import json
import re
import string
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from ae_desktop.core import reasons as R
from ae_desktop.core.reasons import Reason, templates
from ae_desktop.ui import i18n, reasons_tr
from ae_desktop.ui.reasons import tr_reason

from .test_korean import HANGUL, english_run, offenders, texts_of

ROOT = Path(__file__).resolve().parents[2]


def _fields(template: str) -> set[str]:
    return {f"{name}:{spec}" for _, name, spec, _ in string.Formatter().parse(template)
            if name is not None}


# ------------------------------------------------------------------ texts for lupdate
def test_the_lupdate_list_equals_the_templates_in_core():
    expected, listed = list(templates()), list(reasons_tr.REASON_TEXTS)
    missing = [t for t in expected if t not in listed]
    stale = [t for t in listed if t not in expected]
    assert not missing and not stale, (
        "ae_desktop/ui/reasons_tr.py is out of date; add:\n"
        + "\n".join(f"    QT_TRANSLATE_NOOP(\"Reasons\", {json.dumps(t, ensure_ascii=False)}),"
                    for t in missing)
        + "\nremove:\n" + "\n".join(stale))
    assert listed == expected  # same order: the file reads like core/reasons.py


def test_each_listed_template_is_a_literal_lupdate_can_read():
    tree = ast.parse((ROOT / "ae_desktop" / "ui" / "reasons_tr.py").read_text("utf-8"))
    (texts,) = [n.value for n in tree.body if isinstance(n, ast.Assign)
                and [t.id for t in n.targets if isinstance(t, ast.Name)] == ["REASON_TEXTS"]]
    for call in texts.elts:
        assert isinstance(call, ast.Call) and call.func.id == "QT_TRANSLATE_NOOP"
        context, text = call.args
        assert isinstance(context, ast.Constant) and context.value == "Reasons"
        assert isinstance(text, ast.Constant) and isinstance(text.value, str)
    assert len(texts.elts) == len(templates())


def test_every_template_is_in_the_korean_ts_with_the_same_placeholders():
    root = ET.parse(i18n.I18N_DIR / "ae_desktop_ko.ts").getroot()
    found, bad = {}, []
    for ctx in root.iter("context"):
        for m in ctx.iter("message"):
            source, tr = m.findtext("source"), m.findtext("translation") or ""
            if ctx.findtext("name") == "Reasons":
                found[source] = tr
            if "{" in source and tr and _fields(source) != _fields(tr):
                bad.append(f"{ctx.findtext('name')}: {source!r} → {tr!r}")
    assert set(templates()) <= set(found), set(templates()) - set(found)
    assert not bad, "placeholders changed in translation:\n" + "\n".join(bad)


# --------------------------------------------------------------------------- tr_reason
class _Shouting(QTranslator):
    """A stand-in translation: the Reasons templates in capitals (placeholders kept)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "Reasons":
            return re.sub(r"(^|\})([^{]*)", lambda m: m[1] + m[2].upper(), source)
        return None


@pytest.fixture
def shouting(qapp):
    tr = _Shouting()
    QCoreApplication.installTranslator(tr)
    yield
    QCoreApplication.removeTranslator(tr)


def test_tr_reason_translates_templates_and_nested_reasons_not_values(shouting):
    r = Reason(R.NOT_USABLE_NAME, reason=Reason(R.NAME_RESERVED, name="'con'"))
    assert tr_reason(r) == "NOT A USABLE MODEL NAME: 'con' IS A RESERVED DEVICE NAME ON WINDOWS"
    assert tr_reason(Reason(R.SIZE_BYTES_GROUPED, n=12345)) == "12,345 BYTES"
    assert tr_reason(ValueError(Reason(R.CONFIG_EPOCHS))) == "EPOCHS MUST BE AT LEAST 1"
    assert tr_reason("plain text stays") == "plain text stays"
    assert tr_reason(None) == "" and tr_reason(OSError("disk full")) == "disk full"


def test_a_broken_translation_falls_back_to_english(qapp):
    class Broken(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return "{nonsense}" if context == "Reasons" else None

    tr = Broken()
    QCoreApplication.installTranslator(tr)
    try:
        assert tr_reason(Reason(R.NAME_TOO_LONG, limit=64)) == \
            "the name is longer than 64 characters"
    finally:
        QCoreApplication.removeTranslator(tr)


class _Relay(QObject):
    said = Signal(object)


def test_a_reason_crosses_an_object_signal_and_a_pickle_intact(qapp):
    import pickle

    got = []
    relay = _Relay()
    relay.said.connect(got.append)
    reason = pickle.loads(pickle.dumps(Reason(R.ENGINE_STOPPED, exit=Reason(R.EXIT_CODE,
                                                                              code=1))))
    relay.said.emit(reason)
    assert type(got[0]) is Reason and got[0].values["exit"].template == R.EXIT_CODE


# ----------------------------------------------------------------- in Korean, for real
@pytest.fixture
def korean(qapp):
    loaded = i18n.install_translators(QApplication.instance(), "ko")
    yield loaded
    i18n.install_translators(QApplication.instance(), "en")


def _korean(text: str) -> bool:
    return bool(HANGUL.search(text)) and english_run(text) is None


def test_a_bad_name_a_config_error_and_the_device_note_read_in_korean(korean):
    from ae_desktop.core.compute.devices import DeviceChoice
    from ae_desktop.core.store.model_names import InvalidModelName, check_model_name
    from ae_desktop.core.train.config import TrainConfig

    for name in ("", "x" * 80, "a/b", ".hidden", "name.", "m.json", "CON"):
        with pytest.raises(InvalidModelName) as info:
            check_model_name(name)
        assert _korean(tr_reason(info.value)), tr_reason(info.value)
    with pytest.raises(ValueError) as info:
        TrainConfig("dense_100", epochs=0, lr=-1, noise=9, optimizer="rmsprop",
                    precision="fp8", device="tpu").validate()
    text = tr_reason(info.value)
    assert text.count(";") == 5, text
    # The choices are option ids (auto, cpu, cuda …), left as they are.
    assert _korean(re.sub(r"\b(auto|cpu|cuda|mps|adam|sgd)\b", "", text)), text
    note = DeviceChoice("cpu", Reason(R.DEVICE_FALLBACK, device="CUDA",
                                      why=Reason(R.DEVICE_NO_CUDA))).note
    assert _korean(tr_reason(note)), tr_reason(note)


def test_every_template_has_a_korean_translation(korean):
    """Each template, filled with neutral values, reads as Korean (a few are only
    punctuation around their values)."""
    structural = {R.JOIN, R.TYPED_ERROR, R.PATH_PROBLEM, R.DOWNLOAD_MIRROR_FAILED,
                  R.IDX_READ_PROBLEM, R.KIND_NULL}
    left = []
    for t in templates():
        values = {}
        for field in _fields(t):
            name, _, spec = field.partition(":")
            values[name] = 7 if spec else "x"
        text = tr_reason(Reason(t, **values))
        if (t not in structural and not HANGUL.search(text)) or english_run(text):
            left.append(f"{t!r} → {text!r}")
    assert not left, "\n".join(left)


def _damage(folder: Path) -> None:
    from safetensors.numpy import save

    from ae_desktop.core.store.metadata_schema import FORMAT, FORMAT_VERSION

    def model(name, weights: bytes, **meta):
        (folder / f"{name}.safetensors").write_bytes(weights)
        (folder / f"{name}.json").write_text(json.dumps(
            {"format": FORMAT, "format_version": FORMAT_VERSION, "architecture": "dense_100",
             **meta}))

    model("truncated", b"\x10\0\0\0\0\0\0\0{")
    model("pickled", b"\x80\x04" + b"\0" * 40)
    model("wrong_shapes", save({"encoder.0.weight": np.zeros((2, 2), np.float32)}))
    model("from_the_future", b"", format_version=FORMAT_VERSION + 1)
    model("no_such_arch", save({"x": np.zeros(1, np.float32)}), architecture="resnet")
    (folder / "not_utf8.json").write_bytes(b'{"name": "\xff"}')
    # (A JSON syntax error would add the parser's own English words, like an OS error's:
    # those stay as they are.)


def test_load_failures_of_damaged_checkpoints_read_in_korean(korean, make_window, qtbot,
                                                             models_folder, tmp_path):
    bad = tmp_path / "bad_models"
    bad.mkdir()
    _damage(bad)
    w = make_window([models_folder, bad])
    qtbot.waitUntil(lambda: len(w.load_problems) == 6, timeout=20000)
    reasons = [p.reason for p in w.load_problems]
    assert all(isinstance(r, Reason) for r in reasons)  # through the engine's pipe and Qt
    w.show_model_problems()
    dlg = w.model_problems_dialog
    found = texts_of(dlg, "model problems")
    cells = [t for where, t in found if re.search(r"cell \d+,1\b", where)]
    assert len(cells) == 6 and all(HANGUL.search(c) for c in cells), cells
    bad_texts = offenders(found)
    assert not bad_texts, "\n".join(bad_texts)
    row = next(i for i in range(w.model_list.count())
               if w.model_list.item(i).toolTip().count("\n") >= 5)
    assert not offenders([("problems row tooltip", w.model_list.item(row).toolTip())])
    dlg.close()


def test_the_exported_png_labels_are_translated(korean, make_window, qtbot, tmp_path,
                                                monkeypatch):
    from ae_desktop.ui import main_window

    drawn = []
    real = main_window.strip_image
    monkeypatch.setattr(main_window, "strip_image",
                        lambda panels, **kw: drawn.append((panels, kw)) or real(panels, **kw))
    w = make_window()
    w.random_digit()
    qtbot.waitUntil(lambda: w.last_result is not None and not w.last_result.empty
                    and len(w.last_result.answers) > 0, timeout=20000)
    assert w.export_to(str(tmp_path / "strip.png"))
    (panels, kw), = drawn
    labels = [label for label, _ in panels]
    assert labels[:2] == ["원본", "모델 입력"]
    assert all(label.endswith(f"mse {a.mse:.4f}") for label, a
               in zip(labels[2:], w.last_result.answers.values(), strict=True))
    assert kw["font_path"] is not None and Path(kw["font_path"]).is_file()


class _Mirror(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # quiet
        pass


@pytest.fixture
def garbage_mirror(tmp_path):
    folder = tmp_path / "mirror"
    folder.mkdir()
    for name in ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"):
        (folder / name).write_bytes(b"garbage")
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                          lambda *a: _Mirror(*a, directory=str(folder)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/"
    srv.shutdown()
    srv.server_close()


def test_a_download_error_and_an_unusable_folder_read_in_korean(korean, qtbot, tmp_path,
                                                               monkeypatch, garbage_mirror):
    from ae_desktop.ui.dataset_panel import DatasetPanel
    from ae_desktop.workers.tasks import TaskRunner

    monkeypatch.setenv("AE_DESKTOP_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("AE_DESKTOP_MIRRORS", garbage_mirror)
    tasks = TaskRunner()
    try:
        panel = DatasetPanel(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                             tasks)
        qtbot.addWidget(panel)
        panel.download_button.click()
        qtbot.waitUntil(lambda: bool(panel.last_error), timeout=30000)
        shown = panel.last_error.replace(garbage_mirror, "")  # URLs are left as they are
        assert "SHA-256" in shown and _korean(shown), shown
        assert not panel.use_folder(str(tmp_path))
        assert _korean(panel.last_error), panel.last_error
    finally:
        tasks.stop()


def test_the_model_summary_reads_in_korean_and_stays_aligned(korean):
    from ae_desktop.core.models.specs import get_spec
    from ae_desktop.core.models.summary import summary_text  # torch: fine in a test
    from ae_desktop.core.store.model_info import ModelInfo
    from ae_desktop.ui.summary_table import display_width, summary_text_tr

    text = summary_text("vae_2d")
    spec = get_spec("vae_2d")
    info = ModelInfo("vae_2d", "vae_2d", spec.description, 207237, spec.latent_shape,
                     "/m/vae_2d.json", {}, {}, {}, text, 1, 1.0, True)
    shown = summary_text_tr(info)
    lines = shown.splitlines()
    assert "층 (종류)" in lines[3] and "[인코더]" in shown and "전체 파라미터: 207,237" in shown
    assert not offenders([("summary", line) for line in lines if "(None" not in line])
    table = [line for line in lines if "(None" in line or line.startswith("층")]
    assert {display_width(line) for line in table} == {72}
