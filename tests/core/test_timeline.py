"""The training timeline: recorded by the trainer, saved in the checkpoint, read back."""

import subprocess
import sys

import numpy as np
import pytest
import torch

from ae_desktop.core.models import get_spec
from ae_desktop.core.store.checkpoints import (
    CheckpointError,
    compact_checkpoint,
    load_checkpoint,
    save_checkpoint,
)
from ae_desktop.core.train import timeline as tl
from ae_desktop.core.train.config import TrainConfig
from ae_desktop.core.train.trainer import run


def _timeline(frames=6, two_d=True, seed=0) -> tl.Timeline:
    rng = np.random.default_rng(seed)
    n = 50
    return tl.Timeline(
        step=np.linspace(0.25, 3, frames).astype(np.float32),
        train_loss=rng.random(frames).astype(np.float32),
        val_loss=rng.random(frames).astype(np.float32),
        loss_name="-elbo",
        inputs=rng.integers(0, 256, (8, 28, 28), dtype=np.uint8),
        recon=rng.integers(0, 256, (frames, 8, 28, 28), dtype=np.uint8),
        scatter=rng.normal(size=(frames, n, 2)).astype(np.float16) if two_d else None,
        labels=rng.integers(0, 10, n, dtype=np.uint8) if two_d else None,
    )


def _same(a: tl.Timeline, b: tl.Timeline) -> None:
    for f in ("step", "train_loss", "val_loss", "inputs", "recon", "scatter", "labels"):
        x, y = getattr(a, f), getattr(b, f)
        assert (x is None) == (y is None), f
        if x is not None:
            assert x.dtype == y.dtype and np.array_equal(x, y), f
    assert a.loss_name == b.loss_name


def test_the_timeline_survives_a_round_trip_through_a_checkpoint(tmp_path):
    t = _timeline()
    model = get_spec("vae_2d").build()
    weights = save_checkpoint(tmp_path / "v", model, "vae_2d", {"name": "v"}, timeline=t)
    lm = load_checkpoint(tmp_path / "v")
    _same(lm.timeline, t)
    assert lm.metadata["timeline"]["frames"] == 6
    _same(tl.read_timeline(weights), t)  # the torch-free reader the window uses
    # The weights themselves are unchanged by the extra tensors.
    for k, v in model.state_dict().items():
        assert torch.equal(lm.model.state_dict()[k], v)


def test_compacting_keeps_the_timeline(tmp_path):
    t = _timeline(two_d=False)
    save_checkpoint(tmp_path / "d", get_spec("dense_z", 4).build(), "dense_z", timeline=t)
    compact_checkpoint(tmp_path / "d", lambda lm: {"bce": 0.1, "mse": 0.01, "n_test": 1})
    lm = load_checkpoint(tmp_path / "d")
    assert lm.metadata["weights_dtype"] == "float16"
    _same(lm.timeline, t)


def test_a_checkpoint_without_timeline_has_none(tmp_path):
    w = save_checkpoint(tmp_path / "m", get_spec("dense_z", 2).build(), "dense_z")
    assert load_checkpoint(tmp_path / "m").timeline is None
    assert tl.read_timeline(w) is None


@pytest.mark.parametrize("damage", [
    lambda d: d.pop("timeline.recon"),
    lambda d: d.update({"timeline.step": np.zeros(3, np.float32)}),
    lambda d: d.update({"timeline.train_loss": np.full(6, np.nan, np.float32)}),
    lambda d: d.update({"timeline.labels": np.full(50, 11, np.uint8)}),
    lambda d: d.update({"timeline.recon": np.zeros((6, 8, 28, 28), np.float32)}),
    lambda d: d.update({"timeline.extra": np.zeros(1, np.float32)}),
    lambda d: d.pop("timeline.labels"),
])
def test_a_damaged_timeline_is_refused_with_a_reason(damage):
    tensors = _timeline().to_tensors()
    damage(tensors)
    with pytest.raises(tl.TimelineError, match="timeline"):
        tl.from_tensors(tensors)


def test_a_damaged_timeline_in_a_checkpoint_is_a_checkpoint_error(tmp_path):
    from safetensors.torch import load_file, save_file

    w = save_checkpoint(tmp_path / "v", get_spec("vae_2d").build(), "vae_2d", timeline=_timeline())
    tensors = load_file(w)
    tensors["timeline.recon"] = tensors["timeline.recon"][:2]
    save_file(tensors, w)
    with pytest.raises(CheckpointError, match="timeline tensor recon"):
        load_checkpoint(tmp_path / "v")


def test_reading_a_timeline_loads_no_torch(tmp_path):
    w = save_checkpoint(tmp_path / "v", get_spec("vae_2d").build(), "vae_2d", timeline=_timeline())
    code = ("import sys; from ae_desktop.core.train.timeline import read_timeline; "
            f"t = read_timeline({str(w)!r}); print(t.frames, 'torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["6", "False"]


def test_the_trainer_records_points_in_the_first_epoch_and_every_epoch_end(full_mnist_dir):
    result = run(TrainConfig("conv_2d", epochs=2, limit=1024, batch_size=64,
                             data_dir=str(full_mnist_dir), val_limit=200, final_eval=False))
    t = result.timeline
    # 16 batches per epoch: frames after batches 1, 2, 4 and 8 of the first, then 2 epoch ends.
    assert t.step.tolist() == pytest.approx([1 / 16, 2 / 16, 4 / 16, 8 / 16, 1.0, 2.0])
    assert t.loss_name == "bce" and np.isfinite(t.val_loss).all()
    assert t.recon.shape == (6, tl.STRIP_DIGITS, 28, 28) and t.recon.dtype == np.uint8
    assert t.scatter.shape == (6, tl.SCATTER_DIGITS, 2) and t.labels.shape == (tl.SCATTER_DIGITS,)
    # The model learns: the validation loss falls and the reconstructions change.
    assert t.val_loss[-1] < t.val_loss[0]
    assert not np.array_equal(t.recon[0], t.recon[-1])
    assert t.nbytes < 100_000


def test_models_with_codes_that_are_not_2d_record_no_scatter(full_mnist_dir):
    result = run(TrainConfig("dense_z", latent_size=8, epochs=1, limit=512,
                             data_dir=str(full_mnist_dir), val_limit=100, final_eval=False))
    assert result.timeline.scatter is None and result.timeline.frames >= 2
    assert result.metadata["latent_size"] == 8
    assert result.metadata["hyperparameters"]["latent_size"] == 8
