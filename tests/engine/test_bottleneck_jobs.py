"""The bottleneck view's job, run in a real engine process on briefly trained family members."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from ae_desktop.core.data.idx import load_test
from ae_desktop.core.live.noise import NoiseSettings, apply_noise
from ae_desktop.core.live.preprocess import preprocess
from ae_desktop.core.store.checkpoints import load_checkpoint, save_checkpoint
from ae_desktop.core.train.trainer import TrainConfig, run
from ae_desktop.engine.bottleneck_jobs import (
    FamilyReconstructions,
    ReconstructFamily,
    reconstruct_family,
)
from ae_desktop.engine.client import EngineClient
from ae_desktop.engine.jobs import HANDLERS

SIZES = (2, 8, 32)  # trained in this order on purpose: the job keeps the order asked


@pytest.fixture(scope="module")
def family(tmp_path_factory):
    """Three dense_z members, one epoch on 512 test digits each (about 2 s apiece)."""
    folder = tmp_path_factory.mktemp("bottleneck_family")
    digits = load_test().images[:512]
    for z in SIZES:
        res = run(TrainConfig("dense_z", epochs=1, batch_size=64, latent_size=z,
                              precision="fp32", final_eval=False, val_limit=50),
                  train_images=digits)
        save_checkpoint(folder / f"dense_z{z}", res.model, "dense_z", res.metadata)
    return folder


@pytest.fixture
def family_client(qtbot, family):
    c = EngineClient()
    loaded = []
    c.models_loaded.connect(lambda infos, failures: loaded.append((infos, failures)))
    c.load_models([family])
    qtbot.waitUntil(lambda: bool(loaded), timeout=60_000)
    infos, failures = loaded[0]
    assert not failures and sorted(i.name for i in infos) == sorted(f"dense_z{z}" for z in SIZES)
    yield c
    c.stop()


def _own_reconstruction(path, digit: np.ndarray) -> np.ndarray:
    """The model's forward pass, straight from its checkpoint (no app reconstruction code)."""
    lm = load_checkpoint(path)
    lm.model.eval()
    with torch.no_grad():
        x = torch.from_numpy(digit.astype(np.float32)).reshape(1, 1, 28, 28)
        return lm.model(x).reshape(28, 28).numpy()  # dense_z: [0, 1] in and out (sigmoid)


def _drawn_digit() -> np.ndarray:
    """A test digit as the canvas would hold it (280x280), preprocessed like the live path."""
    img = load_test().images[7].astype(np.float32) / 255.0
    return preprocess(np.kron(img, np.ones((10, 10), np.float32)))


def test_the_job_is_registered_with_the_engine():
    assert HANDLERS[ReconstructFamily] is reconstruct_family


def test_each_reconstruction_is_the_models_own(family_client, family, qtbot):
    target = _drawn_digit()
    digit = apply_noise(target, NoiseSettings("gaussian", 0.2, seed=5))
    assert not np.array_equal(digit, target)
    names = ("dense_z32", "dense_z2", "dense_z8")
    done, failed = {}, {}
    family_client.job_done.connect(lambda jid, res: done.__setitem__(jid, res))
    family_client.job_failed.connect(lambda jid, msg: failed.__setitem__(jid, msg))
    job = family_client.submit_job(ReconstructFamily(names, digit, target, tag=11),
                                   key="bottleneck", cancel_running=True)
    qtbot.waitUntil(lambda: job in done or job in failed, timeout=30_000)
    assert job in done, failed.get(job)
    res = done[job]
    assert isinstance(res, FamilyReconstructions)
    assert res.models == names and res.missing == () and res.tag == 11
    assert res.outputs.shape == (3, 28, 28) and res.outputs.dtype == np.float32
    for i, name in enumerate(names):
        own = _own_reconstruction(family / name, digit)  # the noised input goes in
        np.testing.assert_allclose(res.outputs[i], own, atol=2e-5, err_msg=name)
        # Errors against the clean digit, as the live panes measure theirs.
        assert res.mse[i] == pytest.approx(float(np.mean((own - target) ** 2)), abs=1e-6)
        o = np.clip(own.astype(np.float64), 1e-7, 1 - 1e-7)
        t = target.astype(np.float64)
        bce = float(np.mean(-(t * np.log(o) + (1 - t) * np.log1p(-o))))
        assert res.bce[i] == pytest.approx(bce, abs=1e-4)
    # Different code sizes give different pictures (not one model's answer copied).
    assert not np.allclose(res.outputs[0], res.outputs[1], atol=1e-3)
    assert 0 < res.compute_s < 5


def test_a_model_gone_since_is_named_not_fatal(family_client, qtbot):
    digit = _drawn_digit()
    done, failed = {}, {}
    family_client.job_done.connect(lambda jid, res: done.__setitem__(jid, res))
    family_client.job_failed.connect(lambda jid, msg: failed.__setitem__(jid, msg))
    ok = family_client.submit_job(ReconstructFamily(("dense_z2", "gone"), digit, digit))
    bad = family_client.submit_job(ReconstructFamily(("dense_z2",), np.zeros((5, 5)), digit))
    qtbot.waitUntil(lambda: all(j in done or j in failed for j in (ok, bad)), timeout=30_000)
    assert done[ok].models == ("dense_z2",) and done[ok].missing == ("gone",)
    assert done[ok].outputs.shape == (1, 28, 28)
    assert "28x28" in failed[bad]
