"""Qt workers: background threads that run torch so the GUI never waits."""
