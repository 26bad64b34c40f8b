"""Compute runtime: threads, devices, cancellation, batch reconstruction."""
