"""The Bottleneck view through a real engine: the live row, the rate–distortion curve, and
the bottleneck family hidden from the main grid."""

from __future__ import annotations

import dataclasses
import json
import shutil

import numpy as np
import pytest
import torch
from PySide6.QtGui import QKeySequence

from ae_desktop.core.data.idx import load_test
from ae_desktop.core.store.checkpoints import load_checkpoint, save_checkpoint
from ae_desktop.core.train.trainer import TrainConfig, run
from ae_desktop.ui.bottleneck_view import ImagePane

from .helpers import SEVEN, stroke

DENSE_SIZES = (16, 2, 4)  # saved out of order: the row must sort them


def _train(folder, arch: str, z: int, **kw) -> None:
    digits = load_test().images[:512]
    res = run(TrainConfig(arch, epochs=1, batch_size=64, latent_size=z, precision="fp32", **kw),
              train_images=digits)
    save_checkpoint(folder / f"{arch}{z}", res.model, arch, res.metadata)


@pytest.fixture(scope="module")
def family_folder(tmp_path_factory):
    """Three dense_z sizes with test-set metrics (10,000 digits), and one conv_z (val only:
    the full evaluation of a conv model takes half a minute on a busy machine)."""
    folder = tmp_path_factory.mktemp("bottleneck_gui")
    for z in DENSE_SIZES:
        _train(folder, "dense_z", z)
    _train(folder, "conv_z", 4, final_eval=False, val_limit=50)
    return folder


@pytest.fixture
def folder(family_folder, tmp_path):
    """A copy each test may add models to."""
    out = tmp_path / "models"
    shutil.copytree(family_folder, out)
    return out


def _metadata(folder, name: str) -> dict:
    return json.loads((folder / f"{name}.json").read_text())


def _own_reconstruction(folder, name: str, digit: np.ndarray) -> np.ndarray:
    """The model's forward pass, straight from its checkpoint (no app reconstruction code)."""
    lm = load_checkpoint(folder / name)
    lm.model.eval()
    with torch.no_grad():
        x = torch.from_numpy(np.asarray(digit, np.float32)).reshape(1, 1, 28, 28)
        return lm.model(x).reshape(28, 28).numpy()  # dense_z, conv_z: [0, 1] in and out


def _row_panes(row) -> list[ImagePane]:
    """The row's panes as laid out, left to right."""
    lay = row._layout
    items = (lay.itemAt(i).widget() for i in range(lay.count()))
    return [w for w in items if isinstance(w, ImagePane) and w.isVisibleTo(row)]


def _answered(w) -> bool:
    v = w.bottleneck_view
    r = w.last_result
    return (r is not None and not w.engine.live_busy and v.result is not None
            and v.result.tag == r.request_id)


def test_menu_entry_and_shortcut(make_window, folder):
    w = make_window([folder])
    act = w.bottleneck_action
    assert act.shortcut() == QKeySequence("Ctrl+B") and act.toolTip()
    view_menu = next(a.menu() for a in w.menuBar().actions()
                     if a.menu() is not None and w.latent_action in a.menu().actions())
    assert act in view_menu.actions()
    assert not w.bottleneck_view.isVisible()
    act.trigger()
    assert w.bottleneck_view.isVisible()


