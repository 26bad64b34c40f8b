"""Saved models: checkpoints, metadata, names, the zoo, paths, atomic writes."""
