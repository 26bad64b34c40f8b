"""metrics.evaluate against values worked out by hand for models whose output is known."""

import math

import numpy as np
import pytest
import torch
from scipy.stats import norm

from ae_desktop.core.data.idx import load_test
from ae_desktop.core.evaluation.metrics import evaluate, gaussian_noise
from ae_desktop.core.models import get_spec
from ae_desktop.core.models.base import Autoencoder


class _Identity(Autoencoder):
    def __init__(self):
        super().__init__()
        self.encoder = torch.nn.Identity()
        self.decoder = torch.nn.Identity()


class _Const(torch.nn.Module):
    def __init__(self, value):
        super().__init__()
        self.value = value

    def forward(self, z):
        return torch.full((z.shape[0], 1, 28, 28), self.value)


class _Constant(Autoencoder):
    """Draws the same grey image whatever it is given."""

    def __init__(self, value):
        super().__init__()
        self.encoder = torch.nn.Flatten()
        self.decoder = _Const(value)


X = load_test().float_images()[:300]


def _binary_entropy(x, eps=1e-7):  # Keras' epsilon, which the model card's BCE uses
    x = x.astype(np.float64)
    c = np.clip(x, eps, 1 - eps)
    return -(x * np.log(c) + (1 - x) * np.log1p(-c))


def _expected_clipped_noise_mse(x, std):
    """E[(clip(x + std z, 0, 1) - x)^2] for each pixel value x, averaged."""
    x = x.astype(np.float64).ravel()
    lo, hi = -x / std, (1 - x) / std
    inside = (norm.cdf(hi) - norm.cdf(lo)) - (hi * norm.pdf(hi) - lo * norm.pdf(lo))
    return float(np.mean(x ** 2 * norm.cdf(lo) + (1 - x) ** 2 * norm.sf(hi) + std ** 2 * inside))


@pytest.mark.parametrize("arch", ["conv_upsampling", "denoising_dense"])  # [0,1] and [-1,1] inputs
def test_identity_model_is_perfect_except_for_the_grey_level_entropy(arch):
    m = evaluate(_Identity(), get_spec(arch), X)
    assert m["mse"] == pytest.approx(0, abs=1e-12) and m["rounded_accuracy"] == 1.0
    assert m["psnr"] > 100  # inf when the range mapping is exact
    # BCE of a perfect reconstruction is the mean binary entropy of the grey targets.
    assert m["bce"] == pytest.approx(_binary_entropy(X).mean(), rel=1e-5)
    # The identity passes the tutorial's noise straight through: clip(x + 0.25 N(0,1)).
    assert m["denoise_mse"] == pytest.approx(_expected_clipped_noise_mse(X, 0.25), rel=0.02)
    assert m["n_test"] == 300


def test_a_constant_grey_output_scores_what_the_formulas_say():
    # Half the images black, half white; the model always draws 0.2 everywhere.
    x = torch.cat([torch.zeros(4, 1, 28, 28), torch.ones(4, 1, 28, 28)])
    m = evaluate(_Constant(0.2), get_spec("conv_upsampling"), x)
    assert m["mse"] == pytest.approx((0.2 ** 2 + 0.8 ** 2) / 2, rel=1e-6)  # 0.34
    assert m["bce"] == pytest.approx((-math.log(0.8) - math.log(0.2)) / 2, rel=1e-6)  # 0.9163
    assert m["rounded_accuracy"] == 0.5  # round(0.2) = 0: right on black, wrong on white
    assert m["psnr"] == pytest.approx(10 * math.log10(1 / 0.34), rel=1e-6)  # 4.69 dB
    assert m["denoise_mse"] == pytest.approx(0.34, rel=1e-6)  # noise changes nothing here
    assert "neg_elbo" not in m


