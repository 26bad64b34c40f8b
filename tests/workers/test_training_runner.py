"""The training supervisor: every run ends with exactly one outcome, whatever the child does.

Misbehaving children come from ``fake_children`` (spawned like the real one); after
each failure a real, tiny run must start and finish, as the dialog's Start would.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time

import pytest

from ae_desktop.core.train.messages import RunCancelled, RunCrashed, RunFinished
from ae_desktop.core.train.trainer import TrainConfig
from ae_desktop.workers import training
from ae_desktop.workers.training import TrainingRunner
from tests.procutil import process_gone

from . import fake_children

REAL_CHILD = training.child_main


class Outcomes:
    """What the dialog would be told: (kind, payload) per outcome signal."""

    def __init__(self, runner: TrainingRunner) -> None:
        self.items: list[tuple[str, object]] = []
        self.typed: list[object] = []  # the same outcomes as typed messages
        runner.ended.connect(self.typed.append)
        runner.finished.connect(lambda path, meta: self.items.append(("finished", path)))
        runner.failed.connect(lambda message: self.items.append(("failed", message)))
        runner.cancelled.connect(lambda: self.items.append(("cancelled", None)))


@pytest.fixture
def runner(qtbot):
    r = TrainingRunner()
    yield r
    assert r.stop()


def tiny(data_dir, **kw) -> TrainConfig:
    kw = {"epochs": 1, "limit": 300, "batch_size": 64, "val_limit": 100,
          "final_eval": False, "data_dir": str(data_dir), **kw}
    return TrainConfig("dense_100", **kw)


def _start_again_and_finish(runner, outcomes, qtbot, monkeypatch, data_dir, tmp_path):
    """After a failure, Start works again and the next run saves its model."""
    monkeypatch.setattr(training, "child_main", REAL_CHILD)
    assert not runner.running
    n = len(outcomes.items)
    runner.start(tiny(data_dir), str(tmp_path / "after_failure"))
    qtbot.waitUntil(lambda: len(outcomes.items) > n, timeout=60000)
    assert outcomes.items[n][0] == "finished"
    assert (tmp_path / "after_failure.json").exists()
    done = outcomes.typed[n]
    assert isinstance(done, RunFinished) and done.path == outcomes.items[n][1]
    assert done.metadata["architecture"] == "dense_100" and "history" not in done.metadata
    assert len(outcomes.items) == n + 1  # the failed run sent nothing more meanwhile


def _one_failure(outcomes, qtbot, exitcode=None) -> str:
    qtbot.waitUntil(lambda: len(outcomes.items) >= 1, timeout=20000)
    assert len(outcomes.items) == 1
    kind, message = outcomes.items[0]
    assert kind == "failed"
    (crash,) = outcomes.typed
    assert isinstance(crash, RunCrashed) and crash.message == message
    assert crash.exitcode == exitcode
    return message


def test_a_child_that_dies_in_the_middle_of_a_message(runner, qtbot, monkeypatch, tmp_path,
                                                      full_mnist_dir):
    monkeypatch.setattr(training, "child_main", fake_children.dies_mid_message)
    outcomes = Outcomes(runner)
    runner.start(tiny(full_mnist_dir), str(tmp_path / "m"))
    message = _one_failure(outcomes, qtbot, exitcode=3)
    assert "stopped unexpectedly" in message and "exit code 3" in message
    _start_again_and_finish(runner, outcomes, qtbot, monkeypatch, full_mnist_dir, tmp_path)


def test_a_child_that_raises(runner, qtbot, monkeypatch, tmp_path, full_mnist_dir):
    monkeypatch.setattr(training, "child_main", fake_children.raises)
    outcomes = Outcomes(runner)
    runner.start(tiny(full_mnist_dir), str(tmp_path / "m"))
    message = _one_failure(outcomes, qtbot, exitcode=1)
    assert "stopped unexpectedly" in message and "exit code 1" in message
    _start_again_and_finish(runner, outcomes, qtbot, monkeypatch, full_mnist_dir, tmp_path)


def test_a_child_that_sends_an_unreadable_message_is_stopped(runner, qtbot, monkeypatch,
                                                             tmp_path, full_mnist_dir):
    monkeypatch.setattr(training, "child_main", fake_children.sends_garbage_then_hangs)
    outcomes = Outcomes(runner)
    runner.start(tiny(full_mnist_dir), str(tmp_path / "m"))
    message = _one_failure(outcomes, qtbot)
    assert "unreadable message" in message
    assert process_gone(int((tmp_path / "m.pid").read_text()))  # not left running
    _start_again_and_finish(runner, outcomes, qtbot, monkeypatch, full_mnist_dir, tmp_path)


def test_a_child_killed_during_training(runner, qtbot, monkeypatch, tmp_path, full_mnist_dir):
    outcomes = Outcomes(runner)
    progress = []
    runner.progress.connect(progress.append)
    runner.start(tiny(full_mnist_dir, epochs=200, limit=None), str(tmp_path / "killed"))
    qtbot.waitUntil(lambda: bool(progress), timeout=60000)
    (child,) = multiprocessing.active_children()
    os.kill(child.pid, signal.SIGKILL)
    message = _one_failure(outcomes, qtbot, exitcode=-signal.SIGKILL)
    assert "stopped unexpectedly" in message and "SIGKILL" in message
    assert not (tmp_path / "killed.json").exists()
    _start_again_and_finish(runner, outcomes, qtbot, monkeypatch, full_mnist_dir, tmp_path)


def test_cancel_then_start_again(runner, qtbot, monkeypatch, tmp_path, full_mnist_dir):
    outcomes = Outcomes(runner)
    progress = []
    runner.progress.connect(progress.append)
    runner.start(tiny(full_mnist_dir, epochs=200, limit=None), str(tmp_path / "cancelled"))
    qtbot.waitUntil(lambda: bool(progress), timeout=60000)
    t0 = time.monotonic()
    runner.cancel()
    qtbot.waitUntil(lambda: bool(outcomes.items), timeout=5000)
    assert time.monotonic() - t0 < 1.5
    assert outcomes.items == [("cancelled", None)]
    assert outcomes.typed == [RunCancelled()]
    assert not (tmp_path / "cancelled.json").exists()
    _start_again_and_finish(runner, outcomes, qtbot, monkeypatch, full_mnist_dir, tmp_path)
