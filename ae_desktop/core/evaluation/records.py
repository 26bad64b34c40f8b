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


@dataclass(frozen=True)
class ErrorDistribution:
    """One model's reconstruction error (MSE against the digit) on each test digit, sorted.

    Reconstruction error as anomaly detection, the classic use of autoencoders: a
    drawn digit whose error is higher than almost every test digit's does not look
    like MNIST to that model.
    """

    model: str
    mse_sorted: np.ndarray  # (N,) ascending

    def share_below(self, mse: float) -> float:
        """The fraction of test digits reconstructed with a smaller error than ``mse``."""
        n = len(self.mse_sorted)
        if n == 0 or not np.isfinite(mse):
            return float("nan")
        return float(np.searchsorted(self.mse_sorted, mse, side="left")) / n
