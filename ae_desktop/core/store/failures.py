"""A model file that could not be used, told to the user (no torch: the GUI and the
engine protocol both carry it)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .. import reasons as R
from ..reasons import Reason


def shown_path(path: str | os.PathLike) -> str:
    """A path for a one-line message: control characters (a newline in a name) become '?'."""
    return "".join(c if c.isprintable() or c == " " else "?" for c in os.fspath(path))


@dataclass(frozen=True)
class LoadFailure:
    path: Path  # the file that could not be used
    reason: str  # one line, for the user (a Reason the window translates, when from core)

    def __str__(self) -> str:
        return Reason(R.PATH_PROBLEM, path=shown_path(self.path), reason=self.reason)
