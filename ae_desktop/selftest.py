"""``ae-desktop --selftest``: check an installation end to end and report.

Loads every shipped model, reconstructs bundled test digits and compares the
error with the figure stored at training time, opens the main window, waits
for a live reconstruction, closes it. Exit code 0 only if every check passes.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time

from .core.compute import env

env.quiet_idle_threads()  # before the checks load torch

N_DIGITS = 200


def _check_models(report: list[str]) -> bool:
    import numpy as np

    from .core.compute.reconstruct import reconstruct_batch
    from .core.data.idx import load_test
    from .core.models import ARCHITECTURES
    from .core.models.specs import FAMILY_SIZES
    from .core.store.paths import SHIPPED_MODELS_DIR
    from .core.store.zoo import load_models

    result = load_models([SHIPPED_MODELS_DIR])
    ok = not result.errors
    for err in result.errors:
        report.append(f"FAIL model file: {err}")
    # One model per architecture with a fixed code, and the dense family at every size
    # (conv_z, the other family, ships no model: the user trains it).
    expected = {a for a, spec in ARCHITECTURES.items() if not spec.has_latent_parameter}
    expected |= {f"dense_z{z}" for z in FAMILY_SIZES}
    missing = sorted(expected - {lm.name for lm in result.models})
    if missing:
        ok = False
        report.append(f"FAIL no shipped model for: {', '.join(missing)} (in {SHIPPED_MODELS_DIR})")
    x = load_test().float_images()[:N_DIGITS, 0]
    for lm in result.models:
        t = time.perf_counter()
        out = reconstruct_batch(lm, x)
        ms = (time.perf_counter() - t) * 1000
        mse = float(np.mean((out - x) ** 2))
        stored = float(lm.metadata.get("metrics", {}).get("mse", 0.05))
        limit = max(2 * stored, 0.02)
        good = bool(np.isfinite(mse)) and mse <= limit
        ok &= good
        report.append(f"{'ok  ' if good else 'FAIL'} {lm.name:<17} MSE {mse:.5f} on {N_DIGITS} "
                      f"test digits (stored {stored:.5f}, limit {limit:.5f}), {ms:.0f} ms")
    return ok


def _check_training(report: list[str]) -> bool:
    """One short epoch in-process: proves the optimizer and autograd made it into a bundle."""
    from .core.data.idx import load_test
    from .core.train.trainer import TrainConfig, run

    t = time.perf_counter()
    res = run(TrainConfig("conv_selu", epochs=1, limit=256, batch_size=64, val_limit=64,
                          final_eval=False), train_images=load_test().images[:512])
    loss = res.metadata["history"]["epoch_train_loss"][0]
    ok = loss == loss and loss < 1.0
    report.append(f"{'ok  ' if ok else 'FAIL'} training: one epoch on 256 digits, loss "
                  f"{loss:.4f}, {time.perf_counter() - t:.1f} s")
    return ok


def _check_latent(report: list[str]) -> bool:
    """PCA plane, KMeans and NMI (scikit-learn) on a few test digits' pixels."""
    from .core.data.idx import load_test
    from .core.latent.clustering import kmeans
    from .core.latent.space import fit_plane

    test = load_test()
    x = test.float_images()[:600].reshape(600, -1)
    plane = fit_plane(x)
    res = kmeans(x, test.labels[:600], k=10)
    ok = plane.explained_variance is not None and 0.3 < res.purity <= 1
    report.append(f"{'ok  ' if ok else 'FAIL'} latent tools: PCA explains "
                  f"{sum(plane.explained_variance):.0%}, KMeans purity {res.purity:.2f}, "
                  f"NMI {res.nmi:.2f} on 600 digits")
    return ok


def _check_window(report: list[str]) -> bool:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from .core.compute import runtime
    from .ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    runtime.limit_threads(1)
    ini = os.path.join(tempfile.mkdtemp(prefix="ae-selftest-"), "settings.ini")
    t0 = time.perf_counter()
    w = MainWindow(settings=QSettings(ini, QSettings.Format.IniFormat))
    w.show()

    def wait(cond, ms: int) -> bool:
        deadline = time.perf_counter() + ms / 1000
        while not cond() and time.perf_counter() < deadline:
            loop = QEventLoop()
            QTimer.singleShot(20, loop.quit)
            loop.exec()
        return cond()

    loaded = wait(lambda: bool(w.infos), 60000)
    shown = time.perf_counter() - t0
    answered = False
    if loaded:
        w.random_digit()
        answered = wait(lambda: w.last_result is not None
                        and len(w.last_result.answers) == len(w.shown_models()), 30000)
    w.close()
    app.processEvents()
    ok = loaded and answered
    report.append(f"{'ok  ' if ok else 'FAIL'} main window: {len(w.infos)} models loaded, live "
                  f"reconstruction {'shown' if answered else 'missing'} "
                  f"({shown:.1f} s to models loaded; platform {app.platformName()})")
    return ok


def run_selftest() -> int:
    report: list[str] = []
    ok = True
    for check in (_check_models, _check_training, _check_latent, _check_window):
        try:
            ok &= check(report)
        except Exception as exc:  # noqa: BLE001 - a self-test reports, it does not crash
            ok = False
            report.append(f"FAIL {check.__name__[7:]}: {type(exc).__name__}: {exc}")
    from . import __version__

    print(f"AE Desktop {__version__} self-test")
    print("\n".join(report))
    print("PASSED" if ok else "FAILED")
    return 0 if ok else 1
