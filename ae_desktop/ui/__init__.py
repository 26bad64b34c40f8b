"""Widgets of the main window. Shows numpy arrays; never imports torch."""
