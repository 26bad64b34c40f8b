"""Fully connected autoencoders: ``dense_100``, ``denoising_dense`` and the ``dense_z`` family."""

from __future__ import annotations

from torch import nn

from .base import Autoencoder, Reshape, keras_init


class Dense100(Autoencoder):
    """784 → 256 → 100 → 256 → 784, ReLU, linear output, MSE loss."""

    output_activation = "linear"

    def __init__(self) -> None:
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Flatten(),
            nn.Linear(784, 256),
            nn.ReLU(),
            nn.Linear(256, 100),
            nn.ReLU(),
        )
        self.decoder = nn.Sequential(
            nn.Linear(100, 256),
            nn.ReLU(),
            nn.Linear(256, 784),
            Reshape(1, 28, 28),
        )
        keras_init(self)


class DenoisingDense(Autoencoder):
    """784 → 256 → 128 → 64 → 128 → 256 → 784 with a Tanh output on [-1, 1]."""

    output_activation = "tanh"

    def __init__(self) -> None:
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Flatten(),
            nn.Linear(784, 256),
            nn.ReLU(),
            nn.Linear(256, 128),
            nn.ReLU(),
            nn.Linear(128, 64),
            nn.ReLU(),
        )
        self.decoder = nn.Sequential(
            nn.Linear(64, 128),
            nn.ReLU(),
            nn.Linear(128, 256),
            nn.ReLU(),
            nn.Linear(256, 784),
            Reshape(1, 28, 28),
        )
        keras_init(self)


class DenseZ(Autoencoder):
    """784 → 256 → z → 256 → 784: ReLU hidden layers, a *linear* code, sigmoid output.

    The bottleneck family (``dense_z``): one architecture, the code size ``z`` a
    parameter. The code is linear (no ReLU) so that small codes keep every unit alive.
    """

    output_activation = "sigmoid"

    def __init__(self, latent_size: int = 16) -> None:
        super().__init__()
        self.latent_size = int(latent_size)
        self.encoder = nn.Sequential(
            nn.Flatten(),
            nn.Linear(784, 256),
            nn.ReLU(),
            nn.Linear(256, self.latent_size),
        )
        self.decoder = nn.Sequential(
            nn.Linear(self.latent_size, 256),
            nn.ReLU(),
            nn.Linear(256, 784),
            Reshape(1, 28, 28),
        )
        keras_init(self)
