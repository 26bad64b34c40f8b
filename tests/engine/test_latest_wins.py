"""The engine's latest-wins bookkeeping, without Qt."""

from __future__ import annotations

import subprocess
import sys
import threading

from ae_desktop.engine.latest_wins import LatestWins


def test_idle_key_sends_at_once_busy_key_parks_and_newest_pending_wins():
    lw: LatestWins[str] = LatestWins()
    t1 = lw.submit("live", 1, "a")
    assert t1 is not None and t1.item == "a"
    assert lw.submit("live", 2, "b") is None
    assert lw.submit("live", 3, "c") is None  # replaces b, which is never sent
    assert lw.dropped == 1
    assert lw.pending("live") == "c"
    ans = lw.on_answer("live", 1)
    # The live lane shows the in-flight answer even though c waits (updates during a stroke).
    assert ans.deliver and ans.send_next is not None and ans.send_next.item == "c"
    ans = lw.on_answer("live", 3)
    assert ans.deliver and ans.send_next is None
    assert not lw.busy("live")


def test_superseded_answers_are_dropped_for_jobs():
    lw: LatestWins[str] = LatestWins(deliver_superseded=False)
    lw.submit("cursor", 1, "p1")
    lw.submit("cursor", 2, "p2")
    ans = lw.on_answer("cursor", 1)
    assert not ans.deliver and ans.send_next.seq == 2
    assert lw.on_answer("cursor", 2).deliver
    assert lw.stale == 1


def test_keys_are_independent():
    lw: LatestWins[str] = LatestWins(deliver_superseded=False)
    assert lw.submit("grid:a", 1, "x") is not None
    assert lw.submit("grid:b", 2, "y") is not None  # another key: not parked behind grid:a
    assert lw.submit("grid:a", 3, "z") is None
    assert lw.on_answer("grid:b", 2).deliver
    assert {t.seq for t in lw.in_flight()} == {1}


def test_unknown_duplicate_and_older_answers_are_dropped():
    lw: LatestWins[str] = LatestWins()
    assert lw.on_answer("live", 7).deliver is False  # never submitted
    lw.submit("live", 5, "a")
    assert lw.on_answer("live", 5).deliver
    assert lw.on_answer("live", 5).deliver is False  # twice
    lw.submit("live", 4, "older id")  # an id lower than one delivered
    assert lw.on_answer("live", 4).deliver is False
    assert lw.stale == 3


def test_engine_death_loses_in_flight_and_promotes_pending():
    lw: LatestWins[str] = LatestWins()
    lw.submit("live", 1, "a")
    lw.submit("live", 2, "b")
    lw.submit("job", 3, "j")
    lost, to_send = lw.forget_in_flight()
    assert sorted(t.seq for t in lost) == [1, 3]
    assert [t.seq for t in to_send] == [2]
    assert lw.on_answer("live", 1).deliver is False  # the dead engine's late answer
    assert lw.on_answer("live", 2).deliver
    assert not lw.busy("live") and not lw.busy("job")


def test_concurrent_submits_and_answers_keep_one_in_flight_per_key():
    lw: LatestWins[int] = LatestWins()
    sent: list[int] = []
    lock = threading.Lock()
    seq = iter(range(1, 10**9))

    def producer():
        for _ in range(2000):
            with lock:
                s = next(seq)
            t = lw.submit("live", s, s)
            if t is not None:
                with lock:
                    sent.append(t.seq)

    threads = [threading.Thread(target=producer) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # Answer everything that was sent, in order; each answer sends at most one next.
    answered = 0
    while lw.in_flight():
        (t,) = lw.in_flight()
        answered += 1
        lw.on_answer("live", t.seq)
    # Nothing was answered while producing: one was sent, the newest waits, the rest dropped.
    assert len(sent) == 1
    assert lw.dropped == 6000 - 2
    assert answered == 2


def test_engine_modules_import_neither_torch_nor_qt():
    code = ("import sys, ae_desktop.engine.protocol, ae_desktop.engine.latest_wins, "
            "ae_desktop.engine.engine_main; "
            "bad = [m for m in sys.modules if m == 'torch' or m.startswith('PySide6')]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_client_imports_no_torch():
    code = ("import sys, ae_desktop.engine.protocol, ae_desktop.engine.client, "
            "ae_desktop.engine.latest_wins; assert 'torch' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_an_unusable_answer_frees_the_key_without_counting_as_delivered():
    lw = LatestWins(deliver_superseded=False)
    lw.submit("k", 1, "a")
    ans = lw.on_answer("k", 1, usable=False)  # e.g. computed with replaced models
    assert not ans.deliver and not lw.busy("k")
    assert lw.submit("k", 1, "a") is not None  # asked again under the same id
    assert lw.on_answer("k", 1).deliver  # and now its answer is delivered
