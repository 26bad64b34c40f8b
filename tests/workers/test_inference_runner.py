"""Latest-wins, tested deterministically with a compute step we can hold and release."""

import threading

import numpy as np
import pytest

from ae_desktop.core.live.compute import LiveRequest, LiveResult
from ae_desktop.core.live.noise import NoiseSettings
from ae_desktop.workers import inference


def _request(runner, value=0.0):
    return LiveRequest(runner.new_request_id(), np.full((28, 28), value, np.float32),
                       NoiseSettings(), ())


def test_many_requests_while_one_runs_only_the_last_one_runs_and_shows(qtbot, monkeypatch):
    gate = threading.Event()
    ran: list[int] = []

    def fake_compute(request, models):
        ran.append(request.request_id)
        if request.request_id == 1:
            gate.wait(10)  # hold the first request until the test has queued the rest
        z = np.zeros((28, 28), np.float32)
        return LiveResult(request.request_id, z, z, z, True, {}, request.submitted_at, 0.0)

    monkeypatch.setattr(inference, "compute", fake_compute)
    runner = inference.InferenceRunner()
    shown: list[int] = []
    runner.reconstruction_ready.connect(lambda r: shown.append(r.request_id))
    try:
        for _ in range(20):
            runner.submit(_request(runner))
        assert runner.busy and runner.dropped == 18  # 2..19 were replaced while pending
        gate.set()
        qtbot.waitUntil(lambda: bool(shown) and shown[-1] == 20, timeout=10000)
        assert ran == [1, 20]
        assert shown == [1, 20]
        qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    finally:
        runner.stop()


def test_a_stale_result_is_never_shown_after_a_newer_one(qtbot, monkeypatch):
    monkeypatch.setattr(inference, "compute", lambda r, m: LiveResult(
        r.request_id, *(np.zeros((28, 28), np.float32),) * 3, True, {}, 0.0, 0.0))
    runner = inference.InferenceRunner()
    shown: list[int] = []
    runner.reconstruction_ready.connect(lambda r: shown.append(r.request_id))
    try:
        newer = _request(runner)
        older_id = newer.request_id - 1
        runner.submit(newer)
        qtbot.waitUntil(lambda: shown == [newer.request_id], timeout=5000)
        stale = LiveRequest(older_id, newer.raster, NoiseSettings(), ())
        runner.submit(stale)
        qtbot.waitUntil(lambda: runner.completed == 2 and not runner.busy, timeout=5000)
        assert shown == [newer.request_id]
    finally:
        runner.stop()


def test_worker_errors_reach_the_gui_and_the_runner_keeps_working(qtbot, monkeypatch):
    calls = []

    def flaky(request, models):
        calls.append(request.request_id)
        if len(calls) == 1:
            raise RuntimeError("boom")
        z = np.zeros((28, 28), np.float32)
        return LiveResult(request.request_id, z, z, z, True, {}, 0.0, 0.0)

    monkeypatch.setattr(inference, "compute", flaky)
    monkeypatch.setattr(inference.traceback, "print_exc", lambda: None)
    runner = inference.InferenceRunner()
    try:
        with qtbot.waitSignal(runner.inference_failed, timeout=5000) as blocker:
            runner.submit(_request(runner))
        assert "boom" in blocker.args[0]
        with qtbot.waitSignal(runner.reconstruction_ready, timeout=5000):
            runner.submit(_request(runner))
    finally:
        runner.stop()


def test_a_real_request_answers_with_each_models_reconstruction_of_the_noised_digit(
        qtbot, tmp_path):
    import shutil

    from ae_desktop.core.compute.reconstruct import reconstruct_batch
    from ae_desktop.core.data.idx import load_test
    from ae_desktop.core.live.noise import apply_noise
    from ae_desktop.core.store.checkpoints import load_checkpoint
    from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR

    names = ("dense_100", "denoising_dense")
    for n in names:
        for suffix in (".json", ".safetensors"):
            shutil.copy(SHIPPED_MODELS_DIR / f"{n}{suffix}", tmp_path)
    digit = load_test().float_images()[0, 0]  # a 7
    raster = np.kron(digit, np.ones((10, 10), np.float32))  # drawn 10x larger on the canvas
    noise = NoiseSettings("gaussian", 0.25, seed=3)  # the denoising tutorial's noise
    runner = inference.InferenceRunner()
    try:
        with qtbot.waitSignal(runner.models_loaded, timeout=30000) as loaded:
            runner.load_models([tmp_path])
        assert sorted(i.name for i in loaded.args[0]) == sorted(names) and loaded.args[1] == []
        request = LiveRequest(runner.new_request_id(), raster, noise, names)
        with qtbot.waitSignal(runner.reconstruction_ready, timeout=30000) as ready:
            runner.submit(request)
    finally:
        runner.stop()
    res = ready.args[0]
    assert res.request_id == request.request_id and not res.empty
    assert np.mean((res.digit - digit) ** 2) < 1e-3  # preprocessing gave the 7 back
    assert np.array_equal(res.model_input, apply_noise(res.digit, noise))
    assert sorted(res.answers) == sorted(names)
    for n in names:
        a = res.answers[n]
        want = reconstruct_batch(load_checkpoint(SHIPPED_MODELS_DIR / n), res.model_input[None])[0]
        assert np.abs(a.output - want).max() < 1e-4
        assert a.mse == pytest.approx(float(np.mean((a.output - res.digit) ** 2)), rel=1e-5)
    # The model trained for noise cleans it best (model card: 0.0074 vs 0.0220 on this noise).
    assert res.answers["denoising_dense"].mse < 0.6 * res.answers["dense_100"].mse
