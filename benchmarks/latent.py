"""Latent-space timings: decoding a 30x30 grid, encoding the 10k test digits, scatter redraw.

    python benchmarks/latent.py [--threads 1] [--runs 3]

Models come from ``ae_desktop.core.live.models.load_for_live_use``, as the engine loads
them (``prepare_for_live_use``: channels_last for conv models; the decoders run under
bf16 autocast where the CPU has it), and grids go through ``LatentCache`` as in the
engine's background lane, each timed on an extent not decoded before (no cache hit).
Prints, per shipped model, the time to decode a 30x30 manifold grid (median of 5 per
run) and to encode the 10,000 bundled test digits (a fresh cache each run); for each
2-D model, ``grid first view`` (the coarse 8x8 grid the explorer draws first; target
<= 50 ms) beside the full grid; then the time pyqtgraph needs to redraw a plane holding
the 10,000-point scatter after a pan (offscreen, median of 20).  Every figure is the
median of ``--runs`` runs, each run's value beside it.
"""

from __future__ import annotations

import argparse
import os
import time

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402

FIRST_VIEW_TARGET_MS = 50.0


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return float(np.median(times))


def runs_text(values, fmt: str = "{:.1f}") -> str:
    return " / ".join(fmt.format(v) for v in values)


def one_run(models, shifts, cache) -> dict[str, dict[str, float]]:
    """Per model: encode 10k (s, uncached), full 30x30 grid and first view (ms).

    ``cache`` is a fresh ``LatentCache``: nothing encoded or decoded yet.
    """
    from ae_desktop.core.latent.space import encode_images

    out: dict[str, dict[str, float]] = {}
    for lm in models:
        encode_images(lm, cache.images[:500])  # warm-up
        t = time.perf_counter()
        cache.codes(lm)
        enc = time.perf_counter() - t
        x0, x1, y0, y1 = cache.plane_data(lm).extent

        def fresh_extent(x0=x0, x1=x1, y0=y0, y1=y1):
            # A slightly moved extent each time: what the explorer asks for after a pan,
            # never answered from the cache.
            d = next(shifts) * 1e-4 * (x1 - x0)
            return x0 + d, x1 + d, y0, y1

        cache.grid_image(lm, fresh_extent(), 30)  # warm-up
        r = {"encode_s": enc,
             "grid_ms": median_ms(lambda lm=lm, f=fresh_extent: cache.grid_image(lm, f(), 30), 5)}
        if lm.spec.latent_shape == (2,):
            cache.first_view(lm, fresh_extent(), 30)  # warm-up
            r["first_view_ms"] = median_ms(
                lambda lm=lm, f=fresh_extent: cache.first_view(lm, f(), 30), 5)
        out[lm.name] = r
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--threads", type=int, default=1,
                    help="torch threads (the engine uses 1 per lane)")
    ap.add_argument("--runs", type=int, default=3, help="runs per figure (median reported)")
    args = ap.parse_args()
    from ae_desktop.core.compute import runtime
    from ae_desktop.core.latent.cache import LatentCache
    from ae_desktop.core.latent.space import COARSE_N
    from ae_desktop.core.live.models import load_for_live_use

    runtime.limit_threads(args.threads)
    live = load_for_live_use(None)  # as the engine loads them: prepared for live use
    for failure in live.failures:
        print(f"not loaded: {failure}")
    models = list(live.models.values())
    a, b, c = os.getloadavg()
    print(f"torch threads: {args.threads}, bf16: {runtime.bf16_supported()}, runs: {args.runs}; "
          f"load average (1/5/15 min) at start: {a:.2f} / {b:.2f} / {c:.2f}")
    shifts = iter(range(1, 1_000_000))
    caches = [LatentCache() for _ in range(args.runs)]
    runs = [one_run(models, shifts, cache) for cache in caches]

    def fig(name: str, key: str) -> tuple[float, list[float]]:
        vals = [r[name][key] for r in runs]
        return float(np.median(vals)), vals

    print(f"{'model':<18}{'latent':>8}{'grid 30x30':>12}{'encode 10k':>12}   per run "
          "(grid ms; encode s)")
    for lm in models:
        grid, grids = fig(lm.name, "grid_ms")
        enc, encs = fig(lm.name, "encode_s")
        print(f"{lm.name:<18}{lm.spec.latent_size:>8}{grid:>10.1f} ms{enc:>10.2f} s   "
              f"{runs_text(grids)}; {runs_text(encs, '{:.2f}')}")
    first = None
    for lm in models:
        if lm.spec.latent_shape == (2,):
            fv, fvs = fig(lm.name, "first_view_ms")
            grid, _ = fig(lm.name, "grid_ms")
            met = "met" if fv <= FIRST_VIEW_TARGET_MS else "MISSED"
            print(f"{lm.name}: grid first view: {fv:.1f} ms ({COARSE_N}x{COARSE_N} coarse; per "
                  f"run {runs_text(fvs)}; target <= {FIRST_VIEW_TARGET_MS:g} ms: {met}); "
                  f"full grid 30x30: {grid:.1f} ms")
            first = lm
    first = first or models[0]
    a, b, c = os.getloadavg()
    print(f"load average (1/5/15 min) after the decode timings: {a:.2f} / {b:.2f} / {c:.2f}")

    from PySide6.QtWidgets import QApplication

    from ae_desktop.ui.latent_plane import LatentPlaneView

    _app = QApplication.instance() or QApplication([])  # keep a reference
    view = LatentPlaneView()
    view.resize(800, 700)
    view.set_data(caches[-1].plane_data(first))
    view.show()
    view.grab()
    vb = view.getViewBox()

    def pan() -> None:
        vb.translateBy(x=0.01, y=0.0)
        view.grab()  # forces a full synchronous render

    pans = [median_ms(pan, 20) for _ in range(args.runs)]
    ms = float(np.median(pans))
    print(f"scatter of {len(view.scatter.data):,} points ({first.name}): redraw after a pan "
          f"{ms:.1f} ms median ({1000 / ms:.0f} frames/s; per run {runs_text(pans)})")


if __name__ == "__main__":
    main()
