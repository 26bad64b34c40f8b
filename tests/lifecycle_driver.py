"""Start the real app (``ae_desktop.cli.main``, as ``python -m ae_desktop`` does) and report.

Used by tests/test_lifecycle.py in a subprocess.  ``argv[1]`` says what to do once
the models are loaded; progress lines go to stdout:

- every action first prints ``engine PID`` (the engine process's pid).
- ``idle``: print ``ready``.
- ``explorer``: open the latent explorer and keep the engine's background lane busy
  (a long ``Sleep(busy=True)`` job); print ``busy`` once the engine is working on the
  explorer's jobs (the first plane came back, others are still awaited).
- ``quit``: as ``explorer``, then call ``QApplication.quit()`` without closing a window.
- ``stuck``: run a task-thread job that ignores cancellation; print ``busy``.
- ``train``: start a long training run from the dialog; print ``training PID``.

The hook wraps ``MainWindow.show``; nothing in the app is changed.
"""

from __future__ import annotations

import sys
import threading


def main() -> int:
    import faulthandler
    import signal

    faulthandler.register(signal.SIGUSR1, all_threads=True)  # to debug a hang: kill -USR1
    action = sys.argv[1]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ae_desktop.engine.protocol import Sleep
    from ae_desktop.ui import main_window

    done = []

    def on_ready(w) -> None:
        if done:
            return
        done.append(1)
        print("engine", w.engine.engine_pid, flush=True)
        if action == "idle":
            print("ready", flush=True)
        elif action == "stuck":  # a job that never checks its cancel token
            def stuck() -> None:
                print("busy", flush=True)
                threading.Event().wait(60)

            w.tasks.submit(stuck)
        elif action in ("explorer", "quit"):
            w.show_explorer()
            e = w.explorer
            w.engine.submit_job(Sleep(60, busy=True), key="busy")

            def check() -> None:
                if e.columns[0].data is not None and e.pending_jobs() > 0:
                    timer.stop()
                    print("busy", flush=True)
                    if action == "quit":
                        QApplication.quit()

            timer = QTimer(w)
            timer.setInterval(20)
            timer.timeout.connect(check)
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
                    print("training", w.trainer.child_pid, flush=True)

            w.trainer.progress.connect(on_progress)
            d.start_button.click()

    show = main_window.MainWindow.show

    def show_then_watch(self) -> None:
        show(self)
        self.engine.models_loaded.connect(lambda *a: on_ready(self))

    main_window.MainWindow.show = show_then_watch
    from ae_desktop.cli import main as cli_main

    return cli_main([])


if __name__ == "__main__":
    sys.exit(main())
