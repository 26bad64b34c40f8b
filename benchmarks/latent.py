"""Latent-space timings: decoding a 30x30 grid, encoding the 10k test digits, scatter redraw.

    python benchmarks/latent.py [--threads 1]

Models are prepared the way the app prepares them (``prepare_for_live_use``:
channels_last for conv models; the decoders run under bf16 autocast where the CPU
has it) and grids go through ``LatentCache`` as in the explorer, each timed on an
extent not decoded before (no cache hit). Prints, per shipped model, the time to
decode a 30x30 manifold grid (median of 5) and to encode the 10,000 bundled test
digits; for each 2-D model, ``grid first view`` (the coarse 8x8 grid the explorer
draws first; target <= 50 ms) beside the full grid; then the time pyqtgraph needs
to redraw a plane holding the 10,000-point scatter after a pan (offscreen, median
of 20).
"""

from __future__ import annotations

import argparse
import os
import time

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return float(np.median(times))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--threads", type=int, default=1,
                    help="torch threads (the app uses 1 in the GUI process)")
    args = ap.parse_args()
    from ae_desktop.core.compute import runtime
    from ae_desktop.core.compute.reconstruct import prepare_for_live_use
    from ae_desktop.core.latent.cache import LatentCache
    from ae_desktop.core.latent.space import COARSE_N, encode_images
    from ae_desktop.core.store.zoo import load_models

    runtime.limit_threads(args.threads)
    cache = LatentCache()
    print(f"torch threads: {args.threads}, bf16: {runtime.bf16_supported()}")
    print(f"{'model':<18}{'latent':>8}{'grid 30x30':>12}{'encode 10k':>12}")
    first = None
    first_views: list[str] = []
    for lm in load_models().models:
        prepare_for_live_use(lm)  # as the inference worker does when it loads models
        encode_images(lm, cache.images[:500])  # warm-up
        t = time.perf_counter()
        cache.codes(lm)
        enc = time.perf_counter() - t
        x0, x1, y0, y1 = cache.plane_data(lm).extent
        shifts = iter(range(1, 1000))

        def fresh_extent(x0=x0, x1=x1, y0=y0, y1=y1, shifts=shifts):
            # A slightly moved extent each time: what the explorer asks for after a pan,
            # never answered from the cache.
            d = next(shifts) * 1e-4 * (x1 - x0)
            return x0 + d, x1 + d, y0, y1

        cache.grid_image(lm, fresh_extent(), 30)  # warm-up
        grid = median_ms(lambda lm=lm, f=fresh_extent: cache.grid_image(lm, f(), 30), 5)
        print(f"{lm.name:<18}{lm.spec.latent_size:>8}{grid:>10.1f} ms{enc:>10.2f} s")
        if lm.spec.latent_shape == (2,):
            cache.first_view(lm, fresh_extent(), 30)  # warm-up
            fv = median_ms(lambda lm=lm, f=fresh_extent: cache.first_view(lm, f(), 30), 5)
            first_views.append(f"{lm.name}: grid first view: {fv:.1f} ms "
                               f"({COARSE_N}x{COARSE_N} coarse); full grid 30x30: {grid:.1f} ms")
        if first is None or lm.spec.latent_shape == (2,):
            first = lm
    for line in first_views:
        print(line)

    from PySide6.QtWidgets import QApplication

    from ae_desktop.ui.latent_plane import LatentPlaneView

    _app = QApplication.instance() or QApplication([])  # keep a reference
    view = LatentPlaneView()
    view.resize(800, 700)
    view.set_data(cache.plane_data(first))
    view.show()
    view.grab()
    vb = view.getViewBox()

    def pan() -> None:
        vb.translateBy(x=0.01, y=0.0)
        view.grab()  # forces a full synchronous render

    ms = median_ms(pan, 20)
    print(f"scatter of {len(view.scatter.data):,} points ({first.name}): redraw after a pan "
          f"{ms:.1f} ms median ({1000 / ms:.0f} frames/s)")


if __name__ == "__main__":
    main()
