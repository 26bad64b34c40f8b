"""Training cannot outlive the window: a GUI process killed with SIGKILL takes its child along.

A real subprocess plays the GUI: it starts a run through the real TrainingRunner,
reports the training child's pid once progress arrives, and is then killed with
SIGKILL (no cleanup of any kind runs).  The child must notice, exit within a few
seconds, and write nothing, although its run would have finished and saved
meanwhile.
"""

from __future__ import annotations

import sys
import textwrap

import pytest

from tests.procutil import gui_killed_with_sigkill, process_gone, wait_until

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

GUI_PARENT = textwrap.dedent("""
    import multiprocessing, sys
    from PySide6.QtCore import QCoreApplication
    from ae_desktop.core.train.trainer import TrainConfig
    from ae_desktop.workers.training import TrainingRunner

    app = QCoreApplication([])
    runner = TrainingRunner()
    said = []

    def on_progress(ev):
        if not said:
            said.append(1)
            (child,) = multiprocessing.active_children()
            print("child", child.pid, flush=True)

    runner.progress.connect(on_progress)
    # About 2 s of training on 1,000 digits, then the model would be saved.
    runner.start(TrainConfig("dense_100", epochs=25, limit=1000, batch_size=64, val_limit=100,
                             final_eval=False, data_dir=sys.argv[1]), sys.argv[2])
    app.exec()
""")


def test_a_killed_gui_takes_the_training_child_along(tmp_path, full_mnist_dir):
    out = tmp_path / "models"
    out.mkdir()
    argv = [sys.executable, "-c", GUI_PARENT, str(full_mnist_dir), str(out / "orphan")]
    with gui_killed_with_sigkill(argv, "child") as child:
        gone_after = wait_until(lambda: process_gone(child), timeout=3.0)
        assert gone_after is not None, "the training child outlived its GUI"
        print(f"training child gone {gone_after:.2f} s after its GUI was killed")
        # Long enough for the run to have finished and saved had the child gone on.
        wait_until(lambda: any(out.iterdir()), timeout=4.0)
        assert sorted(p.name for p in out.iterdir()) == []
