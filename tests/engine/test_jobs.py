"""The explorer's and the robustness curve's jobs, run in a real engine process."""

from __future__ import annotations

import os
import time
from pathlib import Path

import numpy as np
import pytest

from ae_desktop.core.evaluation.records import RobustnessCurve
from ae_desktop.core.latent.records import CanvasMark, Endpoint, GridImage
from ae_desktop.core.latent.space import COARSE_N
from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR
from ae_desktop.engine.protocol import (
    ClusterCodes,
    Clusters,
    DecodedPoint,
    DecodeGrid,
    DecodePoint,
    Interpolate,
    Interpolation,
    LatentPlane,
    MarkDigit,
    PlaneReady,
    RobustnessJob,
    Sleep,
    Slept,
)


class _Answers:
    def __init__(self, client) -> None:
        self.done: dict[int, object] = {}
        self.failed: dict[int, str] = {}
        client.job_done.connect(lambda jid, res: self.done.__setitem__(jid, res))
        client.job_failed.connect(lambda jid, msg: self.failed.__setitem__(jid, msg))


@pytest.fixture
def answers(client):
    return _Answers(client)


@pytest.fixture(scope="module")
def local_models():
    """The shipped models prepared exactly as the engine prepares them."""
    from ae_desktop.core.live.models import load_for_live_use

    return load_for_live_use([SHIPPED_MODELS_DIR]).models


def _wait(qtbot, answers, *jobs, timeout=60_000):
    qtbot.waitUntil(lambda: all(j in answers.done or j in answers.failed for j in jobs),
                    timeout=timeout)
    for j in jobs:
        assert j in answers.done, answers.failed.get(j)
    return [answers.done[j] for j in jobs]


def test_plane_grid_point_mark_and_interpolation_match_the_cache(client, answers, qtbot,
                                                                  local_models):
    from ae_desktop.core.latent.cache import LatentCache

    plane_job = client.submit_job(LatentPlane("vae_2d", grid_n=20))
    (ready,) = _wait(qtbot, answers, plane_job)
    assert isinstance(ready, PlaneReady)
    data = ready.data
    assert data.name == "vae_2d" and data.points.shape == (10_000, 2)
    assert ready.first_view.cells == COARSE_N and ready.first_view.resolution == 20

    cache, lm = LatentCache(), local_models["vae_2d"]
    np.testing.assert_allclose(data.points, cache.plane_data(lm).points, atol=1e-3)
    grid_job = client.submit_job(DecodeGrid("vae_2d", data.extent, 20))
    point_job = client.submit_job(DecodePoint("vae_2d", 0.5, -0.25))
    digit = cache.images[42]
    mark_job = client.submit_job(MarkDigit("vae_2d", digit))
    interp_job = client.submit_job(Interpolate("vae_2d", Endpoint(test_index=0),
                                               Endpoint(plane_xy=(0.0, 0.0)), 6))
    grid, point, mark, interp = _wait(qtbot, answers, grid_job, point_job, mark_job, interp_job)
    assert isinstance(grid, GridImage) and not grid.coarse and grid.image.shape == (560, 560)
    np.testing.assert_allclose(grid.image, cache.grid(lm, data.extent, 20), atol=2e-3)
    assert isinstance(point, DecodedPoint) and point.image.shape == (28, 28)
    np.testing.assert_allclose(point.image, cache.decode_at(lm, (0.5, -0.25)), atol=2e-3)
    assert isinstance(mark, CanvasMark)
    assert mark.neighbours[0] == 42  # a test digit is its own nearest neighbour
    assert isinstance(interp, Interpolation) and interp.images.shape == (6, 28, 28)


def test_clustering_and_robustness_jobs(client, answers, qtbot):
    c_job = client.submit_job(ClusterCodes("conv_2d", 10))
    r_job = client.submit_job(RobustnessJob(("dense_100", "denoising_dense"), "gaussian"))
    clusters, curve = _wait(qtbot, answers, c_job, r_job, timeout=120_000)
    assert isinstance(clusters, Clusters) and clusters.codes.k == 10
    assert 0.3 < clusters.codes.purity <= 1 and 0 < clusters.pixels.nmi < 1
    assert isinstance(curve, RobustnessCurve) and set(curve.mse) == {"dense_100",
                                                                     "denoising_dense"}
    # The denoiser was trained on noise: at the largest amount it is the better one.
    assert curve.mse["denoising_dense"][-1] < curve.mse["dense_100"][-1]


