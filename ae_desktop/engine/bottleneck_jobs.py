"""Engine jobs of the bottleneck view: payload records (frozen dataclasses) and their handlers.

Filled in by the feature; ``jobs.HANDLERS`` merges :data:`HANDLERS`.
"""

from __future__ import annotations

HANDLERS: dict = {}
