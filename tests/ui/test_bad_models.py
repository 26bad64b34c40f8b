"""Bad model files: the good models load, each bad file is listed with its reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ae_desktop.core.live import models as live_models
from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR
from ae_desktop.core.store.zoo import load_models
from ae_desktop.engine.engine_main import Engine
from ae_desktop.engine.protocol import LoadModels, ModelsLoaded

GOOD = json.loads((SHIPPED_MODELS_DIR / "conv_selu.json").read_text())
WEIGHTS = (SHIPPED_MODELS_DIR / "conv_selu.safetensors").read_bytes()


def _put(folder: Path, name: str, meta_text: str | None = None, weights: bytes = WEIGHTS,
         **fields) -> None:
    """A checkpoint NAME (a shipped conv_selu) whose JSON has ``fields`` replaced."""
    meta = {**GOOD, "name": name, **fields}
    (folder / f"{name}.json").write_text(meta_text or json.dumps(meta))
    (folder / f"{name}.safetensors").write_bytes(weights)


def _with_raw(name: str, field: str, raw: str) -> str:
    """JSON text where ``field`` holds ``raw`` verbatim (what json.dumps cannot write)."""
    return json.dumps({**GOOD, "name": name, field: "@@"}).replace('"@@"', raw)


@pytest.fixture
def bad_folder(tmp_path):
    folder = tmp_path / "models"
    folder.mkdir()
    _put(folder, "good")
    _put(folder, "huge_int", _with_raw("huge_int", "epochs", "9" * 5000))
    _put(folder, "metrics_five", metrics=5)
    _put(folder, "nested", _with_raw("nested", "history", "[" * 100_000 + "]" * 100_000))
    _put(folder, "truncated", weights=WEIGHTS[:1000])
    return folder


def _problems_table(w) -> dict[str, str]:
    """File name → reason, as the problems dialog shows them."""
    dlg = w.model_problems_dialog
    assert dlg is not None and dlg.isVisible()
    t = dlg.table
    return {t.item(r, 0).text(): t.item(r, 1).text() for r in range(t.rowCount())}


def _activate(w, qtbot):
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)


def test_bad_files_are_listed_with_their_reasons_and_the_good_model_shows(make_window, qtbot,
                                                                          bad_folder):
    w = make_window(folders=[bad_folder])
    assert list(w.infos) == ["good"]
    assert w.panes.model_panes["good"].isVisibleTo(w.panes)
    msg = w.statusBar().currentMessage()
    assert "1 model loaded" in msg and "4 model files skipped" in msg and "Show problems" in msg
    # A lasting entry in the status bar, a row in the model list and a menu action.
    assert w.problems_button.isVisible() and w.problems_button.text() == "⚠ 4 model problems"
    assert w.show_problems_action.isEnabled()
    rows = [w.model_list.item(i).text() for i in range(w.model_list.count())]
    assert rows == ["good", "4 model files not loaded…"]
    assert not w.model_list.item(1).icon().isNull()  # the warning sign
    assert w.model_list.checked() == ["good"]

    qtbot.mouseClick(w.problems_button, Qt.MouseButton.LeftButton)
    shown = _problems_table(w)
    expected = {f.path.name: f.reason for f in load_models([bad_folder]).failures}
    assert shown == expected
    assert sorted(shown) == ["huge_int.json", "metrics_five.json", "nested.json",
                             "truncated.safetensors"]
    assert "too many digits" in shown["huge_int.json"]
    assert "metrics" in shown["metrics_five.json"]
    assert "deep" in shown["nested.json"]
    assert "safetensors" in shown["truncated.safetensors"]
    assert str(bad_folder) in w.model_problems_dialog.table.item(0, 0).toolTip()
    w.model_problems_dialog.close()

    # The same list from the model list's warning row (double-click) ...
    where = w.model_list.visualItemRect(w.model_list.item(1)).center()
    # A person's double-click: press and release, then the double-click event.
    qtbot.mouseClick(w.model_list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert not w.model_problems_dialog.isVisible()  # a single click only selects it
    qtbot.mouseDClick(w.model_list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert _problems_table(w) == shown
    w.model_problems_dialog.close()
    # ... and from the Models menu.
    w.show_problems_action.trigger()
    assert _problems_table(w) == shown
    w.model_problems_dialog.close()


def test_fixing_the_files_and_reloading_clears_the_problems(make_window, qtbot, bad_folder):
    w = make_window(folders=[bad_folder])
    for name in ("huge_int", "metrics_five", "nested", "truncated"):
        for f in bad_folder.glob(f"{name}.*"):
            f.unlink()
    _put(bad_folder, "second")
    _activate(w, qtbot)
    qtbot.keyClick(w, Qt.Key.Key_F5)  # Models → Reload
    qtbot.waitUntil(lambda: sorted(w.infos) == ["good", "second"], timeout=20000)
    assert not w.problems_button.isVisible() and not w.show_problems_action.isEnabled()
    assert [w.model_list.item(i).text() for i in range(w.model_list.count())] == \
        ["good", "second"]
    assert "2 models loaded" in w.statusBar().currentMessage()


def _load_as_the_engine_does(folders) -> ModelsLoaded:
    """What the engine answers to ``LoadModels(folders)``, computed in this process.

    Monkeypatches in this process do not reach the engine process, so a failure that
    only a patch can cause is produced here, by the engine's own code (``Engine.load``,
    run inline), and then handed to the window as the engine client would.
    """
    engine = Engine(None, None, background_lane=False)
    return engine.load(LoadModels(tuple(str(f) for f in folders)))


def _as_if_the_engine_said(w, loaded: ModelsLoaded) -> None:
    w.engine.models_loaded.emit(list(loaded.infos), list(loaded.failures))


def test_an_unexpected_error_preparing_one_model_spares_the_others(make_window, qtbot,
                                                                   tmp_path, monkeypatch):
    folder = tmp_path / "models"
    folder.mkdir()
    _put(folder, "good")
    _put(folder, "odd")
    real = live_models.ModelInfo.from_loaded

    def from_loaded(lm, shipped):
        if lm.name == "odd":
            raise RuntimeError("something nobody foresaw")
        return real(lm, shipped)

    monkeypatch.setattr(live_models.ModelInfo, "from_loaded", staticmethod(from_loaded))
    loaded = _load_as_the_engine_does([folder])
    assert [i.name for i in loaded.infos] == ["good"]
    assert [f.path.name for f in loaded.failures] == ["odd.safetensors"]
    w = make_window(folders=[folder])  # its engine loads both: the patch is not there
    _as_if_the_engine_said(w, loaded)
    assert list(w.infos) == ["good"]
    assert [w.model_list.item(i).text() for i in range(w.model_list.count())] == \
        ["good", "1 model file not loaded…"]
    msg = w.statusBar().currentMessage()
    assert "1 model loaded" in msg and "1 model file skipped" in msg
    qtbot.mouseClick(w.problems_button, Qt.MouseButton.LeftButton)
    shown = _problems_table(w)
    assert list(shown) == ["odd.safetensors"]
    assert "RuntimeError: something nobody foresaw" in shown["odd.safetensors"]
    w.model_problems_dialog.close()
    # The live path works with the model that loaded (answered by the real engine).
    w.random_digit()
    qtbot.waitUntil(lambda: w.last_result is not None and not w.last_result.empty,
                    timeout=10000)
    assert list(w.last_result.answers) == ["good"]
    assert w.panes.model_panes["good"].view.has_image()


def test_if_loading_fails_altogether_the_window_says_so(make_window, qtbot, tmp_path,
                                                        monkeypatch):
    def broken(folders):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(live_models, "load_models", broken)
    loaded = _load_as_the_engine_does([tmp_path])
    assert loaded.infos == () and len(loaded.failures) == 1
    w = make_window(folders=[tmp_path])
    _as_if_the_engine_said(w, loaded)
    assert not w.infos
    msg = w.statusBar().currentMessage()
    assert "Loading models" not in msg
    assert "No models loaded" in msg and "Show problems" in msg
    assert w.problems_button.isVisible() and w.problems_button.text() == "⚠ 1 model problem"
    qtbot.mouseClick(w.problems_button, Qt.MouseButton.LeftButton)
    (reason,) = _problems_table(w).values()
    assert "RecursionError" in reason
    w.model_problems_dialog.close()
