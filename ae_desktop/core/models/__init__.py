"""Model zoo: the tutorial autoencoders and their registry."""

from .base import Autoencoder
from .registry import ARCHITECTURES, ArchitectureSpec, UnknownArchitectureError, get_spec

__all__ = [
    "ARCHITECTURES",
    "ArchitectureSpec",
    "Autoencoder",
    "UnknownArchitectureError",
    "get_spec",
]
