"""Start the real app (``ae_desktop.cli.main``, as ``python -m ae_desktop`` does) and report.

Used by tests/test_lifecycle.py in a subprocess.  ``argv[1]`` says what to do once
the models are loaded; progress lines go to stdout:

- ``idle``: print ``ready``.
- ``explorer``: open the latent explorer; print ``busy`` once it is encoding.
- ``quit``: as ``explorer``, then call ``QApplication.quit()`` without closing a window.
- ``stuck``: run a background job that ignores cancellation; print ``busy``.
- ``train``: start a long training run from the dialog; print ``training PID``.

The hooks wrap ``MainWindow.show`` and the explorer's encoder; nothing in the app
is changed.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading

import numpy as np


def main() -> int:
    import faulthandler
    import signal

    faulthandler.register(signal.SIGUSR1, all_threads=True)  # to debug a hang: kill -USR1
    action = sys.argv[1]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ae_desktop.core.latent import cache as latent_cache
    from ae_desktop.core.latent import space as latent_space
    from ae_desktop.ui import main_window

    encoding = threading.Event()

    def slow_encode(lm, images01):  # 8x the test set: many seconds, checked per batch
        if not encoding.is_set():
            encoding.set()
            print("busy", flush=True)
        return latent_space.encode_images(lm, np.tile(images01, (8, 1, 1)))[:len(images01)]

    latent_cache.encode_images = slow_encode
    done = []

    def on_ready(w) -> None:
        if done:
            return
        done.append(1)
        if action == "idle":
            print("ready", flush=True)
        elif action == "stuck":  # a job that never checks its cancel token
            def stuck() -> None:
                print("busy", flush=True)
                threading.Event().wait(60)

            w.tasks.submit(stuck)
        elif action in ("explorer", "quit"):
            w.show_explorer()
            if action == "quit":
                timer = QTimer(w)
                timer.setInterval(20)
                timer.timeout.connect(lambda: encoding.is_set() and QApplication.quit())
                timer.start()
        elif action == "train":
            w.show_training()
            d = w.training_dialog
            d.arch.setCurrentText("conv_selu")
            d.epochs.setValue(50)
            d.name.setText("never_saved")

            def on_progress(_ev) -> None:
                if len(done) == 1:
                    done.append(1)
                    (child,) = multiprocessing.active_children()
                    print("training", child.pid, flush=True)

            w.trainer.progress.connect(on_progress)
            d.start_button.click()

    show = main_window.MainWindow.show

    def show_then_watch(self) -> None:
        show(self)
        self.runner.models_loaded.connect(lambda *a: on_ready(self))

    main_window.MainWindow.show = show_then_watch
    from ae_desktop.cli import main as cli_main

    return cli_main([])


if __name__ == "__main__":
    sys.exit(main())
