"""Latest-wins bookkeeping for work sent to the engine (no Qt, no torch).

Modelled on napari's ``_LayerSlicer`` (a lock, a map from key to the task in
flight, newer work superseding older work for the same key), but for a process
that answers messages instead of a thread pool that returns futures:

- per key, at most one item is *in flight* (sent, not yet answered) and at most
  one is *pending*; a newer :meth:`LatestWins.submit` replaces the pending one,
  which is then never sent (counted in :attr:`LatestWins.dropped`);
- an answer for a key frees it, and the pending item (if any) is returned to be sent;
- an answer older than one already delivered for that key is dropped, and so is
  an answer for an item this object does not know (e.g. one that was in flight
  when the engine died).

The live lane uses one key and ``deliver_superseded=True``: the answer of the
request in flight is shown even when a newer one is pending, so the panes keep
updating during a fast stroke.  Keyed background jobs use ``deliver_superseded=False``:
the explorer's cursor decode for an old position is worthless once a newer one waits.

Every method may be called from any thread (one lock); in the app they are all
called on the GUI thread, by :class:`ae_desktop.engine.client.EngineClient`.
"""

from __future__ import annotations

import threading
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Ticket(Generic[T]):
    """An item with its key and sequence number (ids grow with every submit)."""

    key: Hashable
    seq: int
    item: T


@dataclass(frozen=True)
class Answered(Generic[T]):
    """What to do with an answer: deliver it or not, and what to send next."""

    deliver: bool
    send_next: Ticket[T] | None


class LatestWins(Generic[T]):
    def __init__(self, *, deliver_superseded: bool = True) -> None:
        self._deliver_superseded = deliver_superseded
        self._lock = threading.RLock()
        self._in_flight: dict[Hashable, Ticket[T]] = {}
        self._pending: dict[Hashable, Ticket[T]] = {}
        self._delivered: dict[Hashable, int] = {}
        self.dropped = 0  # pending items replaced before they were sent
        self.stale = 0  # answers that were not delivered

    def submit(self, key: Hashable, seq: int, item: T) -> Ticket[T] | None:
        """Register ``item``; return its ticket if it should be sent now, else None (parked)."""
        ticket = Ticket(key, seq, item)
        with self._lock:
            if key not in self._in_flight:
                self._in_flight[key] = ticket
                return ticket
            if key in self._pending:
                self.dropped += 1
            self._pending[key] = ticket
            return None

    def on_answer(self, key: Hashable, seq: int, usable: bool = True) -> Answered[T]:
        """The engine answered ``(key, seq)``: deliver it?  And which ticket to send next.

        ``usable=False``: the caller knows the answer is worthless (cancelled, or computed
        with replaced models); it frees the key but is neither delivered nor remembered
        as delivered, so the same item may be asked again.
        """
        with self._lock:
            current = self._in_flight.get(key)
            if current is None or current.seq != seq:
                self.stale += 1  # not ours (any more): the key's state stays as it is
                return Answered(False, None)
            nxt = self._pending.pop(key, None)
            if nxt is None:
                del self._in_flight[key]
            else:
                self._in_flight[key] = nxt
            deliver = (usable and seq > self._delivered.get(key, -1)
                       and (nxt is None or self._deliver_superseded))
            if deliver:
                self._delivered[key] = seq
            else:
                self.stale += 1
            return Answered(deliver, nxt)

    def forget_in_flight(self) -> tuple[list[Ticket[T]], list[Ticket[T]]]:
        """The engine died: return ``(lost, to_send)``.

        ``lost`` were in flight and will never be answered; ``to_send`` are the pending
        items, now in flight, to send to the next engine.
        """
        with self._lock:
            lost = list(self._in_flight.values())
            to_send = list(self._pending.values())
            self._in_flight = {t.key: t for t in to_send}
            self._pending.clear()
            return lost, to_send

    def clear(self) -> None:
        """Forget everything (the client stopped)."""
        with self._lock:
            self._in_flight.clear()
            self._pending.clear()

    def busy(self, key: Hashable) -> bool:
        with self._lock:
            return key in self._in_flight

    def current(self, key: Hashable) -> Ticket[T] | None:
        """The ticket in flight for ``key``, if any."""
        with self._lock:
            return self._in_flight.get(key)

    def drop_pending(self, key: Hashable) -> bool:
        """Forget the pending item of ``key`` (it is never sent); True if there was one."""
        with self._lock:
            if self._pending.pop(key, None) is None:
                return False
            self.dropped += 1
            return True

    def pending(self, key: Hashable) -> T | None:
        with self._lock:
            t = self._pending.get(key)
            return None if t is None else t.item

    def in_flight(self) -> list[Ticket[T]]:
        with self._lock:
            return list(self._in_flight.values())
