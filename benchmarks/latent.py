"""Latent-space timings: decoding a 30x30 grid, encoding the 10k test digits, scatter redraw.

    python benchmarks/latent.py [--threads 1]

Prints, per shipped model, the time to decode a 30x30 manifold grid (median of
5; target <= 30 ms) and to encode the 10,000 bundled test digits, then the time
pyqtgraph needs to redraw a plane holding the 10,000-point scatter after a pan
(offscreen, median of 20).
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
    from ae_desktop.core import runtime
    from ae_desktop.core.latent_cache import LatentCache
    from ae_desktop.core.latent_space import decode_grid, encode_images
    from ae_desktop.core.zoo import load_models

    runtime.limit_threads(args.threads)
    cache = LatentCache()
    print(f"torch threads: {args.threads}, bf16: {runtime.bf16_supported()}")
    print(f"{'model':<18}{'latent':>8}{'grid 30x30':>12}{'encode 10k':>12}")
    first = None
    for lm in load_models().models:
        encode_images(lm, cache.images[:500])  # warm-up
        t = time.perf_counter()
        cache.codes(lm)
        enc = time.perf_counter() - t
        plane = cache.plane(lm)
        extent = cache.plane_data(lm).extent
        decode_grid(lm, plane, extent, 30)
        grid = median_ms(lambda lm=lm, p=plane, e=extent: decode_grid(lm, p, e, 30), 5)
        print(f"{lm.name:<18}{lm.spec.latent_size:>8}{grid:>10.1f} ms{enc:>10.2f} s")
        if first is None or lm.spec.latent_shape == (2,):
            first = lm

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
