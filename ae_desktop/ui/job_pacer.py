"""One engine job in flight per view, the newest request waiting (no Qt, no engine calls).

The layer-activations and bottleneck views follow the drawing with keyed engine jobs. The
engine client drops the answer of a keyed job as soon as a newer one is submitted under
its key, so submitting on every live result would show nothing until the stroke stops.
Instead a view keeps at most one job in flight: what it wants meanwhile (a key naming the
digit and the models) waits in the view, and is sent when the answer comes. A key that
was answered (shown or failed) is not asked again until something changes, and an answer
later than :data:`STUCK_S` (a long job ahead in the engine's lane) no longer holds the
newest key back.
"""

from __future__ import annotations

import time
from collections.abc import Hashable

STUCK_S = 5.0  # an answer this late: send the newest anyway


class JobPacer:
    """Bookkeeping of one view's job in flight; the view submits and receives."""

    def __init__(self, stuck_s: float = STUCK_S) -> None:
        self.stuck_s = stuck_s
        self.in_flight: int | None = None  # the engine's job id
        self.in_flight_key: Hashable | None = None
        self.sent_at = float("-inf")  # time.perf_counter() of the last send
        self.done_key: Hashable | None = None  # the last key answered (shown or failed)

    def should_send(self, want: Hashable | None) -> bool:
        """Whether ``want`` is to be submitted now (not answered, nothing holding it back)."""
        if want is None or want == self.done_key:
            return False
        if self.in_flight is None:
            return True
        return want != self.in_flight_key and time.perf_counter() - self.sent_at >= self.stuck_s

    def sent(self, job_id: int, key: Hashable) -> None:
        self.in_flight, self.in_flight_key = job_id, key
        self.sent_at = time.perf_counter()

    def answered(self, job_id: int) -> bool:
        """Record the answer (or failure) of ``job_id``; False if it is not the job in flight
        (an older job's late answer, or a job of someone else)."""
        if job_id != self.in_flight:
            return False
        self.in_flight = None
        self.done_key = self.in_flight_key
        return True

    def lost(self) -> None:
        """The engine died: its job will not be answered (job_failed says so)."""
        self.in_flight = None
