"""Trimming the frozen bundle keeps Qt's texts in the app's languages (fast; no build)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _trim_module():
    spec = importlib.util.spec_from_file_location("trim_bundle",
                                                  ROOT / "packaging" / "trim_bundle.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_qt_korean_texts_survive_the_trim_and_other_languages_go(tmp_path):
    internal = tmp_path / "ae-desktop" / "_internal"
    tr = internal / "PySide6" / "Qt" / "translations"
    tr.mkdir(parents=True)
    for name in ("qtbase_ko.qm", "qtbase_de.qm", "qt_help_ko.qm", "qtbase_ja.qm"):
        (tr / name).write_bytes(b"qm")
    (internal / "torch" / "include").mkdir(parents=True)
    (internal / "torch" / "include" / "x.h").write_text("//")
    _trim_module().main(str(tmp_path / "ae-desktop"))
    assert sorted(p.name for p in tr.iterdir()) == ["qtbase_ko.qm"]  # Yes/No/Cancel in Korean
    assert not (internal / "torch" / "include").exists()
