"""What the GUI and the training child say to each other (no Qt, no torch).

Child → GUI, over a one-way pipe: :class:`~ae_desktop.core.train.config.BatchProgress`
(at most every 0.1 s), :class:`~ae_desktop.core.train.config.EpochEnd` (one per epoch),
then exactly one outcome: :class:`RunFinished`, :class:`RunFailed` or
:class:`RunCancelled`.  The supervisor adds :class:`RunCrashed` when the child
ends without an outcome or sends something it cannot read.

GUI → child, over a second pipe: :class:`CancelRun`.  The child also treats the end
of that pipe (the GUI process is gone) as "stop now, write nothing".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .timeline import Timeline


@dataclass(frozen=True)
class CancelRun:
    """Stop between batches; nothing is saved."""


@dataclass(frozen=True)
class RunFinished:
    path: str  # the checkpoint written
    metadata: dict = field(default_factory=dict)  # its metadata without the curves
    timeline: Timeline | None = None  # the run's training timeline (also in the checkpoint)


@dataclass(frozen=True)
class RunFailed:
    message: str  # for the user, e.g. "the loss became nan … try a lower learning rate"


@dataclass(frozen=True)
class RunCancelled:
    """Stopped on request; nothing was written."""


@dataclass(frozen=True)
class RunCrashed:
    message: str
    exitcode: int | None = None  # negative: killed by that signal


RunOutcome = RunFinished | RunFailed | RunCancelled | RunCrashed
