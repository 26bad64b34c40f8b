"""Lesson 4's jobs (DecodePoints, NearestLabels): in this process, and through a real engine."""

from __future__ import annotations

import numpy as np
import pytest

from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR
from ae_desktop.engine.jobs import (
    HANDLERS,
    JobState,
    ModelNotLoaded,
    decode_points,
    nearest_labels,
)
from ae_desktop.engine.protocol import DecodedPoints, DecodePoints, NearestLabels, PointLabels

POINTS = np.array([[0.0, 0.0], [1.5, -2.0], [-1.0, 3.0]], np.float32)


@pytest.fixture(scope="module")
def shipped():
    from ae_desktop.core.live.models import load_for_live_use

    return load_for_live_use([SHIPPED_MODELS_DIR]).models


@pytest.fixture(scope="module")
def state():
    return JobState()


def test_the_handlers_are_registered():
    assert HANDLERS[DecodePoints] is decode_points
    assert HANDLERS[NearestLabels] is nearest_labels


def test_points_decode_like_one_point_at_a_time(shipped, state):
    for name in ("conv_2d", "vae_2d"):
        r = decode_points(DecodePoints(name, POINTS), shipped, state)
        assert isinstance(r, DecodedPoints) and r.model == name
        assert r.images.shape == (3, 28, 28)
        np.testing.assert_array_equal(r.points, POINTS)
        assert r.images.min() >= 0.0 and r.images.max() <= 1.0
        for p, img in zip(POINTS, r.images, strict=True):
            np.testing.assert_allclose(img, state.cache.decode_at(shipped[name], tuple(p)),
                                       atol=2e-2)
        assert not np.allclose(r.images[0], r.images[1])


def test_nearest_labels_are_those_of_the_nearest_test_codes(shipped, state):
    lm = shipped["conv_2d"]
    codes = state.cache.codes(lm)  # 2-D latent: the plane is the identity
    rng = np.random.default_rng(0)
    pts = rng.uniform(-3, 3, (50, 2)).astype(np.float32)
    r = nearest_labels(NearestLabels("conv_2d", pts), shipped, state)
    assert isinstance(r, PointLabels)
    d = np.sqrt(((pts[:, None, :].astype(np.float64) - codes[None]) ** 2).sum(axis=2))
    expected = d.argmin(axis=1)
    np.testing.assert_allclose(r.distances, d.min(axis=1), rtol=1e-3, atol=1e-3)
    np.testing.assert_array_equal(r.labels, state.cache.labels[r.indices])
    # ties aside, the same test digits
    assert (r.indices == expected).mean() > 0.95
    # a test code itself is its own nearest
    r = nearest_labels(NearestLabels("conv_2d", codes[:20]), shipped, state)
    np.testing.assert_array_equal(r.labels, state.cache.labels[:20])
    assert r.distances.max() < 1e-2


@pytest.mark.parametrize("points", [np.zeros((0, 2)), np.full((2, 2), np.nan),
                                    np.zeros((10_001, 2))])
def test_bad_points_are_refused(shipped, state, points):
    with pytest.raises(ValueError):
        decode_points(DecodePoints("conv_2d", points), shipped, state)
    with pytest.raises(ValueError):
        nearest_labels(NearestLabels("conv_2d", points), shipped, state)


def test_an_unknown_model_is_refused(shipped, state):
    with pytest.raises(ModelNotLoaded):
        decode_points(DecodePoints("nope", POINTS), shipped, state)


def test_through_the_engine(client, qtbot, shipped):
    done, failed = {}, {}
    client.job_done.connect(lambda jid, res: done.__setitem__(jid, res))
    client.job_failed.connect(lambda jid, msg: failed.__setitem__(jid, msg))
    ok = client.submit_job(DecodePoints("vae_2d", POINTS), key="lessons/a")
    labels = client.submit_job(NearestLabels("conv_2d", POINTS), key="lessons/b")
    bad = client.submit_job(DecodePoints("conv_2d", np.zeros((0, 2))), key="lessons/c")
    qtbot.waitUntil(lambda: ok in done and labels in done and bad in failed, timeout=60000)
    local = decode_points(DecodePoints("vae_2d", POINTS), shipped, JobState())
    np.testing.assert_allclose(done[ok].images, local.images, atol=2e-2)
    local = nearest_labels(NearestLabels("conv_2d", POINTS), shipped, JobState())
    np.testing.assert_array_equal(done[labels].labels, local.labels)
    assert "points" in failed[bad]
