"""The engine's transport and lanes, measured (prints; asserts nothing).

1. Transport: round trip GUI → child → GUI of the payloads the engine sends, over a
   pipe (``Connection.send`` of the frozen dataclass, pickled) and over
   ``multiprocessing.shared_memory`` (arrays copied into a preallocated segment, a
   small header over the pipe, arrays copied out on the other side: the best case
   for shared memory, no segment created per message).
2. The live lane while a background job runs: a real engine (shipped models),
   live requests every 16 ms, with the job on the background lane (two lanes) and
   inline on the main thread (one lane).  Also engine start time and RSS.

    python benchmarks/engine_transport.py [--rounds 300] [--skip-transport] [--skip-lanes]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import sys
import time
from dataclasses import dataclass
from multiprocessing import shared_memory
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ae_desktop.core.live.noise import NoiseSettings  # noqa: E402
from ae_desktop.core.live.records import LiveRequest, LiveResult, ModelAnswer  # noqa: E402

LATENTS = {"conv_2d": (2,), "vae_2d": (2,), "conv_latent_map": (8, 7, 7),
           "conv_selu": (30,), "conv_upsampling": (30,), "dense_100": (100,),
           "denoising_dense": (100,)}


@dataclass(frozen=True)
class Blob:
    arrays: tuple[np.ndarray, ...]


def live_result() -> LiveResult:
    rng = np.random.default_rng(0)
    img = lambda: rng.random((28, 28), dtype=np.float32)  # noqa: E731
    answers = {n: ModelAnswer(img(), rng.random(s, dtype=np.float32), 0.01, 0.1)
               for n, s in LATENTS.items()}
    return LiveResult(1, img(), img(), img(), False, answers, 0.0, 0.0)


def arrays_of(msg) -> list[np.ndarray]:
    if isinstance(msg, LiveResult):
        out = [msg.digit, msg.raw, msg.model_input]
        for a in msg.answers.values():
            out += [a.output, a.latent]
        return out
    if isinstance(msg, LiveRequest):
        return [msg.raster]
    return list(msg.arrays)


def nbytes(msg) -> int:
    return sum(a.nbytes for a in arrays_of(msg))


# -- the child: echo over the pipe, or through shared memory ----------------------------

def echo_child(conn_in, conn_out, shm_name: str | None) -> None:
    shm = shared_memory.SharedMemory(name=shm_name) if shm_name else None
    while True:
        msg = conn_in.recv()
        if msg is None:
            break
        if shm is None:
            conn_out.send(msg)
            continue
        # header: list of (offset, shape, dtype); read the arrays out, write them back
        arrays = [np.ndarray(shape, dtype, buffer=shm.buf, offset=off).copy()
                  for off, shape, dtype in msg]
        off = 0
        header = []
        for a in arrays:
            np.ndarray(a.shape, a.dtype, buffer=shm.buf, offset=off)[...] = a
            header.append((off, a.shape, a.dtype.str))
            off += a.nbytes
        conn_out.send(header)
    if shm is not None:
        shm.close()


def round_trips(payload, rounds: int, use_shm: bool) -> np.ndarray:
    ctx = mp.get_context("spawn")
    a_r, a_w = ctx.Pipe(duplex=False)
    b_r, b_w = ctx.Pipe(duplex=False)
    shm = shared_memory.SharedMemory(create=True, size=nbytes(payload) + 4096) if use_shm \
        else None
    proc = ctx.Process(target=echo_child, args=(a_r, b_w, shm.name if shm else None),
                       daemon=True)
    proc.start()
    times = []
    arrays = arrays_of(payload)
    try:
        for i in range(rounds + 10):
            t0 = time.perf_counter()
            if shm is None:
                a_w.send(payload)
                b_r.recv()
            else:
                off, header = 0, []
                for a in arrays:
                    np.ndarray(a.shape, a.dtype, buffer=shm.buf, offset=off)[...] = a
                    header.append((off, a.shape, a.dtype.str))
                    off += a.nbytes
                a_w.send(header)
                back = b_r.recv()
                _ = [np.ndarray(s, d, buffer=shm.buf, offset=o).copy() for o, s, d in back]
            if i >= 10:
                times.append(time.perf_counter() - t0)
        a_w.send(None)
        proc.join(5)
    finally:
        if proc.is_alive():
            proc.kill()
        if shm is not None:
            shm.close()
            shm.unlink()
    return np.array(times) * 1000


def transport(rounds: int) -> None:
    payloads = {
        "live result (7 models)": live_result(),
        "live request (280x280 raster)": LiveRequest(1, np.zeros((280, 280), np.float32),
                                                     NoiseSettings(), tuple(LATENTS)),
        "10,000x2 points": Blob((np.random.default_rng(1).random((10_000, 2),
                                                                 dtype=np.float32),)),
        "30x30x28x28 grid": Blob((np.random.default_rng(2).random((30, 30, 28, 28),
                                                                  dtype=np.float32),)),
    }
    print("transport round trip (GUI -> child -> GUI), ms")
    for name, p in payloads.items():
        n = rounds if nbytes(p) < 1e6 else max(30, rounds // 5)
        for how, use_shm in (("pipe", False), ("shared memory", True)):
            t = round_trips(p, n, use_shm)
            print(f"  {name:32s} {nbytes(p) / 1024:8.0f} KB  {how:14s} "
                  f"p50 {np.percentile(t, 50):7.3f}  p95 {np.percentile(t, 95):7.3f}")


# -- the live lane with and without a background job ---------------------------------------

def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def lanes(job_kind: str) -> None:
    from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR
    from ae_desktop.engine.engine_main import engine_main
    from ae_desktop.engine.protocol import (
        EncodeTestSet,
        EngineReady,
        Job,
        JobDone,
        JobFailed,
        LoadModels,
        ModelsLoaded,
        Shutdown,
        Sleep,
    )

    raster = np.zeros((280, 280), np.float32)
    raster[60:220, 120:160] = 1.0
    for background_lane in (True, False):
        ctx = mp.get_context("spawn")
        req_r, req_w = ctx.Pipe(duplex=False)
        rep_r, rep_w = ctx.Pipe(duplex=False)
        t0 = time.perf_counter()
        proc = ctx.Process(target=engine_main, args=(req_r, rep_w),
                           kwargs={"background_lane": background_lane}, daemon=True)
        proc.start()
        req_r.close()
        rep_w.close()
        ready = rep_r.recv()
        assert isinstance(ready, EngineReady)
        t_ready = time.perf_counter() - t0
        req_w.send(LoadModels((str(SHIPPED_MODELS_DIR),)))
        loaded = rep_r.recv()
        assert isinstance(loaded, ModelsLoaded)
        t_loaded = time.perf_counter() - t0
        names = tuple(i.name for i in loaded.infos)
        print(f"\nengine ({'two lanes' if background_lane else 'one lane'}): spawn -> ready "
              f"{t_ready:.2f} s (imports {ready.import_s:.2f} s in the engine), -> "
              f"{len(names)} models loaded {t_loaded:.2f} s; RSS {rss_mb(proc.pid):.0f} MB")

        computes: list[float] = []

        # Bound as defaults: each loop iteration has its own engine and pipes.
        def live_series(seconds: float, job=None, req_w=req_w, rep_r=rep_r, names=names,
                        computes=computes) -> np.ndarray:
            lat, job_s = [], None
            computes.clear()
            if job is not None:
                req_w.send(job)
                tj = time.perf_counter()
            end = time.perf_counter() + seconds
            rid = 0
            while time.perf_counter() < end:
                tick = time.perf_counter()
                rid += 1
                req_w.send(LiveRequest(rid, raster, NoiseSettings(), names))
                while True:
                    msg = rep_r.recv()
                    if isinstance(msg, JobDone | JobFailed):
                        job_s = time.perf_counter() - tj
                        if isinstance(msg, JobFailed):
                            print("   job failed:", msg.message)
                        continue
                    computes.append(msg.compute_s)
                    break
                lat.append(time.perf_counter() - tick)
                time.sleep(max(0.0, 0.016 - (time.perf_counter() - tick)))
            if job is not None and job_s is None:
                msg = rep_r.recv()
                job_s = time.perf_counter() - tj
            if job is not None:
                print(f"   background job took {job_s:.2f} s")
            return np.array(lat) * 1000

        def show(label, t, computes=computes):
            print(f"   {label:38s} p50 {np.percentile(t, 50):6.1f} ms  p95 "
                  f"{np.percentile(t, 95):6.1f} ms  max {t.max():7.1f} ms  (n={len(t)}; "
                  f"compute in the engine p50 {np.median(computes) * 1000:.1f} ms)")

        live_series(0.5)  # warm-up
        show("live, idle engine", live_series(2.0))
        job_payload = (EncodeTestSet("conv_2d") if job_kind == "encode"
                       else Sleep(2.0, busy=True))
        show(f"live, during a {job_kind} job", live_series(2.5, Job(1, "bench", job_payload)))
        print(f"   RSS after the job {rss_mb(proc.pid):.0f} MB")
        t_stop = time.perf_counter()
        req_w.send(Shutdown())
        proc.join(5)
        print(f"   Shutdown -> exited {time.perf_counter() - t_stop:.3f} s "
              f"(exit code {proc.exitcode})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=300)
    ap.add_argument("--skip-transport", action="store_true")
    ap.add_argument("--skip-lanes", action="store_true")
    ap.add_argument("--job", choices=["encode", "busy"], default="encode",
                    help="background job: encode the 10k test set with conv_2d, or 2 s of "
                         "torch matmuls")
    args = ap.parse_args()
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    if not args.skip_transport:
        transport(args.rounds)
    if not args.skip_lanes:
        lanes(args.job)


if __name__ == "__main__":
    main()
