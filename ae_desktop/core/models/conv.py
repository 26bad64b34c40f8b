"""Convolutional autoencoders ported layer by layer from the Keras tutorials.

Keras 'same' padding gives ``ceil(input / stride)`` outputs; the explicit
paddings below reproduce that for each layer (checked by the shape tests).
"""

from __future__ import annotations

from torch import nn

from .base import Autoencoder, Reshape, keras_init


class ConvUpsampling(Autoencoder):
    """Keras blog convolutional AE: conv + max-pool down, conv + upsample up."""

    output_activation = "sigmoid"

    def __init__(self) -> None:
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(),           # 16x28x28
            nn.MaxPool2d(2, ceil_mode=True),                     # 16x14x14
            nn.Conv2d(16, 8, 3, padding=1), nn.ReLU(),           # 8x14x14
            nn.MaxPool2d(2, ceil_mode=True),                     # 8x7x7
            nn.Conv2d(8, 8, 3, stride=2, padding=1), nn.ReLU(),  # 8x4x4 (code)
        )
        self.decoder = nn.Sequential(
            nn.Conv2d(8, 8, 3, padding=1), nn.ReLU(),            # 8x4x4
            nn.Upsample(scale_factor=2, mode="nearest"),         # 8x8x8
            nn.Conv2d(8, 8, 3, padding=1), nn.ReLU(),            # 8x8x8
            nn.Upsample(scale_factor=2, mode="nearest"),         # 8x16x16
            nn.Conv2d(8, 16, 3), nn.ReLU(),                      # 16x14x14 (valid)
            nn.Upsample(scale_factor=2, mode="nearest"),         # 16x28x28
            nn.Conv2d(16, 1, 3, padding=1),                      # 1x28x28, sigmoid
        )
        keras_init(self)


class ConvLatentMap(Autoencoder):
    """Conv + max-pool + dense to a 14x14 latent *map*, transposed conv back.

    The last layer uses a sigmoid (the tutorial leaves it linear): targets are
    in [0, 1], a bounded output needs no clipping to be shown as an image, and
    it makes the per-pixel BCE metric well defined.  The loss stays MSE.
    """

    output_activation = "sigmoid"

    def __init__(self) -> None:
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Conv2d(1, 10, 5, padding=2), nn.ReLU(),           # 10x28x28
            nn.MaxPool2d(5, stride=1),                           # 10x24x24 (valid)
            nn.Flatten(),                                        # 5760
            nn.Linear(10 * 24 * 24, 196),                        # 196, linear
            Reshape(1, 14, 14),                                  # 1x14x14 map
        )
        self.decoder = nn.Sequential(
            nn.ConvTranspose2d(1, 10, 4, stride=2, padding=1), nn.ReLU(),  # 10x28x28
            nn.ZeroPad2d((1, 2, 1, 2)),                          # Keras 'same' for k=4
            nn.Conv2d(10, 1, 4),                                 # 1x28x28
        )
        keras_init(self)


class ConvSelu(Autoencoder):
    """Hands-On ML convolutional AE with SELU; 23,296 + 23,233 parameters."""

    output_activation = "sigmoid"

    def __init__(self) -> None:
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Conv2d(1, 16, 3, padding=1), nn.SELU(), nn.MaxPool2d(2),   # 16x14x14
            nn.Conv2d(16, 32, 3, padding=1), nn.SELU(), nn.MaxPool2d(2),  # 32x7x7
            nn.Conv2d(32, 64, 3, padding=1), nn.SELU(), nn.MaxPool2d(2),  # 64x3x3
        )
        self.decoder = nn.Sequential(
            nn.ConvTranspose2d(64, 32, 3, stride=2), nn.SELU(),           # 32x7x7 (valid)
            nn.ConvTranspose2d(32, 16, 3, stride=2, padding=1, output_padding=1),
            nn.SELU(),                                                    # 16x14x14
            nn.ConvTranspose2d(16, 1, 3, stride=2, padding=1, output_padding=1),
        )                                                                 # 1x28x28
        keras_init(self)


def conv2d_encoder_trunk(negative_slope: float) -> nn.Sequential:
    """Foster's 2-D encoder trunk: Conv 32/64/64/64, strides 1/2/2/1, LeakyReLU."""
    return nn.Sequential(
        nn.Conv2d(1, 32, 3, stride=1, padding=1), nn.LeakyReLU(negative_slope),   # 28
        nn.Conv2d(32, 64, 3, stride=2, padding=1), nn.LeakyReLU(negative_slope),  # 14
        nn.Conv2d(64, 64, 3, stride=2, padding=1), nn.LeakyReLU(negative_slope),  # 7
        nn.Conv2d(64, 64, 3, stride=1, padding=1), nn.LeakyReLU(negative_slope),  # 7
        nn.Flatten(),                                                             # 3136
    )


def conv2d_decoder(latent_dim: int, negative_slope: float) -> nn.Sequential:
    """Foster's decoder: Dense → 64x7x7, ConvTranspose 64/64/32/1, strides 1/2/2/1."""
    return nn.Sequential(
        nn.Linear(latent_dim, 64 * 7 * 7),
        Reshape(64, 7, 7),
        nn.ConvTranspose2d(64, 64, 3, stride=1, padding=1), nn.LeakyReLU(negative_slope),
        nn.ConvTranspose2d(64, 64, 3, stride=2, padding=1, output_padding=1),
        nn.LeakyReLU(negative_slope),                                             # 14
        nn.ConvTranspose2d(64, 32, 3, stride=2, padding=1, output_padding=1),
        nn.LeakyReLU(negative_slope),                                             # 28
        nn.ConvTranspose2d(32, 1, 3, stride=1, padding=1),                        # sigmoid
    )


# Keras' LeakyReLU default slope, which Foster's code uses unchanged.
KERAS_LEAKY_SLOPE = 0.3


class Conv2D(Autoencoder):
    """Generative Deep Learning (Foster) autoencoder with a 2-D latent."""

    output_activation = "sigmoid"

    def __init__(self) -> None:
        super().__init__()
        self.encoder = nn.Sequential(
            *conv2d_encoder_trunk(KERAS_LEAKY_SLOPE), nn.Linear(64 * 7 * 7, 2)
        )
        self.decoder = conv2d_decoder(2, KERAS_LEAKY_SLOPE)
        keras_init(self)


class ConvZ(Autoencoder):
    """Foster's conv encoder and decoder around a code of ``latent_size`` numbers.

    The conv bottleneck family (``conv_z``); ``conv_2d`` is this shape with z = 2.
    """

    output_activation = "sigmoid"

    def __init__(self, latent_size: int = 16) -> None:
        super().__init__()
        self.latent_size = int(latent_size)
        self.encoder = nn.Sequential(
            *conv2d_encoder_trunk(KERAS_LEAKY_SLOPE), nn.Linear(64 * 7 * 7, self.latent_size)
        )
        self.decoder = conv2d_decoder(self.latent_size, KERAS_LEAKY_SLOPE)
        keras_init(self)