def test_mse_and_accuracy_of_a_known_image_pair():
    # Target: a 28x28 image with a 10x10 white square; the model draws 0.7 on a 10x5 half
    # of it and 0.4 everywhere else.
    class _Half(torch.nn.Module):
        def forward(self, z):
            y = torch.full((z.shape[0], 1, 28, 28), 0.4)
            y[:, :, 5:15, 5:10] = 0.7
            return y

    class _HalfModel(Autoencoder):
        def __init__(self):
            super().__init__()
            self.encoder = torch.nn.Flatten()
            self.decoder = _Half()

    x = torch.zeros(2, 1, 28, 28)
    x[:, :, 5:15, 5:15] = 1.0
    m = evaluate(_HalfModel(), get_spec("conv_upsampling"), x)
    # 50 px at 0.7 on white (error 0.3), 50 px at 0.4 on white (error 0.6), 684 px at 0.4 on
    # black (error 0.4).
    mse = (50 * 0.3 ** 2 + 50 * 0.6 ** 2 + 684 * 0.4 ** 2) / 784
    assert m["mse"] == pytest.approx(mse, rel=1e-6)  # 0.16829
    # round(0.4) = 0: right on black, wrong on white; round(0.7) = 1: right.
    assert m["rounded_accuracy"] == pytest.approx((50 + 684) / 784)


def test_a_linear_output_that_overshoots_is_clipped_to_the_pixel_range():
    # dense_100 has a linear output: values above 1 count as white, not as an error.
    x = torch.cat([torch.ones(3, 1, 28, 28), torch.zeros(1, 1, 28, 28)])
    m = evaluate(_Constant(1.5), get_spec("dense_100"), x)
    assert m["mse"] == pytest.approx(0.25, rel=1e-6)  # 0 on the white images, 1 on the black
    assert m["rounded_accuracy"] == 0.75
    # On black pixels the output is clipped to 1 - 1e-7, which float32 stores as 1 - 1.19e-7.
    top = float(np.float32(1 - 1e-7))
    assert m["bce"] == pytest.approx(0.25 * -math.log1p(-top), rel=1e-4)  # 3.986


def test_tutorial_noise_factor_is_half_a_std_on_unit_pixels():
    x = torch.full((1, 1, 200, 200), 0.5)
    noisy = gaussian_noise(x, 0.5, torch.Generator().manual_seed(0))
    assert abs(float((noisy - x).std()) - 0.25) < 0.01


def test_neg_elbo_of_a_vae_with_known_posterior_and_decoder():
    # Encoder heads: weights 0, so q(z|x) = N(mu, exp(log_var)) with mu and log_var = the
    # biases; decoder's last layer: weights 0, bias b, so p(x|z) = Bernoulli(sigmoid(b)) per
    # pixel whatever z is. Then -ELBO = sum_pixels BCE(sigmoid(b), x) + KL, exactly.
    spec = get_spec("vae_2d")
    vae = spec.build().eval()
    heads, last = vae.encoder[1], vae.decoder[-1]
    mu, log_var, b = torch.tensor([1.0, -2.0]), torch.tensor([0.5, -1.0]), 0.3
    with torch.no_grad():
        heads.mu.weight.zero_(), heads.log_var.weight.zero_(), last.weight.zero_()
        heads.mu.bias.copy_(mu), heads.log_var.bias.copy_(log_var), last.bias.fill_(b)
    x = X[:50].astype(np.float64).reshape(50, -1)
    p = 1 / (1 + math.exp(-b))
    rec = -(x * math.log(p) + (1 - x) * math.log(1 - p)).sum(1).mean()
    kl = -0.5 * float((1 + log_var - mu ** 2 - log_var.exp()).sum())  # 2.7811 nats
    m = evaluate(vae, spec, X[:50])
    assert m["neg_elbo"] == pytest.approx(rec + kl, rel=1e-5)


def test_an_untrained_vae_is_far_from_the_trained_elbo():
    spec = get_spec("vae_2d")
    torch.manual_seed(0)
    m = evaluate(spec.build(), spec, X[:100])
    assert m["neg_elbo"] > 300  # a trained one scores ~149 nats (model card)
