"""The engine computes on the device it is asked for (CUDA where there is one)."""

from __future__ import annotations

import numpy as np
import pytest

from ae_desktop.core.live.noise import NoiseSettings
from ae_desktop.core.live.records import LiveRequest
from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR
from ae_desktop.engine.client import EngineClient
from ae_desktop.engine.protocol import DecodeGrid


def _cuda() -> bool:
    import torch

    return torch.cuda.is_available()


@pytest.mark.skipif(not _cuda(), reason="needs a CUDA GPU")
def test_cuda_engine_answers_like_the_cpu_engine(qtbot):
    raster = np.zeros((280, 280), np.float32)
    raster[60:220, 130:150] = 1.0
    results = {}
    for device in ("cpu", "cuda"):
        c = EngineClient()
        loaded, live, jobs = [], [], []
        c.models_loaded.connect(lambda *a, loaded=loaded: loaded.append(a))
        c.reconstruction_ready.connect(live.append)
        c.job_done.connect(lambda jid, r, jobs=jobs: jobs.append(r))
        try:
            c.load_models([SHIPPED_MODELS_DIR], device)
            qtbot.waitUntil(lambda loaded=loaded: bool(loaded), timeout=120_000)
            names = tuple(i.name for i in loaded[0][0])
            c.submit(LiveRequest(c.new_request_id(), raster, NoiseSettings("gaussian", 0.0, 0),
                                 names))
            c.submit_job(DecodeGrid("vae_2d", (-2.0, 2.0, -2.0, 2.0), 10))
            qtbot.waitUntil(lambda live=live, jobs=jobs: bool(live) and bool(jobs),
                            timeout=60_000)
            results[device] = (c.device, live[0], jobs[0])
        finally:
            c.stop()
    assert results["cpu"][0] == "CPU" and results["cuda"][0].startswith("CUDA")
    cpu, gpu = results["cpu"][1], results["cuda"][1]
    for name, ans in cpu.answers.items():
        np.testing.assert_allclose(gpu.answers[name].output, ans.output, atol=2e-2)
    np.testing.assert_allclose(results["cuda"][2].image, results["cpu"][2].image, atol=5e-2)
