"""TaskRunner: jobs run in order off the GUI thread; a key is latest-wins.

A job can be held on the task thread with a ``threading.Event`` so the test decides
exactly what is queued while it runs; waiting for results goes through Qt signals
(qtbot), never through sleeps.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication

from ae_desktop.workers import tasks
from ae_desktop.workers.tasks import TaskRunner

_GATES: list[threading.Event] = []


@pytest.fixture
def runner():
    r = TaskRunner("test-tasks")
    yield r
    for gate in _GATES:  # a failed assertion must not leave a job held (and the thread alive)
        gate.set()
    _GATES.clear()
    r.stop()


class _Recorder:
    """Collects what ran (on which thread) and what the runner reported back."""

    def __init__(self, runner: TaskRunner) -> None:
        self.ran: list[str] = []
        self.threads: set[int] = set()
        self.done: list[tuple[int, object]] = []
        self.failed: list[tuple[int, str]] = []
        runner.task_done.connect(lambda job, result: self.done.append((job, result)))
        runner.task_failed.connect(lambda job, msg: self.failed.append((job, msg)))

    def job(self, label: str, hold: threading.Event | None = None,
            started: threading.Event | None = None, error: str | None = None):
        def fn():
            self.ran.append(label)
            self.threads.add(threading.get_ident())
            if started is not None:
                started.set()
            if hold is not None:
                assert hold.wait(10), "the test never released the held job"
            if error is not None:
                raise RuntimeError(error)
            return f"result of {label}"
        return fn


def _hold_first(rec: _Recorder, runner: TaskRunner, key="cursor"):
    """Submit a job that runs until released; return (job id, release event)."""
    release, started = threading.Event(), threading.Event()
    _GATES.append(release)
    job = runner.submit(rec.job("A", hold=release, started=started), key=key)
    assert started.wait(10), "the first job never started on the task thread"
    return job, release


def test_while_a_keyed_job_runs_only_the_last_of_three_more_runs(qtbot, runner):
    rec = _Recorder(runner)
    a, release = _hold_first(rec, runner)
    b = runner.submit(rec.job("B"), key="cursor")
    c = runner.submit(rec.job("C"), key="cursor")
    d = runner.submit(rec.job("D"), key="cursor")
    assert runner.superseded == 2  # B and C were replaced before they could run
    release.set()
    qtbot.waitUntil(lambda: len(rec.done) == 2, timeout=10000)
    assert rec.ran == ["A", "D"]
    assert rec.done == [(a, "result of A"), (d, "result of D")]
    assert a < b < c < d
    # Nothing more arrives for B and C: they were dropped, not delayed.
    with qtbot.waitSignal(runner.task_done, timeout=10000):
        e = runner.submit(rec.job("E"), key="cursor")
    assert rec.ran == ["A", "D", "E"] and rec.done[-1] == (e, "result of E")
    assert rec.failed == [] and runner.superseded == 2
    assert threading.get_ident() not in rec.threads and len(rec.threads) == 1


def test_other_keys_and_unkeyed_jobs_are_not_superseded_and_run_in_order(qtbot, runner):
    rec = _Recorder(runner)
    a, release = _hold_first(rec, runner, key="cursor")
    u1 = runner.submit(rec.job("u1"))
    m1 = runner.submit(rec.job("m1"), key="marker")
    runner.submit(rec.job("c1"), key="cursor")  # replaced by c2 below
    u2 = runner.submit(rec.job("u2"))
    m2 = runner.submit(rec.job("m2"), key="marker")  # m1 is queued: m2 waits for it
    c2 = runner.submit(rec.job("c2"), key="cursor")
    u3 = runner.submit(rec.job("u3"))
    assert runner.superseded == 1  # only c1
    release.set()
    qtbot.waitUntil(lambda: len(rec.done) == 7, timeout=10000)
    # Unkeyed jobs and the first job of a key go straight to the queue, in submission
    # order; a key's waiting job follows when the job of its key before it has finished.
    assert rec.ran == ["A", "u1", "m1", "u2", "u3", "c2", "m2"]
    assert [job for job, _ in rec.done] == [a, u1, m1, u2, u3, c2, m2]
    assert all(result == f"result of {rec.ran[i]}" for i, (_, result) in enumerate(rec.done))


def test_a_failing_job_is_reported_and_frees_its_key(qtbot, runner, monkeypatch):
    monkeypatch.setattr(tasks.traceback, "print_exc", lambda: None)
    rec = _Recorder(runner)
    release, started = threading.Event(), threading.Event()
    _GATES.append(release)
    bad = runner.submit(rec.job("bad", hold=release, started=started, error="decoder exploded"),
                        key="grid")
    assert started.wait(10)
    nxt = runner.submit(rec.job("next"), key="grid")  # waits for the failing job
    with qtbot.waitSignal(runner.task_failed, timeout=10000) as failure:
        release.set()
    assert failure.args == [bad, "decoder exploded"]
    qtbot.waitUntil(lambda: len(rec.done) == 1, timeout=10000)
    assert rec.done == [(nxt, "result of next")]
    # The key is free again: a new job of it runs at once instead of waiting forever
    # behind a job that will never report.
    with qtbot.waitSignal(runner.task_done, timeout=10000) as later:
        again = runner.submit(rec.job("again"), key="grid")
    assert later.args == [again, "result of again"]
    assert rec.ran == ["bad", "next", "again"] and rec.failed == [(bad, "decoder exploded")]


def test_an_exception_without_a_message_is_reported_by_its_type(qtbot, runner, monkeypatch):
    monkeypatch.setattr(tasks.traceback, "print_exc", lambda: None)

    def fn():
        raise ZeroDivisionError

    with qtbot.waitSignal(runner.task_failed, timeout=10000) as failure:
        job = runner.submit(fn)
    assert failure.args == [job, "ZeroDivisionError"]


def test_stop_joins_the_thread_and_the_waiting_job_never_runs(qtbot):
    from ae_desktop.workers.threads import running_threads

    r = TaskRunner("test-stop")
    rec = _Recorder(r)
    try:
        _, release = _hold_first(rec, r)
        r.submit(rec.job("waiting"), key="cursor")
        assert "test-stop" in running_threads()
    finally:
        for gate in _GATES:
            gate.set()
        _GATES.clear()
        r.stop()
    assert "test-stop" not in running_threads()
    QCoreApplication.processEvents()  # deliver the queued reply of A: it must not start "waiting"
    assert rec.ran == ["A"]
