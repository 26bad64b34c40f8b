"""Model zoo: the tutorial autoencoders and their registry.

Importing this package loads no torch: the architecture table (:mod:`.specs`) is
plain data. The torch classes live in :mod:`.base`, :mod:`.conv`, :mod:`.dense`
and :mod:`.vae`; ``Autoencoder`` is still importable from here, loaded on first use.
"""

from .specs import (
    ARCHITECTURES,
    ArchitectureSpec,
    LatentSizeError,
    UnknownArchitectureError,
    get_spec,
)

__all__ = [
    "ARCHITECTURES",
    "ArchitectureSpec",
    "Autoencoder",
    "LatentSizeError",
    "UnknownArchitectureError",
    "get_spec",
]


def __getattr__(name: str):
    if name == "Autoencoder":
        from .base import Autoencoder

        return Autoencoder
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