def test_a_stroke_fills_each_row_with_every_member_in_size_order(make_window, folder, qtbot):
    w = make_window([folder])
    w.noise_panel.amount.setValue(w.noise_panel.amount.maximum() // 5)  # noise on: input ≠ digit
    w.bottleneck_action.trigger()
    v = w.bottleneck_view
    stroke(w.canvas, SEVEN)
    qtbot.waitUntil(lambda: _answered(w), timeout=90000)
    r = w.last_result
    assert not np.array_equal(r.model_input, r.digit)
    assert list(v.rows) == ["dense_z", "conv_z"]

    dense = _row_panes(v.rows["dense_z"])
    assert [p.key for p in dense] == ["original", "input", "dense_z2", "dense_z4", "dense_z16"]
    assert [p.title.text().split("<br>")[0] for p in dense[2:]] == ["z = 2", "z = 4", "z = 16"]
    original = dense[0].view.image()
    np.testing.assert_allclose(original, r.digit, atol=1e-6)
    np.testing.assert_allclose(dense[1].view.image(), r.model_input, atol=1e-6)
    shown = []
    for pane in dense[2:]:
        own = _own_reconstruction(folder, pane.key, r.model_input)  # what the model saw
        np.testing.assert_allclose(pane.view.image(), own, atol=2e-5, err_msg=pane.key)
        words = pane.caption.text().split()
        assert words[0] == "MSE", pane.caption.text()
        expected = float(np.mean((own.astype(np.float64) - original) ** 2))  # vs the clean digit
        assert float(words[1]) == pytest.approx(expected, abs=5e-5 + 1e-9), pane.key
        shown.append(pane.view.image())
    assert not np.allclose(shown[0], shown[2], atol=1e-3)  # each size its own picture

    conv = _row_panes(v.rows["conv_z"])
    assert [p.key for p in conv] == ["original", "input", "conv_z4"]
    np.testing.assert_allclose(conv[2].view.image(),
                               _own_reconstruction(folder, "conv_z4", r.model_input), atol=1e-4)

    # The canvas digit's own errors on the curve: the same numbers as the row.
    x, y = v.curve.digit_items[("mse", "dense_z")].getData()
    assert list(np.round(2 ** x).astype(int)) == [2, 4, 16]
    i = {n: k for k, n in enumerate(v.result.models)}
    np.testing.assert_allclose(y, [v.result.mse[i[n]] for n in ("dense_z2", "dense_z4",
                                                                  "dense_z16")])


def test_computes_only_while_visible(make_window, folder, qtbot):
    w = make_window([folder])
    v = w.bottleneck_view
    stroke(w.canvas, SEVEN)
    qtbot.waitUntil(lambda: w.last_result is not None and not w.last_result.empty
                    and not w.engine.live_busy, timeout=60000)
    qtbot.wait(200)
    assert v.jobs_sent == 0 and v.result is None
    w.bottleneck_action.trigger()  # opening it shows the digit already drawn
    qtbot.waitUntil(lambda: _answered(w), timeout=90000)
    assert v.jobs_sent == 1
    v.hide()
    stroke(w.canvas, [(0.2, 0.8), (0.8, 0.8)])
    qtbot.waitUntil(lambda: not w.engine.live_busy
                    and w.last_result.request_id > v.result.tag, timeout=60000)
    qtbot.wait(200)
    assert v.jobs_sent == 1


def test_rate_distortion_points_are_the_models_test_figures(make_window, folder, qtbot):
    w = make_window([folder])
    w.bottleneck_action.trigger()
    v = w.bottleneck_view
    curve = v.curve
    # All of these are the user's: markers, no line.
    assert set(curve.items) == {(m, a, False) for m in ("mse", "bce")
                                for a in ("dense_z", "conv_z")}
    for metric in ("mse", "bce"):
        item = curve.items[(metric, "dense_z", False)]
        assert item.opts["pen"] is None and item.opts["symbol"] == "star"
        x, y = item.getData()
        assert list(np.round(2 ** x).astype(int)) == [2, 4, 16]
        expected = [_metadata(folder, f"dense_z{z}")["metrics"][metric] for z in (2, 4, 16)]
        np.testing.assert_allclose(y, expected, rtol=1e-12)
        x, y = curve.items[(metric, "conv_z", False)].getData()
        assert list(x) == [2.0]
        assert y[0] == pytest.approx(_metadata(folder, "conv_z4")["metrics"][metric], rel=1e-12)
    tips = [t for s in curve._tips for t in s.data["data"]]
    assert any("z = 16" in t and f"{_metadata(folder, 'dense_z16')['metrics']['mse']:.4f}" in t
               for t in tips)

    # A shipped family draws a line; a size the user trained beside it stays a marker.
    infos = [dataclasses.replace(i, shipped=i.name in ("dense_z2", "dense_z16"))
             for i in w.infos.values()]
    w.engine.models_loaded.emit(infos, [])
    line = curve.items[("mse", "dense_z", True)]
    assert line.opts["pen"] is not None
    x, _ = line.getData()
    assert list(np.round(2 ** x).astype(int)) == [2, 16]
    x, y = curve.items[("mse", "dense_z", False)].getData()
    assert list(np.round(2 ** x).astype(int)) == [4]
    assert y[0] == _metadata(folder, "dense_z4")["metrics"]["mse"]
    legend = {lbl.text for _, lbl in curve.plots["mse"].plotItem.legend.items}
    assert any("shipped" in t for t in legend) and any("trained by you" in t for t in legend)

    # A size trained now appears after the reload, on the curve and in the row.
    _train(folder, "dense_z", 8)
    w.reload_models()
    qtbot.waitUntil(lambda: "dense_z8" in w.infos, timeout=60000)
    x, y = curve.items[("bce", "dense_z", False)].getData()
    assert list(np.round(2 ** x).astype(int)) == [2, 4, 8, 16]
    assert y[2] == _metadata(folder, "dense_z8")["metrics"]["bce"]
    assert [p.key for p in _row_panes(v.rows["dense_z"])][1:] == [
        "dense_z2", "dense_z4", "dense_z8", "dense_z16"]  # no noise: no input pane


def test_shipped_family_starts_hidden_in_the_main_grid(make_window, folder, settings, qtbot):
    family = {"dense_z2", "dense_z4", "dense_z16"}
    w = make_window([folder])
    # Models the user trained stay in the grid, family or not.
    assert all(w.panes.is_model_visible(n) for n in w.infos) and not w.hidden

    def as_shipped(window):  # the engine's answer for these files in the shipped folder
        infos = [dataclasses.replace(i, shipped=i.name in family) for i in window.infos.values()]
        window.engine.models_loaded.emit(infos, [])

    as_shipped(w)
    assert family <= w.hidden
    for name in family:
        assert not w.panes.is_model_visible(name)
        assert name not in w.model_list.checked()
        assert not next(a for a in w.show_menu.actions() if a.text() == name).isChecked()
    assert "conv_z4" in w.shown_models() and not family & set(w.shown_models())
    # The Bottleneck view shows them all the same.
    assert set(w.bottleneck_view.family_names()) == family | {"conv_z4"}

    # Shown by the user: stays shown, in this session (a reload) and the next one.
    w.model_list.set_checked("dense_z4", True)
    assert w.panes.is_model_visible("dense_z4")
    as_shipped(w)
    assert w.panes.is_model_visible("dense_z4")
    w.close()
    w2 = make_window([folder])
    as_shipped(w2)
    assert w2.panes.is_model_visible("dense_z4")
    assert not w2.panes.is_model_visible("dense_z2") and not w2.panes.is_model_visible("dense_z16")
    # …and hidden again by the user, it stays hidden.
    w2.model_list.set_checked("dense_z2", True)
    w2.model_list.set_checked("dense_z4", False)
    w2.close()
    w3 = make_window([folder])
    as_shipped(w3)
    assert w3.panes.is_model_visible("dense_z2") and not w3.panes.is_model_visible("dense_z4")
