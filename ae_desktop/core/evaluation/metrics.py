"""Test-set metrics, the same for every model, all on the [0, 1] pixel scale."""

from __future__ import annotations

import math

import numpy as np
import torch
import torch.nn.functional as F

from ..models import ArchitectureSpec
from ..models.base import Autoencoder

# Keras' epsilon: BCE of a clipped output, so linear-output models get a finite BCE.
EPS = 1e-7
DENOISE_NOISE = 0.5
EVAL_BATCH = 1000


def gaussian_noise(x01: torch.Tensor, factor: float, generator: torch.Generator) -> torch.Tensor:
    """The denoising tutorial's corruption, applied to [0, 1] pixels.

    The tutorial adds ``factor * N(0, 1)`` to inputs on the [-1, 1] scale and
    clamps to [-1, 1]; on [0, 1] pixels that is ``clip(x + factor/2 * N(0, 1),
    0, 1)``.  One convention everywhere (training, metrics, CLI): a noise
    factor of 0.5 always means the tutorial's noise, whatever the model's range.
    """
    if factor <= 0:
        return x01
    noise = torch.randn(x01.shape, generator=generator, dtype=x01.dtype)
    return (x01 + (factor / 2) * noise).clamp_(0.0, 1.0)


@torch.inference_mode()
def reconstruct(model: Autoencoder, spec: ArchitectureSpec, x01: torch.Tensor) -> torch.Tensor:
    """Reconstruct [0, 1] images with ``model`` and return [0, 1] outputs."""
    return spec.to_unit_range(model(spec.to_model_range(x01)))


def pixel_bce(y: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
    """Per-pixel binary cross-entropy with Keras' clipping (summed, not averaged)."""
    y = y.clamp(EPS, 1 - EPS)
    return -(t * torch.log(y) + (1 - t) * torch.log1p(-y))


@torch.inference_mode()
def evaluate(
    model: Autoencoder,
    spec: ArchitectureSpec,
    images01: np.ndarray | torch.Tensor,
    *,
    seed: int = 1234,
    denoise_noise: float = DENOISE_NOISE,
) -> dict[str, float]:
    """Metrics of ``model`` on images ``(N, 1, 28, 28)`` in [0, 1].

    Returns BCE per pixel, MSE, PSNR (dB, from the mean MSE), rounded accuracy
    (fraction of pixels where round(output) == round(target)), denoising MSE
    (the tutorial's noise factor 0.5, i.e. ``clip(x + 0.25 N(0,1), 0, 1)`` on
    [0, 1] pixels; target the clean digit) and, for the VAE,
    −ELBO in nats per image (one posterior sample per image, fixed seed).
    """
    model.eval()
    x_all = torch.as_tensor(images01, dtype=torch.float32)
    gen = torch.Generator().manual_seed(seed)
    n = x_all.shape[0]
    sums = {"bce": 0.0, "mse": 0.0, "acc": 0.0, "den": 0.0, "elbo": 0.0}
    for start in range(0, n, EVAL_BATCH):
        x = x_all[start:start + EVAL_BATCH]
        y = reconstruct(model, spec, x)
        sums["bce"] += pixel_bce(y, x).sum().item()
        sums["mse"] += F.mse_loss(y, x, reduction="sum").item()
        sums["acc"] += (torch.round(y) == torch.round(x)).sum().item()
        noisy = gaussian_noise(x, denoise_noise, gen)
        sums["den"] += F.mse_loss(reconstruct(model, spec, noisy), x, reduction="sum").item()
        if spec.is_variational:
            sums["elbo"] += neg_elbo_sum(model, x, gen)
    pixels = n * 28 * 28
    mse = sums["mse"] / pixels
    out = {
        "bce": sums["bce"] / pixels,
        "mse": mse,
        "psnr": 10 * math.log10(1.0 / mse) if mse > 0 else float("inf"),
        "rounded_accuracy": sums["acc"] / pixels,
        "denoise_mse": sums["den"] / pixels,
        "n_test": n,
    }
    if spec.is_variational:
        out["neg_elbo"] = sums["elbo"] / n
    return out


def vae_terms(model, x: torch.Tensor, generator: torch.Generator | None = None):
    """Per-image reconstruction NLL (nats) and KL for a VAE, one posterior sample."""
    mu, log_var = model.encode_stats(x)
    z = model.reparameterize(mu, log_var, generator)
    raw = model.decode_raw(z).float()
    rec = F.binary_cross_entropy_with_logits(raw, x, reduction="none").flatten(1).sum(1)
    mu, log_var = mu.float(), log_var.float()
    kl = -0.5 * (1 + log_var - mu.pow(2) - log_var.exp()).sum(1)
    return rec, kl


def neg_elbo_sum(model, x: torch.Tensor, generator: torch.Generator) -> float:
    rec, kl = vae_terms(model, x, generator)
    return (rec + kl).sum().item()
