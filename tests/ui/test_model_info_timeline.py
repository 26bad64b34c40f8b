"""Model info's Timeline tab: a checkpoint's training replayed, read without torch; a damaged
or missing timeline is said in the tab and the rest of the dialog works."""

from __future__ import annotations

import dataclasses
import shutil

import numpy as np
import pytest
from safetensors import safe_open
from safetensors.numpy import save_file

from ae_desktop.core.data.idx import load_test
from ae_desktop.core.latent.records import tile
from ae_desktop.core.store.checkpoints import load_checkpoint, save_checkpoint
from ae_desktop.core.store.model_info import ModelInfo
from ae_desktop.ui.model_info_dialog import ModelInfoDialog
from ae_desktop.ui.timeline_view import TimelineWidget


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """A 2-D model trained for one epoch, saved with its timeline, and the same model
    saved without one."""
    from ae_desktop.core.train.trainer import TrainConfig, run

    folder = tmp_path_factory.mktemp("timeline_models")
    res = run(TrainConfig("dense_z", latent_size=2, epochs=1, batch_size=64, val_limit=50,
                          final_eval=False, precision="fp32"),
              train_images=load_test().images[:2048])
    save_checkpoint(folder / "with_tl", res.model, "dense_z", res.metadata,
                    timeline=res.timeline)
    save_checkpoint(folder / "without_tl", res.model, "dense_z", res.metadata)
    infos = {n: ModelInfo.from_loaded(load_checkpoint(folder / n), shipped=False)
             for n in ("with_tl", "without_tl")}
    return folder, res.timeline, infos


def _tab_titles(d) -> list[str]:
    return [d.tabs.tabText(i) for i in range(d.tabs.count())]


def _open(qtbot, info) -> ModelInfoDialog:
    d = ModelInfoDialog(info)
    qtbot.addWidget(d)
    d.show()
    return d


def _damaged_copy(tmp_path, info: ModelInfo, change) -> ModelInfo:
    """A copy of ``info``'s weights whose timeline tensors ``change`` alters."""
    with safe_open(info.path, framework="numpy") as f:
        tensors = {k: f.get_tensor(k) for k in f.keys()}
        header = f.metadata()
    change(tensors)
    path = tmp_path / "damaged.safetensors"
    save_file(tensors, str(path), metadata=header)
    return dataclasses.replace(info, path=str(path))


def test_a_checkpoint_with_a_timeline_replays_it(qtbot, saved):
    _folder, timeline, infos = saved
    d = _open(qtbot, infos["with_tl"])
    assert _tab_titles(d) == ["About", "Summary", "Metrics", "Training curves", "Timeline"]
    assert isinstance(d.timeline_view, TimelineWidget)
    assert d.tabs.widget(4) is d.timeline_view
    d.tabs.setCurrentIndex(4)
    v = d.timeline_view
    t = d.timeline  # read from the file, without torch
    assert t.frames == timeline.frames == 6  # 5 points inside the epoch + its end
    assert np.array_equal(t.recon, timeline.recon) and np.array_equal(t.scatter,
                                                                       timeline.scatter)
    v.set_frame(2)
    assert np.array_equal(v.shown_strip(),
                          tile(np.concatenate([timeline.inputs, timeline.recon[2]]), 2, 8))
    assert np.array_equal(v.shown_points(), timeline.scatter[2].astype(np.float32))
    assert v.position.text() == "epoch 0.125 of 1"
    assert v.plane_box.isVisible()
    assert v.curves.getPlotItem().getAxis("left").labelText == "loss (BCE per pixel)"


def test_a_checkpoint_without_a_timeline_says_how_to_get_one(qtbot, saved):
    _folder, _timeline, infos = saved
    d = _open(qtbot, infos["without_tl"])
    assert _tab_titles(d)[-1] == "Timeline"
    assert d.timeline_view is None
    text = d.timeline_message.text()
    assert "without a training timeline" in text and "Train → Train model" in text


def _wrong_shape(tensors):
    tensors["timeline.recon"] = tensors["timeline.recon"][:, :3].copy()


def _wrong_type(tensors):
    tensors["timeline.step"] = tensors["timeline.step"].astype(np.float64)


@pytest.mark.parametrize(("change", "reason"), [
    (_wrong_shape, "timeline tensor recon has shape"),
    (_wrong_type, "timeline tensor step is float64"),
])
def test_a_damaged_timeline_is_said_in_its_tab(qtbot, saved, tmp_path, change, reason):
    _folder, _timeline, infos = saved
    info = _damaged_copy(tmp_path, infos["with_tl"], change)
    d = _open(qtbot, info)
    assert _tab_titles(d) == ["About", "Summary", "Metrics", "Training curves", "Timeline"]
    assert d.timeline_view is None and d.timeline is None
    text = d.timeline_message.text()
    assert "cannot be shown" in text and reason in text, text
    assert d.metrics_table.rowCount() > 0  # the rest of the dialog is there


def test_a_truncated_or_missing_file_is_said_too(qtbot, saved, tmp_path):
    _folder, _timeline, infos = saved
    info = infos["with_tl"]
    cut = tmp_path / "cut.safetensors"
    cut.write_bytes(open(info.path, "rb").read()[:500])
    d = _open(qtbot, dataclasses.replace(info, path=str(cut)))
    assert "cannot be shown" in d.timeline_message.text()
    assert "truncated" in d.timeline_message.text()
    gone = tmp_path / "gone.safetensors"
    shutil.copy(info.path, gone)
    gone.unlink()
    d = _open(qtbot, dataclasses.replace(info, path=str(gone)))
    assert "cannot be shown" in d.timeline_message.text()
    assert d.tabs.count() == 5
