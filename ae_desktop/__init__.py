"""AE Desktop: draw a digit and watch autoencoders reconstruct it."""

__version__ = "0.1.0"
