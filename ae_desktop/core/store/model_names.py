"""Model names that are safe file names on Windows, macOS and Linux.

A model called ``NAME`` is stored as files whose names *start* with ``NAME``
(the suffix is appended, never substituted), so ``run.1`` and ``run.2`` stay two
models. This module decides which names are allowed; the training dialog and
``ae-desktop train`` both use it.
"""

from __future__ import annotations

import re

from .. import reasons as R
from ..reasons import Reason

MAX_NAME_LENGTH = 64

# Windows refuses these as file names, with or without an extension (CON.txt too).
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
             *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
# Separators and the characters Windows forbids; control characters are checked apart.
_FORBIDDEN = set('/\\:*?"<>|')
# Appended to the name to make its files; a name ending in one would read as a file.
_OWN_SUFFIXES = (".json", ".safetensors")


class InvalidModelName(ValueError):
    """A name that cannot be used for a model; the message says why, for the user (a
    :class:`~ae_desktop.core.reasons.Reason`, which the window translates)."""


def check_model_name(name: str) -> str:
    """Return ``name`` stripped of surrounding spaces, or raise :class:`InvalidModelName`."""
    name = name.strip()
    if not name:
        raise InvalidModelName(Reason(R.NAME_EMPTY))
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidModelName(Reason(R.NAME_TOO_LONG, limit=MAX_NAME_LENGTH))
    bad = sorted({c for c in name if c in _FORBIDDEN or ord(c) < 32 or ord(c) == 127})
    if bad:
        shown = " ".join(repr(c) for c in bad)
        raise InvalidModelName(Reason(R.NAME_BAD_CHARACTERS, chars=shown))
    if name.startswith("."):
        raise InvalidModelName(Reason(R.NAME_LEADING_DOT))
    if name.endswith("."):
        raise InvalidModelName(Reason(R.NAME_TRAILING_DOT))
    if name.lower().endswith(_OWN_SUFFIXES):
        raise InvalidModelName(Reason(R.NAME_OWN_SUFFIX))
    if name.split(".")[0].upper().rstrip() in _RESERVED:
        raise InvalidModelName(Reason(R.NAME_RESERVED, name=repr(name)))
    return name


def is_valid_model_name(name: str) -> bool:
    try:
        check_model_name(name)
    except InvalidModelName:
        return False
    return True


_SAFE_RUN = re.compile(r"[^A-Za-z0-9_.-]+")


def suggest_model_name(base: str, taken: set[str]) -> str:
    """A valid name close to ``base`` that is not in ``taken`` (``my_conv_2``, ``my_conv_3`` …)."""
    base = _SAFE_RUN.sub("_", base.strip()).strip("._") or "model"
    base = base[:MAX_NAME_LENGTH - 4]
    if base not in taken and is_valid_model_name(base):
        return base
    i = 2
    while f"{base}_{i}" in taken:
        i += 1
    return f"{base}_{i}"