def test_a_job_for_a_missing_model_fails_with_a_message(client, answers, qtbot):
    job = client.submit_job(LatentPlane("no_such_model"))
    qtbot.waitUntil(lambda: job in answers.failed, timeout=30_000)
    assert "no model named 'no_such_model'" in answers.failed[job]


def test_cancel_running_stops_the_job_in_flight(client, answers, qtbot):
    slow = client.submit_job(Sleep(20.0), key="grid")
    time.sleep(0.3)  # it has started in the engine
    t0 = time.perf_counter()
    fast = client.submit_job(Sleep(0.05), key="grid", cancel_running=True)
    qtbot.waitUntil(lambda: fast in answers.done, timeout=10_000)
    assert time.perf_counter() - t0 < 5  # not after the 20 s job
    assert isinstance(answers.done[fast], Slept)
    assert slow not in answers.done and slow not in answers.failed  # cancelled: silent


def test_cancel_jobs_drops_the_waiting_job_and_stops_the_running_one(client, answers, qtbot):
    running = client.submit_job(Sleep(20.0), key="plane")
    waiting = client.submit_job(Sleep(0.0), key="plane")
    time.sleep(0.3)
    client.cancel_jobs("plane")
    after = client.submit_job(Sleep(0.0), key="other")
    qtbot.waitUntil(lambda: after in answers.done, timeout=10_000)  # the lane is free again
    assert not {running, waiting} & (set(answers.done) | set(answers.failed))


def test_an_answer_from_replaced_models_is_recomputed_not_delivered(client, answers, qtbot):
    reloaded, delivered_at = [], {}
    client.models_loaded.connect(lambda *a: reloaded.append(time.perf_counter()))
    client.job_done.connect(lambda jid, res: delivered_at.setdefault(jid, time.perf_counter()))
    old = client.submit_job(Sleep(1.5), key="cluster")
    superseded = client.submit_job(Sleep(1.5), key="grid")
    time.sleep(0.3)  # "cluster" runs with generation 1
    client.load_models([SHIPPED_MODELS_DIR])
    newer = client.submit_job(Sleep(0.0), key="grid")  # asked again after the reload
    qtbot.waitUntil(lambda: bool(reloaded), timeout=60_000)
    assert client.generation == 2
    stale_before = client.jobs_stale
    # The old answer is dropped and the job runs again with the new models, same id.
    _wait(qtbot, answers, old, newer)
    assert client.jobs_stale > stale_before
    assert delivered_at[old] > reloaded[0]
    assert superseded not in answers.done  # a newer job of its key replaced it


def test_a_30x30_grid_comes_through_shared_memory_and_leaves_no_segment(client, answers,
                                                                        qtbot):
    job = client.submit_job(DecodeGrid("conv_2d", (-3.0, 3.0, -3.0, 3.0), 30))
    (grid,) = _wait(qtbot, answers, job)
    assert grid.image.shape == (840, 840) and grid.image.dtype == np.float32
    assert 0.0 <= grid.image.min() and grid.image.max() <= 1.0 and grid.image.std() > 0.05
    if Path("/dev/shm").is_dir():
        assert not list(Path("/dev/shm").glob(f"aed{os.getpid()}_*"))


def test_what_the_user_waits_for_runs_before_idle_work(client, qtbot):
    order = []
    client.job_done.connect(lambda jid, res: order.append(jid))
    first = client.submit_job(Sleep(0.5))  # occupies the lane while the others queue
    time.sleep(0.2)
    idle = [client.submit_job(Sleep(0.0), priority=1) for _ in range(3)]
    wanted = client.submit_job(Sleep(0.0))
    qtbot.waitUntil(lambda: len(order) == 5, timeout=20_000)
    assert order[0] == first and order[1] == wanted  # before the idle jobs sent earlier
    assert order[2:] == idle  # idle work keeps its own order
