import math

import numpy as np
import torch

from ae_desktop.core.data import load_test
from ae_desktop.core.metrics import evaluate, gaussian_noise
from ae_desktop.core.models import get_spec
from ae_desktop.core.models.base import Autoencoder


class _Identity(Autoencoder):
    def __init__(self):
        super().__init__()
        self.encoder = torch.nn.Identity()
        self.decoder = torch.nn.Identity()


X = load_test().float_images()[:300]


def test_identity_model_is_perfect_except_for_the_grey_level_entropy():
    m = evaluate(_Identity(), get_spec("conv_upsampling"), X)
    assert m["mse"] == 0 and m["rounded_accuracy"] == 1.0 and math.isinf(m["psnr"])
    # BCE of a perfect reconstruction is the entropy of the grey targets (> 0).
    assert 0.03 < m["bce"] < 0.09
    assert m["denoise_mse"] > 0.005  # identity passes the noise straight through
    assert m["n_test"] == 300


def test_tutorial_noise_factor_is_half_a_std_on_unit_pixels():
    x = torch.full((1, 1, 200, 200), 0.5)
    noisy = gaussian_noise(x, 0.5, torch.Generator().manual_seed(0))
    assert abs(float((noisy - x).std()) - 0.25) < 0.01


def test_vae_reports_neg_elbo_and_untrained_models_score_worse():
    spec = get_spec("vae_2d")
    torch.manual_seed(0)
    m = evaluate(spec.build(), spec, X[:100])
    assert m["neg_elbo"] > 300  # an untrained VAE is far from the ~150 nats of a trained one
    assert 0 < m["rounded_accuracy"] < 0.99
    assert np.isfinite(m["bce"])
