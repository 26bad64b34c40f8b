"""The interface language: system locale by default, View → Language, remembered."""

from __future__ import annotations

import os
import subprocess
import sys

from ae_desktop.ui.i18n import LANGUAGE_SETTING, chosen_language, qm_path, resolve_language


def _language_for_locale(lang: str) -> str:
    env = dict(os.environ, LANG=lang, LC_ALL=lang, LANGUAGE="", QT_QPA_PLATFORM="offscreen")
    code = ("from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); "
            "from ae_desktop.ui.i18n import resolve_language; print(resolve_language('system'))")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         timeout=60, check=True)
    return out.stdout.strip()


def test_the_system_locale_picks_korean_or_english():
    assert _language_for_locale("ko_KR.UTF-8") == "ko"
    assert _language_for_locale("en_US.UTF-8") == "en"
    assert _language_for_locale("de_DE.UTF-8") == "en"  # no German: the source language


def test_an_explicit_choice_wins_and_junk_means_system(settings):
    assert resolve_language("ko") == "ko" and resolve_language("en") == "en"
    settings.setValue(LANGUAGE_SETTING, "klingon")
    assert chosen_language(settings) == "system"


def test_view_language_remembers_the_choice_and_offers_a_restart(make_window, settings,
                                                                 monkeypatch):
    from ae_desktop.ui import main_window

    offered = []
    monkeypatch.setattr(main_window.QMessageBox, "open", lambda box: offered.append(box.text()))
    w = make_window()
    assert w.language_actions["system"].isChecked()
    w.language_actions["ko"].trigger()
    assert settings.value(LANGUAGE_SETTING) == "ko"
    assert offered and "next start" in offered[0]
    w.close()
    assert make_window(s=settings).language_actions["ko"].isChecked()


def test_the_compiled_korean_translation_ships():
    assert qm_path("ko").is_file()
