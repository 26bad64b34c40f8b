"""The lessons' job (ReconstructDigits): in this process, and through a real engine."""

from __future__ import annotations

import numpy as np
import pytest

from ae_desktop.core.data.idx import load_test
from ae_desktop.core.live.noise import NoiseSettings, apply_noise
from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR
from ae_desktop.engine.jobs import HANDLERS, JobState, ModelNotLoaded, reconstruct_digits
from ae_desktop.engine.protocol import ReconstructDigits, Reconstructions

INDICES = (0, 7, 42, 1234, 9999)


@pytest.fixture(scope="module")
def shipped():
    from ae_desktop.core.live.models import load_for_live_use

    return load_for_live_use([SHIPPED_MODELS_DIR]).models


@pytest.fixture(scope="module")
def state():
    return JobState()


def _clean(indices) -> np.ndarray:
    test = load_test()
    return test.images[list(indices)].astype(np.float32) / 255.0


def test_the_handler_is_registered():
    assert HANDLERS[ReconstructDigits] is reconstruct_digits


def test_clean_digits_come_back_with_the_models_reconstructions(shipped, state):
    from ae_desktop.core.compute.reconstruct import reconstruct_batch

    for name in ("conv_upsampling", "dense_100", "vae_2d"):
        r = reconstruct_digits(ReconstructDigits(name, INDICES), shipped, state)
        assert isinstance(r, Reconstructions)
        assert r.model == name and r.indices == INDICES
        clean = _clean(INDICES)
        assert r.originals.shape == r.inputs.shape == r.outputs.shape == (5, 28, 28)
        np.testing.assert_array_equal(r.originals, clean)
        np.testing.assert_array_equal(r.inputs, clean)
        np.testing.assert_allclose(r.outputs, reconstruct_batch(shipped[name], clean), atol=1e-6)
        assert r.outputs.min() >= 0.0 and r.outputs.max() <= 1.0
        np.testing.assert_array_equal(r.labels, load_test().labels[list(INDICES)])
        np.testing.assert_allclose(r.mse, ((r.outputs - clean) ** 2).mean(axis=(1, 2)))


def test_noised_digits_are_compared_with_the_clean_ones(shipped, state):
    from ae_desktop.core.compute.reconstruct import reconstruct_batch

    noise = NoiseSettings("gaussian", 0.5, 3)
    r = reconstruct_digits(ReconstructDigits("denoising_dense", INDICES, noise), shipped, state)
    clean = _clean(INDICES)
    np.testing.assert_array_equal(r.originals, clean)
    np.testing.assert_array_equal(r.inputs, apply_noise(clean, noise))
    assert not np.array_equal(r.inputs, clean)
    np.testing.assert_allclose(r.outputs, reconstruct_batch(shipped["denoising_dense"], r.inputs),
                               atol=1e-6)
    np.testing.assert_allclose(r.mse, ((r.outputs - clean) ** 2).mean(axis=(1, 2)))
    # The same noise, the same digits: the plain model's error is larger (the lesson's point).
    plain = reconstruct_digits(ReconstructDigits("conv_upsampling", INDICES, noise), shipped,
                               state)
    np.testing.assert_array_equal(plain.inputs, r.inputs)
    assert r.mse.mean() < plain.mse.mean()


@pytest.mark.parametrize("indices", [(), (-1,), (10_000,), (0, 10_000)])
def test_bad_indices_are_refused(shipped, state, indices):
    with pytest.raises(ValueError, match="digit"):
        reconstruct_digits(ReconstructDigits("dense_100", indices), shipped, state)


def test_an_unknown_model_is_refused(shipped, state):
    with pytest.raises(ModelNotLoaded, match="no_such_model"):
        reconstruct_digits(ReconstructDigits("no_such_model", (1, 2)), shipped, state)


def test_through_the_engine(client, qtbot, shipped):
    """The engine's answer equals this process's computation; a bad job fails with a reason."""
    from ae_desktop.core.compute.reconstruct import reconstruct_batch

    done, failed = {}, {}
    client.job_done.connect(lambda jid, res: done.__setitem__(jid, res))
    client.job_failed.connect(lambda jid, msg: failed.__setitem__(jid, msg))
    noise = NoiseSettings("gaussian", 0.5, 11)
    ok = client.submit_job(ReconstructDigits("denoising_dense", INDICES, noise), key="lessons/a")
    bad = client.submit_job(ReconstructDigits("dense_100", (10_000,)), key="lessons/b")
    qtbot.waitUntil(lambda: ok in done and bad in failed, timeout=60_000)
    r = done[ok]
    clean = _clean(INDICES)
    np.testing.assert_array_equal(r.originals, clean)
    np.testing.assert_array_equal(r.inputs, apply_noise(clean, noise))
    np.testing.assert_allclose(r.outputs, reconstruct_batch(shipped["denoising_dense"], r.inputs),
                               atol=2e-3)
    assert "indices" in failed[bad]
