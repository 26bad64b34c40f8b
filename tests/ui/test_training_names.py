"""Model names in the training dialog: safe names only, never a silent replacement."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR, user_models_dir


def _install(name: str, arch: str = "dense_100") -> dict[str, bytes]:
    """Put a copy of a shipped model in the user's models folder under ``name``."""
    folder = user_models_dir()
    folder.mkdir(parents=True, exist_ok=True)
    meta = json.loads((SHIPPED_MODELS_DIR / f"{arch}.json").read_text())
    meta["name"] = name
    (folder / f"{name}.json").write_text(json.dumps(meta))
    shutil.copy(SHIPPED_MODELS_DIR / f"{arch}.safetensors", folder / f"{name}.safetensors")
    return _snapshot(folder)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _type_name(qtbot, d, text: str) -> None:
    """Replace the name the way a person does: select all, type."""
    d.name.setFocus()
    qtbot.keyClick(d.name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(d.name, Qt.Key.Key_Delete)
    qtbot.keyClicks(d.name, text)


def _open(w, qtbot, arch="dense_100", epochs=1, subset=300):
    w.train_action.trigger()
    d = w.training_dialog
    qtbot.waitExposed(d)
    d.arch.setCurrentIndex(d.arch.findData(arch))
    d.epochs.setValue(epochs)
    d.use_subset.setChecked(True)
    d.subset.setValue(subset)
    return d


@pytest.fixture
def mnist_env(monkeypatch, full_mnist_dir):
    monkeypatch.setenv("AE_DESKTOP_DATA", str(full_mnist_dir))


@pytest.mark.parametrize(("name", "reason"), [
    (".", "dot"),
    ("a/b", "'/'"),
    ("CON", "reserved"),
    (".hidden", "start with a dot"),
    ("", "give the model a name"),
])
def test_an_unsafe_name_disables_start_and_says_why(make_window, qtbot, mnist_env, name, reason):
    w = make_window()
    d = _open(w, qtbot)
    assert d.start_button.isEnabled()
    _type_name(qtbot, d, name)
    assert not d.start_button.isEnabled()
    assert d.name_problem.isVisible()
    assert reason in d.name_problem.text()
    qtbot.keyClick(d.name, Qt.Key.Key_Return)  # Enter cannot start it either
    assert not w.training_running()
    _type_name(qtbot, d, "fine_name.v2")
    assert d.start_button.isEnabled()
    assert not d.name_problem.isVisible()


def test_the_default_name_is_free_for_each_architecture(make_window, qtbot, mnist_env):
    _install("my_conv_selu", "conv_selu")
    _install("my_conv_selu_2", "conv_selu")
    w = make_window(folders=[user_models_dir()])
    d = _open(w, qtbot, arch="dense_100")
    assert d.name.text() == "my_dense_100"
    d.arch.setCurrentIndex(d.arch.findData("conv_selu"))
    assert d.name.text() == "my_conv_selu_3"
    assert not d.name_problem.isVisible() and d.start_button.isEnabled()


def test_an_existing_name_is_said_inline(make_window, qtbot, mnist_env):
    _install("keep_me")
    w = make_window(folders=[user_models_dir()])
    d = _open(w, qtbot)
    _type_name(qtbot, d, "keep_me")
    assert d.start_button.isEnabled()
    assert d.name_problem.isVisible() and "already exists" in d.name_problem.text()


def _replace_box(qtbot, d) -> QMessageBox:
    qtbot.waitUntil(lambda: d.replace_box is not None and d.replace_box.isVisible(),
                    timeout=5000)
    return d.replace_box


def test_refusing_to_replace_starts_nothing_and_keeps_the_old_files(make_window, qtbot,
                                                                    mnist_env):
    before = _install("keep_me")
    w = make_window(folders=[user_models_dir()])
    d = _open(w, qtbot)
    _type_name(qtbot, d, "keep_me")
    qtbot.mouseClick(d.start_button, Qt.MouseButton.LeftButton)
    box = _replace_box(qtbot, d)
    assert box.text() == "Replace keep_me?"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "Replace"
    assert not w.training_running()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    assert not w.training_running()
    assert d.start_button.isEnabled() and d.config_box.isEnabled()
    assert "not replaced" in d.status.text()
    assert _snapshot(user_models_dir()) == before  # byte for byte, no stray file


def test_pressing_escape_on_the_question_also_refuses(make_window, qtbot, mnist_env):
    before = _install("keep_me")
    w = make_window(folders=[user_models_dir()])
    d = _open(w, qtbot)
    _type_name(qtbot, d, "keep_me")
    qtbot.mouseClick(d.start_button, Qt.MouseButton.LeftButton)
    box = _replace_box(qtbot, d)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    assert not w.training_running()
    assert _snapshot(user_models_dir()) == before


def test_confirming_replaces_the_old_model(make_window, qtbot, mnist_env):
    before = _install("keep_me")
    w = make_window(folders=[user_models_dir()])
    assert w.infos["keep_me"].epochs == json.loads(before["keep_me.json"])["epochs"]
    d = _open(w, qtbot, epochs=1, subset=300)
    _type_name(qtbot, d, "keep_me")
    qtbot.mouseClick(d.start_button, Qt.MouseButton.LeftButton)
    box = _replace_box(qtbot, d)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert w.training_running()
    qtbot.waitUntil(lambda: d.saved_path is not None, timeout=90000)
    after = _snapshot(user_models_dir())
    meta = json.loads(after["keep_me.json"])
    assert meta["epochs"] == 1 and meta["dataset"]["train_count"] == 300
    weights = meta.get("weights", "keep_me.safetensors")
    assert sorted(after) == sorted(["keep_me.json", weights])  # the old weights are gone
    assert after[weights] != before["keep_me.safetensors"]
    qtbot.waitUntil(lambda: "keep_me" in w.infos and w.infos["keep_me"].epochs == 1,
                    timeout=20000)
