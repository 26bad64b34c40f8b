"""TaskRunner.stop: the running job is cancelled, the wait is bounded, nothing more runs."""

from __future__ import annotations

import threading
import time

from ae_desktop.core.compute import cancel
from ae_desktop.workers.tasks import CANCELLED, TaskRunner
from ae_desktop.workers.threads import running_threads


def test_stop_cancels_the_running_job_and_drops_the_queue(qtbot):
    runner = TaskRunner("stop-test")
    started = threading.Event()
    ran_after = []
    failed = []
    runner.task_failed.connect(lambda job, msg: failed.append((job, msg)))

    def cooperative():  # a long core loop: checks its token between batches
        started.set()
        for _ in range(10_000):
            cancel.check()
            time.sleep(0.01)  # one "batch" of work

    first = runner.submit(cooperative)
    runner.submit(lambda: ran_after.append("queued"))
    runner.submit(lambda: ran_after.append("keyed"), key="k")
    assert started.wait(10)
    t0 = time.monotonic()
    assert runner.stop()
    assert time.monotonic() - t0 < 0.5
    assert "stop-test" not in running_threads()
    assert ran_after == []
    runner.submit(lambda: ran_after.append("after stop"))  # ignored, not an error
    qtbot.waitUntil(lambda: (first, CANCELLED) in failed, timeout=2000)
    assert ran_after == []


def test_a_job_that_ignores_the_token_cannot_hold_stop_beyond_its_timeout(qtbot):
    runner = TaskRunner("stuck-test")
    started, release = threading.Event(), threading.Event()

    def stuck():  # e.g. a blocking call that never checks the token
        started.set()
        release.wait(30)

    runner.submit(stuck)
    assert started.wait(10)
    t0 = time.monotonic()
    joined = runner.stop(timeout=0.3)
    elapsed = time.monotonic() - t0
    try:
        assert not joined
        assert elapsed < 1.0
        assert "stuck-test" in running_threads()  # reported, not hidden
    finally:
        release.set()
        qtbot.waitUntil(lambda: "stuck-test" not in running_threads(), timeout=5000)
