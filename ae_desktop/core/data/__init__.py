"""Data sets: the IDX reader, downloads, image files."""
