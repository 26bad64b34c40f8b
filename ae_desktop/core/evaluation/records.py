"""Evaluation results as plain records (numpy and plain values; no torch, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class RobustnessCurve:
    kind: str
    amounts: np.ndarray  # (K,)
    mse: dict[str, np.ndarray]  # model name → (K,) mean MSE against the clean digit
    n_digits: int
