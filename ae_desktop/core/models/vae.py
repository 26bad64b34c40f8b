"""Variational autoencoder with Foster's 2-D convolutional shape."""

from __future__ import annotations

import torch
from torch import nn

from .base import Autoencoder, keras_init
from .conv import KERAS_LEAKY_SLOPE, conv2d_decoder, conv2d_encoder_trunk


class _GaussianHeads(nn.Module):
    """Two Dense(2) heads on the same features: mean and log-variance."""

    def __init__(self, features: int, latent_dim: int) -> None:
        super().__init__()
        self.mu = nn.Linear(features, latent_dim)
        self.log_var = nn.Linear(features, latent_dim)

    def forward(self, h: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        return self.mu(h), self.log_var(h)


class Vae2D(Autoencoder):
    """VAE: the encoder outputs mean and log-variance; ``encode`` returns the mean."""

    output_activation = "sigmoid"

    def __init__(self, latent_dim: int = 2) -> None:
        super().__init__()
        # One Sequential (not separate attributes) so each weight has one name.
        self.encoder = nn.Sequential(
            conv2d_encoder_trunk(KERAS_LEAKY_SLOPE), _GaussianHeads(64 * 7 * 7, latent_dim)
        )
        self.decoder = conv2d_decoder(latent_dim, KERAS_LEAKY_SLOPE)
        keras_init(self)

    def encode_stats(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Mean and log-variance of q(z|x)."""
        return self.encoder(x)

    def encode(self, x: torch.Tensor) -> torch.Tensor:
        return self.encode_stats(x)[0]

    @staticmethod
    def reparameterize(
        mu: torch.Tensor, log_var: torch.Tensor, generator: torch.Generator | None = None
    ) -> torch.Tensor:
        eps = torch.randn(mu.shape, generator=generator, dtype=mu.dtype, device=mu.device)
        return mu + torch.exp(0.5 * log_var) * eps
