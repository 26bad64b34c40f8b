"""Evaluation: metrics and robustness sweeps."""
