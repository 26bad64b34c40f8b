"""Cooperative cancellation: long core loops stop soon after their job is cancelled."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from ae_desktop.core.compute import cancel
from ae_desktop.core.compute.cancel import Cancelled, CancelToken, cancellable
from ae_desktop.core.data.idx import load_test
from ae_desktop.core.evaluation.robustness import robustness_curve
from ae_desktop.core.latent.clustering import kmeans
from ae_desktop.core.latent.space import DECODE_BATCH, ENCODE_BATCH, decode_codes, encode_images
from ae_desktop.core.store.checkpoints import load_checkpoint
from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR


class _Watched(CancelToken):
    """A token that tells the test when the job reached a check, and counts the checks."""

    def __init__(self) -> None:
        super().__init__()
        self.reached = threading.Event()
        self.checks = 0

    def check(self) -> None:
        self.checks += 1
        self.reached.set()
        super().check()


def _checks_in_full_run(job) -> int:
    """How many cancellation points ``job`` passes when nobody cancels it."""
    token = _Watched()
    with cancellable(token):
        job()
    return token.checks


def _cancel_while_running(job) -> tuple[BaseException | None, int]:
    """Run ``job`` on a thread under a token, cancel it once it runs.

    Returns the error it ended with and how many cancellation points it passed after
    the cancel: 1 means it stopped at the very next one. (Counted, not timed: a loaded
    machine delays the thread, not the logic; a timed bound failed under load.)
    """
    token = _Watched()
    out: dict = {}

    def run():
        try:
            with cancellable(token):
                job()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            out["error"] = exc
        out["ended"] = time.monotonic()

    t = threading.Thread(target=run)
    t.start()
    assert token.reached.wait(30)
    token.cancel()
    checks_at_cancel = token.checks
    t.join(60)
    assert not t.is_alive()
    return out.get("error"), token.checks - checks_at_cancel


@pytest.fixture(scope="module")
def conv_2d():
    return load_checkpoint(SHIPPED_MODELS_DIR / "conv_2d")


@pytest.fixture(scope="module")
def digits():
    return load_test().float_images()[:, 0]


def test_check_without_a_token_does_nothing_and_tokens_stay_in_their_thread():
    cancel.check()  # the CLI and scripts run the same code without a token
    token = CancelToken()
    token.cancel()
    seen_elsewhere = []
    with cancellable(token):
        assert cancel.cancelled()
        t = threading.Thread(target=lambda: seen_elsewhere.append(cancel.cancelled()))
        t.start()
        t.join()
        with pytest.raises(Cancelled):
            cancel.check()
    assert seen_elsewhere == [False]
    assert not cancel.cancelled()


def test_encoding_many_digits_stops_between_batches(conv_2d, digits):
    many = np.tile(digits, (6, 1, 1))  # 60,000 digits: many seconds on one core
    # A cancellation point every batch, and batches small enough (500 conv_2d encodings
    # take ~0.1 s on one core) that a stop comes soon...
    assert ENCODE_BATCH <= 500
    assert _checks_in_full_run(lambda: encode_images(conv_2d, digits[:2048])) == \
        -(-2048 // ENCODE_BATCH)
    # ...and the job stops at the first one after the cancel.
    error, after = _cancel_while_running(lambda: encode_images(conv_2d, many))
    assert isinstance(error, Cancelled)
    assert after == 1


def test_decoding_a_large_grid_stops_between_chunks(conv_2d):
    codes = np.random.default_rng(0).standard_normal((20_000, 2)).astype(np.float32)
    assert DECODE_BATCH <= 256  # a superseded grid stops within ~25 ms of decoding
    assert _checks_in_full_run(lambda: decode_codes(conv_2d, codes[:1024])) == \
        -(-1024 // DECODE_BATCH)
    error, after = _cancel_while_running(lambda: decode_codes(conv_2d, codes))
    assert isinstance(error, Cancelled)
    assert after == 1


def test_decoding_in_chunks_gives_the_same_images(conv_2d):
    codes = np.random.default_rng(1).standard_normal((600, 2)).astype(np.float32)
    whole = decode_codes(conv_2d, codes)
    assert whole.shape == (600, 28, 28)
    assert np.allclose(whole[:10], decode_codes(conv_2d, codes[:10]), atol=2e-2)
    assert decode_codes(conv_2d, codes[:0]).shape == (0, 28, 28)


def test_kmeans_on_pixels_stops_between_iterations(digits):
    labels = load_test().labels
    error, after = _cancel_while_running(lambda: kmeans(digits.reshape(len(digits), -1), labels))
    assert isinstance(error, Cancelled)
    assert after == 1


def test_robustness_curve_stops_between_models(conv_2d):
    # One cancellation point per model and noise amount.
    assert _checks_in_full_run(
        lambda: robustness_curve([conv_2d] * 3, amounts=np.linspace(0, 1, 2))) == 6
    error, after = _cancel_while_running(
        lambda: robustness_curve([conv_2d] * 3, amounts=np.linspace(0, 1, 200)))
    assert isinstance(error, Cancelled)
    assert after == 1
