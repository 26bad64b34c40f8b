"""Exceptions told to the user in one line (no Qt, no torch)."""

from __future__ import annotations

from .reasons import typed_error


def describe_error(exc: BaseException) -> str:
    """``TypeName: message`` on one line, at most 300 characters of message (a Reason,
    so a message raised as one is translated where it is shown)."""
    return typed_error(exc, 300)
