"""One job in flight per view, the newest request waiting (ui/job_pacer.py)."""

import time

from ae_desktop.ui.job_pacer import JobPacer


def test_one_job_in_flight_and_the_newest_waits():
    p = JobPacer()
    assert p.should_send(("m", 1))
    p.sent(10, ("m", 1))
    assert not p.should_send(("m", 1)) and not p.should_send(("m", 2))  # waits for 10
    assert not p.answered(9)  # someone else's, or an older job's late answer
    assert p.answered(10) and p.in_flight is None and p.done_key == ("m", 1)
    assert not p.should_send(("m", 1))  # answered: not asked again
    assert p.should_send(("m", 2)) and not p.should_send(None)


def test_a_stuck_answer_no_longer_holds_the_newest_back():
    p = JobPacer(stuck_s=0.05)
    p.sent(1, "a")
    assert not p.should_send("b")
    time.sleep(0.06)
    assert p.should_send("b") and not p.should_send("a")  # the same key is never sent twice


def test_a_lost_job_frees_the_slot_without_marking_it_answered():
    p = JobPacer()
    p.sent(1, "a")
    p.lost()
    assert p.in_flight is None and p.done_key is None and p.should_send("a")
