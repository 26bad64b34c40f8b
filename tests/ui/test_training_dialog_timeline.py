"""The training dialog's latent size (bottleneck families only) and the replay of a finished
run (its timeline, as RunFinished carries it and the checkpoint stores it)."""

from __future__ import annotations

import numpy as np
import pytest

from ae_desktop.core.latent.records import tile
from ae_desktop.core.models import get_spec
from ae_desktop.core.store.checkpoints import load_checkpoint
from ae_desktop.core.store.model_info import ModelInfo
from ae_desktop.ui.training_dialog import LATENT_SETTING, TrainingDialog
from ae_desktop.workers.tasks import TaskRunner
from ae_desktop.workers.training import TrainingRunner


@pytest.fixture
def make_dialog(qtbot, settings, monkeypatch, full_mnist_dir):
    monkeypatch.setenv("AE_DESKTOP_DATA", str(full_mnist_dir))
    made = []

    def make(models=()):
        runner, tasks = TrainingRunner(), TaskRunner("tasks")
        d = TrainingDialog(settings, runner, tasks, list(models))
        qtbot.addWidget(d)
        d.show()
        made.append((runner, tasks))
        return d

    yield make
    for runner, tasks in made:
        runner.stop()
        tasks.stop()


def _info(name: str, arch: str, z: int) -> ModelInfo:
    return ModelInfo(name=name, architecture=arch, description="", params=1, latent_shape=(z,),
                     path=f"/models/{name}.safetensors", metrics={}, history={}, training={},
                     summary="", epochs=1, training_time_s=1.0, shipped=False)


def test_the_latent_size_is_a_choice_for_the_bottleneck_families_only(make_dialog):
    d = make_dialog()
    d.arch.select("dense_z")
    spec = get_spec("dense_z")
    assert d.latent.isEnabled()
    assert (d.latent.minimum(), d.latent.maximum()) == spec.latent_range
    assert d.latent.value() == spec.latent_shape[0] == 16
    assert d.name.text() == "my_dense_z16"
    d.latent.setValue(8)
    assert d.name.text() == "my_dense_z8"  # the proposal follows the size
    cfg = d.config()
    assert cfg.architecture == "dense_z" and cfg.latent_size == 8
    cfg.validate()

    d.arch.select("conv_upsampling")  # a fixed code: shown, greyed out, not sent
    assert not d.latent.isEnabled()
    assert d.latent.value() == 128  # its 8x4x4 code
    assert d.config().latent_size is None
    assert d.name.text() == "my_conv_upsampling"

    d.arch.select("conv_z")
    assert d.latent.isEnabled() and d.config().latent_size == 16
    d.name.setText("mine")
    d.latent.setValue(4)
    assert d.name.text() == "mine"  # a name the user typed is kept


def test_continue_from_offers_only_models_of_the_chosen_size(make_dialog):
    d = make_dialog([_info("a8", "dense_z", 8), _info("b16", "dense_z", 16),
                     _info("c8", "dense_z", 8), _info("conv8", "conv_z", 8)])
    d.arch.select("dense_z")
    d.latent.setValue(8)
    assert [d.continue_from.itemText(i) for i in range(d.continue_from.count())] == ["a8", "c8"]
    d.latent.setValue(16)
    assert [d.continue_from.itemText(i) for i in range(d.continue_from.count())] == ["b16"]
    d.latent.setValue(32)
    assert d.continue_from.count() == 0 and not d.continue_box.isEnabled()


def test_a_finished_run_is_replayed_with_its_timeline(make_dialog, qtbot, settings):
    d = make_dialog()
    assert not d.run_tabs.isTabEnabled(1)  # nothing to replay yet
    d.arch.select("dense_z")
    d.latent.setValue(2)  # a 2-D code: the replay has a plane
    d.epochs.setValue(1)
    d.use_subset.setChecked(True)
    d.subset.setValue(2048)
    d.name.setText("tiny_z2")
    ended = []
    d.runner.ended.connect(ended.append)
    assert d.start(), d.last_message
    qtbot.waitUntil(lambda: d.saved_path is not None, timeout=120_000)

    lm = load_checkpoint(d.saved_path)
    assert lm.metadata["latent_size"] == 2 and lm.spec.latent_shape == (2,)
    assert settings.value(LATENT_SETTING, 0, int) == 2  # remembered
    t = lm.timeline
    assert t is not None and t.frames == 5  # 16 batches: 4 points inside the epoch + its end
    assert ended[0].timeline.frames == t.frames
    # The Replay tab shows at once, at the end of the run, with the saved pictures.
    assert d.run_tabs.isTabEnabled(1) and d.run_tabs.currentWidget() is d.replay
    r = d.replay
    assert r.frame() == t.frames - 1
    for i in (t.frames - 1, 0):
        r.set_frame(i)
        assert np.array_equal(r.shown_strip(), tile(np.concatenate([t.inputs, t.recon[i]]),
                                                    2, len(t.inputs)))
        assert np.array_equal(r.shown_points(), t.scatter[i].astype(np.float32))
    assert r.position.text() == "epoch 0.062 of 1"
    assert r.curves.getPlotItem().getAxis("left").labelText == "loss (BCE per pixel)"

    # A new dialog for the same family starts from the size used last.
    d2 = make_dialog()
    d2.arch.select("dense_z")
    assert d2.latent.value() == 2
    # A new run puts the live view back and has nothing to replay until it ends.
    d.name.setText("tiny_z2_again")
    d.epochs.setValue(50)
    assert d.start(), d.last_message
    assert not d.run_tabs.isTabEnabled(1) and d.run_tabs.currentIndex() == 0
    assert d.replay.timeline is None
    d.cancel()
    qtbot.waitUntil(lambda: not d.runner.running, timeout=10_000)
    assert not d.run_tabs.isTabEnabled(1)
