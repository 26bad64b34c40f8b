"""The live lane through the engine client: latest wins, failures, and real answers.

Ported from the tests of the in-process ``InferenceRunner`` that the engine replaced;
the latest-wins bookkeeping itself is tested without Qt in test_latest_wins.py.
"""

from __future__ import annotations

import numpy as np
import pytest

from ae_desktop.core.live.noise import NoiseSettings
from ae_desktop.core.live.records import LiveRequest


def _empty_request(client) -> LiveRequest:
    return LiveRequest(client.new_request_id(), np.zeros((280, 280), np.float32),
                       NoiseSettings(), ())


def test_many_requests_while_one_is_in_flight_only_the_first_and_the_last_show(client, qtbot):
    shown: list[int] = []
    client.reconstruction_ready.connect(lambda r: shown.append(r.request_id))
    dropped = client.live_dropped
    # Answers reach the client on this (the GUI) thread only, so all 20 are submitted
    # while the first is in flight: the 18 in between are replaced, never sent.
    requests = [_empty_request(client) for _ in range(20)]
    for r in requests:
        client.submit(r)
    assert client.live_busy and client.live_dropped - dropped == 18
    qtbot.waitUntil(lambda: bool(shown) and shown[-1] == requests[-1].request_id,
                    timeout=10_000)
    assert shown == [requests[0].request_id, requests[-1].request_id]
    qtbot.waitUntil(lambda: not client.live_busy, timeout=5_000)


def test_a_failed_reconstruction_reaches_the_gui_and_the_next_one_is_answered(client, qtbot):
    bad = LiveRequest(client.new_request_id(), np.zeros(3, np.float32), NoiseSettings(), ())
    with qtbot.waitSignal(client.live_failed, timeout=10_000) as failed:
        client.submit(bad)
    assert "reconstruction failed" in failed.args[0] and "2-D" in failed.args[0]
    good = _empty_request(client)
    with qtbot.waitSignal(client.reconstruction_ready, timeout=10_000) as ready:
        client.submit(good)
    assert ready.args[0].request_id == good.request_id


def test_a_real_request_answers_with_each_models_reconstruction_of_the_noised_digit(
        client, qtbot):
    from ae_desktop.core.compute.reconstruct import reconstruct_batch
    from ae_desktop.core.data.idx import load_test
    from ae_desktop.core.live.noise import apply_noise
    from ae_desktop.core.store.checkpoints import load_checkpoint
    from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR

    names = ("dense_100", "denoising_dense")
    digit = load_test().float_images()[0, 0]  # a 7
    raster = np.kron(digit, np.ones((10, 10), np.float32))  # drawn 10x larger on the canvas
    noise = NoiseSettings("gaussian", 0.25, seed=3)  # the denoising tutorial's noise
    request = LiveRequest(client.new_request_id(), raster, noise, names)
    with qtbot.waitSignal(client.reconstruction_ready, timeout=30_000) as ready:
        client.submit(request)
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
