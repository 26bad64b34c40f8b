"""The engine client against a real spawned engine with the shipped models."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time

import numpy as np
import pytest

from ae_desktop.core.live.noise import NoiseSettings
from ae_desktop.core.live.records import LiveRequest, LiveResult
from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR
from ae_desktop.engine.client import EngineClient
from ae_desktop.engine.protocol import EncodeTestSet, Encodings, Sleep, Slept
from tests.procutil import process_gone

LOAD_TIMEOUT_MS = 60_000


def _raster(seed: int = 0) -> np.ndarray:
    """A '7'-ish stroke on the 280x280 canvas."""
    r = np.zeros((280, 280), np.float32)
    r[60:80, 70:210] = 1.0
    c = 200 - seed * 5
    for y in range(80, 240):
        x = c - (y - 80) // 3
        r[y, x - 10:x + 10] = 1.0
    return r


def _request(client: EngineClient, names, seed: int = 0) -> LiveRequest:
    return LiveRequest(client.new_request_id(), _raster(seed),
                       NoiseSettings("gaussian", 0.2, seed=3), tuple(names))


def test_models_load_and_live_answers_equal_in_process_compute(client, qtbot):
    infos, failures = client.loaded[0]
    assert failures == []
    names = [i.name for i in infos]
    # Every shipped checkpoint: 7 architectures with a fixed code + the dense family of 7 sizes.
    shipped = sorted(p.name.removesuffix(".json") for p in SHIPPED_MODELS_DIR.glob("*.json"))
    assert sorted(names) == shipped and len(names) == 14 and all(i.metrics for i in infos)
    req = _request(client, names)
    with qtbot.waitSignal(client.reconstruction_ready, timeout=10_000) as blocker:
        client.submit(req)
    got: LiveResult = blocker.args[0]
    assert got.request_id == req.request_id and not got.empty

    from ae_desktop.core.compute.reconstruct import prepare_for_live_use
    from ae_desktop.core.live.compute import compute
    from ae_desktop.core.store.zoo import load_models

    models = {lm.name: lm for lm in load_models([SHIPPED_MODELS_DIR]).models}
    for lm in models.values():
        prepare_for_live_use(lm)
    want = compute(req, models)
    np.testing.assert_array_equal(got.digit, want.digit)
    np.testing.assert_array_equal(got.model_input, want.model_input)
    assert set(got.answers) == set(want.answers) == set(names)
    for name in names:
        np.testing.assert_allclose(got.answers[name].output, want.answers[name].output,
                                   atol=1e-5)
        np.testing.assert_allclose(got.answers[name].latent, want.answers[name].latent,
                                   atol=1e-4)
        assert got.answers[name].bce == pytest.approx(want.answers[name].bce, abs=1e-5)


def test_a_killed_engine_is_restarted_and_answers_again(client, qtbot):
    names = [i.name for i in client.loaded[0][0]]
    old = client.engine_pid
    assert old is not None
    died = []
    client.engine_died.connect(died.append)
    with qtbot.waitSignal(client.engine_restarted, timeout=10_000):
        os.kill(old, signal.SIGKILL)
    assert len(died) == 1 and "SIGKILL" in died[0]
    # The client reloads the models by itself; a new request is then answered.
    qtbot.waitUntil(lambda: len(client.loaded) == 2, timeout=LOAD_TIMEOUT_MS)
    assert client.engine_pid not in (None, old)
    req = _request(client, names, seed=1)
    with qtbot.waitSignal(client.reconstruction_ready, timeout=10_000) as blocker:
        client.submit(req)
    assert blocker.args[0].request_id == req.request_id
    assert set(blocker.args[0].answers) == set(names)


def test_restarts_are_bounded_then_a_clear_message(qtbot):
    c = EngineClient(max_restarts=1)
    died = []
    c.engine_died.connect(died.append)
    try:
        for _ in range(2):
            qtbot.waitUntil(lambda: c.engine_pid is not None, timeout=30_000)
            pid = c.engine_pid
            os.kill(pid, signal.SIGKILL)
            qtbot.waitUntil(lambda p=pid: c.engine_pid != p, timeout=10_000)
        qtbot.waitUntil(lambda: c.gave_up, timeout=10_000)
        assert "restart AE Desktop" in died[-1]
    finally:
        c.stop()


def test_stop_ends_the_engine_within_one_second(client):
    pid = client.engine_pid
    t0 = time.perf_counter()
    assert client.stop()
    took = time.perf_counter() - t0
    assert took < 1.0, took
    assert process_gone(pid)
    assert multiprocessing.active_children() == []


def test_background_job_does_not_delay_the_live_lane(client, qtbot):
    names = [i.name for i in client.loaded[0][0]]
    done = []
    client.job_done.connect(lambda jid, res: done.append((jid, res, time.perf_counter())))
    t0 = time.perf_counter()
    job = client.submit_job(Sleep(1.5, busy=True), key="busy")
    with qtbot.waitSignal(client.reconstruction_ready, timeout=10_000):
        client.submit(_request(client, names))
    live_s = time.perf_counter() - t0
    assert not done, "the live answer waited for the background job"
    assert live_s < 1.0, live_s
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert done[0][0] == job and isinstance(done[0][1], Slept)


def test_keyed_jobs_latest_wins_and_failures(client, qtbot):
    done, failed = [], []
    client.job_done.connect(lambda jid, res: done.append(jid))
    client.job_failed.connect(lambda jid, msg: failed.append((jid, msg)))
    first = client.submit_job(Sleep(0.3), key="cursor")
    client.submit_job(Sleep(0.3), key="cursor")  # replaced before it is sent
    last = client.submit_job(Sleep(0.3), key="cursor")
    bad = client.submit_job(Sleep(0.0, fail="boom"))
    qtbot.waitUntil(lambda: last in done and bool(failed), timeout=10_000)
    assert first not in done  # superseded while it ran: not delivered
    assert done == [last]
    assert failed == [(bad, "RuntimeError: boom")]


def test_encode_test_set_job(client, qtbot):
    with qtbot.waitSignal(client.job_done, timeout=30_000) as blocker:
        client.submit_job(EncodeTestSet("vae_2d", limit=500), key="encode:vae_2d")
    res = blocker.args[1]
    assert isinstance(res, Encodings) and res.codes.shape == (500, 2)
    assert res.labels.shape == (500,) and np.isfinite(res.codes).all()
