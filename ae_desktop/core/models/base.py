"""Common interface of every autoencoder in the zoo."""

from __future__ import annotations

import torch
from torch import nn


class Autoencoder(nn.Module):
    """An encoder and a decoder with a known output activation.

    Subclasses define ``self.encoder`` and ``self.decoder`` (both
    ``nn.Sequential``) and the class attribute ``output_activation``.  The
    decoder produces *pre-activation* values so training can use the
    numerically stable ``binary_cross_entropy_with_logits``; ``decode`` applies
    the activation and is what users of the model call.
    """

    output_activation: str = "linear"  # "sigmoid" | "tanh" | "linear"

    encoder: nn.Module
    decoder: nn.Module

    def encode(self, x: torch.Tensor) -> torch.Tensor:
        """Map a batch of images ``(N, 1, 28, 28)`` to latent codes."""
        return self.encoder(x)

    def decode_raw(self, z: torch.Tensor) -> torch.Tensor:
        """Decoder output before the final activation, shape ``(N, 1, 28, 28)``."""
        return self.decoder(z)

    def activate(self, raw: torch.Tensor) -> torch.Tensor:
        if self.output_activation == "sigmoid":
            return torch.sigmoid(raw)
        if self.output_activation == "tanh":
            return torch.tanh(raw)
        return raw

    def decode(self, z: torch.Tensor) -> torch.Tensor:
        """Map latent codes back to images in the model's output range."""
        return self.activate(self.decode_raw(z))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.decode(self.encode(x))


class Reshape(nn.Module):
    """Keras-style Reshape layer (keeps the batch dimension)."""

    def __init__(self, *shape: int) -> None:
        super().__init__()
        self.shape = tuple(shape)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x.reshape(x.shape[0], *self.shape)

    def extra_repr(self) -> str:
        return f"shape={self.shape}"


def keras_init(module: nn.Module) -> None:
    """Initialise like Keras: Glorot-uniform weights and zero biases.

    The tutorials were tuned with Keras defaults; PyTorch's default
    (Kaiming-uniform with a=sqrt(5)) trains these small nets measurably slower.
    """
    for m in module.modules():
        if isinstance(m, (nn.Conv2d, nn.ConvTranspose2d, nn.Linear)):
            nn.init.xavier_uniform_(m.weight)
            if m.bias is not None:
                nn.init.zeros_(m.bias)
