"""Placeholder: the feature fills this module in (``install(window)`` adds its menu entries)."""

from __future__ import annotations


def install(window) -> None:
    """Add this view's actions to ``window``."""
