"""Exceptions told to the user in one line (no Qt, no torch)."""

from __future__ import annotations


def describe_error(exc: BaseException) -> str:
    """``TypeName: message`` on one line, at most 300 characters of message."""
    text = " ".join(str(exc).split())[:300]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
