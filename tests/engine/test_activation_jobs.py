"""The layer-activations job: quantisation, the handler on the shipped models, a real engine."""

from __future__ import annotations

import pickle
import time

import numpy as np
import pytest

from ae_desktop.core.data.idx import load_test
from ae_desktop.core.live.noise import NoiseSettings, apply_noise
from ae_desktop.core.live.preprocess import preprocess
from ae_desktop.core.models.activations import layer_outputs
from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR
from ae_desktop.engine import jobs
from ae_desktop.engine.activation_jobs import (
    ActivationLayer,
    Activations,
    ComputeActivations,
    compute_activations,
    quantise,
)

# The largest answer, a 2-D conv model's 90,162 values over 12 panels, as uint8 plus two
# float32 per channel and the records around them.
MAX_PICKLED_BYTES = 100_000


@pytest.fixture(scope="module")
def shipped():
    """The shipped models prepared exactly as the engine prepares them (conv models in
    channels_last)."""
    from ae_desktop.core.live.models import load_for_live_use

    return load_for_live_use([SHIPPED_MODELS_DIR]).models


@pytest.fixture(scope="module")
def seven() -> np.ndarray:
    return load_test().images[0].astype(np.float32) / 255.0


def test_the_handler_is_registered():
    assert jobs.HANDLERS[ComputeActivations] is compute_activations


@pytest.mark.parametrize("shape", [(8, 7, 7), (256,), (1, 28, 28), (2,)])
def test_quantisation_keeps_each_channel_to_half_a_step(shape):
    rng = np.random.default_rng(3)
    v = rng.standard_normal(shape).astype(np.float32)
    if len(shape) == 3:  # channels of very different sizes
        v *= rng.uniform(0.01, 50, size=(shape[0], 1, 1)).astype(np.float32)
    q, lo, hi = quantise(v)
    assert q.dtype == np.uint8 and q.shape == v.shape
    channels = shape[0] if len(shape) == 3 else 1
    assert lo.shape == hi.shape == (channels,) and lo.dtype == hi.dtype == np.float32
    layer = ActivationLayer("encoder", "Conv2d", (), False, "", 0, None, None, None, q, lo, hi)
    back = layer.values()
    step = ((hi - lo) / 255.0).reshape((channels,) + (1,) * (len(shape) - 1))
    flat_v = v.reshape(channels, -1)
    assert np.all(np.abs(back.reshape(channels, -1) - flat_v) <= step.reshape(channels, 1)
                  * 0.5 + 1e-6)
    # Each channel's extremes are exact: a small channel is not drowned by a large one.
    np.testing.assert_allclose(back.reshape(channels, -1).min(axis=1), flat_v.min(axis=1),
                               rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(back.reshape(channels, -1).max(axis=1), flat_v.max(axis=1),
                               rtol=1e-5, atol=1e-6)


def test_a_constant_channel_comes_back_exactly():
    v = np.stack([np.full((4, 4), -0.3, np.float32), np.arange(16, dtype=np.float32)
                  .reshape(4, 4)])
    q, lo, hi = quantise(v)
    layer = ActivationLayer("decoder", "Conv2d", (), False, "", 0, None, None, None, q, lo, hi)
    np.testing.assert_array_equal(layer.values()[0], v[0])
    np.testing.assert_allclose(layer.values()[1], v[1], atol=1e-5)


def test_every_shipped_model_answers_with_its_layers(shipped, seven):
    """The handler's answer is the core's panels, quantised; small enough for the pipe."""
    for name, lm in shipped.items():
        result = compute_activations(ComputeActivations(name, seven, tag=7), shipped, None)
        assert isinstance(result, Activations)
        assert (result.model, result.architecture, result.tag) == (name, lm.spec.name, 7)
        want = layer_outputs(lm.model, lm.spec, seven, device_of=lm)
        assert [a.shape for a in result.layers] == [w.shape for w in want]
        assert [(a.part, a.kind, a.then, a.is_code, a.role) for a in result.layers] == [
            (w.part, w.kind, w.then, w.is_code, w.role) for w in want]
        for a, w in zip(result.layers, want, strict=True):
            span = (a.hi - a.lo).max()
            np.testing.assert_allclose(a.values(), w.values, atol=span / 255 * 0.5 + 1e-5)
        code = next(a for a in result.layers if a.is_code)
        assert code.shape == tuple(lm.spec.latent_shape)
        assert result.layers[0].shape == result.layers[-1].shape == (1, 28, 28)
        size = len(pickle.dumps(result))
        assert size <= MAX_PICKLED_BYTES, (name, size)
        assert result.nbytes <= size


def test_the_reconstruction_is_the_panes_one(shipped):
    """From a live result's model input (preprocessed, noised) to what its pane shows."""
    from ae_desktop.core.compute.reconstruct import reconstruct_batch

    raster = np.zeros((280, 280), np.float32)
    raster[60:220, 130:150] = 1.0  # a '1'
    digit = apply_noise(preprocess(raster), NoiseSettings("gaussian", 0.2, 5))
    for name in ("dense_100", "conv_selu", "vae_2d"):
        result = compute_activations(ComputeActivations(name, digit), shipped, None)
        np.testing.assert_allclose(result.layers[0].values()[0], digit, atol=0.5 / 255 + 1e-6)
        pane = reconstruct_batch(shipped[name], digit[None])[0]
        np.testing.assert_allclose(result.layers[-1].values()[0], pane, atol=0.5 / 255 + 1e-5)


@pytest.mark.parametrize("digit", [np.zeros((27, 28), np.float32),
                                   np.full((28, 28), np.nan, np.float32)])
def test_a_bad_digit_is_refused(shipped, digit):
    with pytest.raises(ValueError, match="28x28"):
        compute_activations(ComputeActivations("dense_100", digit), shipped, None)


def test_an_unknown_model_is_refused(shipped, seven):
    with pytest.raises(jobs.ModelNotLoaded):
        compute_activations(ComputeActivations("no_such_model", seven), shipped, None)


def test_through_the_engine(client, qtbot, seven, shipped):
    done, failed = {}, {}
    client.job_done.connect(lambda j, r: done.__setitem__(j, r))
    client.job_failed.connect(lambda j, m: failed.__setitem__(j, m))
    t0 = time.perf_counter()
    ok = client.submit_job(ComputeActivations("conv_2d", seven, tag=3), key="activations")
    qtbot.waitUntil(lambda: ok in done or ok in failed, timeout=60_000)
    assert ok in done, failed.get(ok)
    result = done[ok]
    round_trip = time.perf_counter() - t0
    assert isinstance(result, Activations) and result.tag == 3
    local = compute_activations(ComputeActivations("conv_2d", seven), shipped, None)
    assert [a.shape for a in result.layers] == [a.shape for a in local.layers]
    for a, b in zip(result.layers, local.layers, strict=True):
        # One torch thread in each process: the same numbers but for rounding.
        np.testing.assert_allclose(a.values(), b.values(),
                                   atol=2e-3 + 2 * float((a.hi - a.lo).max()) / 255)
    assert result.compute_s < round_trip
    bad = client.submit_job(ComputeActivations("conv_2d", np.zeros(5, np.float32)),
                            key="activations-bad")
    qtbot.waitUntil(lambda: bad in failed or bad in done, timeout=60_000)
    assert "28x28" in failed[bad]
