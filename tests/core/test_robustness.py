"""ae_desktop.core.evaluation.robustness: the values of the error-versus-noise curve.

Checked against numbers computed another way: the metrics module's clean MSE, the exact
expected error of each noise type for a model that returns its input, and the model
card's denoising MSE (the tutorial's noise is the GUI's Gaussian amount 0.25).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch
from scipy.stats import norm

from ae_desktop.core.data.idx import load_test
from ae_desktop.core.evaluation.metrics import evaluate
from ae_desktop.core.evaluation.robustness import robustness_curve
from ae_desktop.core.models import get_spec
from ae_desktop.core.models.base import Autoencoder
from ae_desktop.core.store.checkpoints import LoadedModel, load_checkpoint
from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR

# The denoising tutorial's noise factor 0.5 on [-1, 1] inputs is N(0, 0.25) on [0, 1] pixels,
# i.e. the GUI's Gaussian amount 0.25 (docs/architecture.md, "Noise convention").
TUTORIAL_AMOUNT = 0.25


class _Identity(Autoencoder):
    """Returns its input: the curve is then the error of the noise itself."""

    def __init__(self):
        super().__init__()
        self.encoder = torch.nn.Identity()
        self.decoder = torch.nn.Identity()


def _identity(arch: str) -> LoadedModel:
    # The architecture only sets the input range: (0, 1) for dense_100, (-1, 1) for
    # denoising_dense, so both range mappings are exercised.
    return LoadedModel(f"identity_{arch}", get_spec(arch), _Identity().eval(), {}, Path(arch))


@pytest.fixture(scope="module")
def shipped():
    names = ("dense_100", "denoising_dense", "conv_upsampling", "conv_selu", "conv_latent_map",
             "conv_2d", "vae_2d")
    return {n: load_checkpoint(SHIPPED_MODELS_DIR / n) for n in names}


@pytest.mark.parametrize("kind", ["gaussian", "masking", "salt_pepper"])
def test_at_amount_zero_the_curve_is_each_models_clean_error(shipped, kind):
    models = [shipped[n] for n in ("dense_100", "denoising_dense", "conv_upsampling")]
    curve = robustness_curve(models, kind, amounts=[0.0, 0.5], n_digits=200)
    assert curve.kind == kind and curve.n_digits == 200 and curve.amounts.tolist() == [0.0, 0.5]
    digits = load_test().float_images()[:200]
    for lm in models:
        clean = evaluate(lm.model, lm.spec, digits)["mse"]  # metrics' own reconstruction path
        assert curve.mse[lm.name][0] == pytest.approx(clean, rel=1e-5)
        assert curve.mse[lm.name][1] > 1.2 * clean


def _expected_identity_mse(x: np.ndarray, kind: str, a: float) -> float:
    """E[(noisy - x)^2] for pixels ``x``, worked out from each noise's definition."""
    x = x.astype(np.float64).ravel()
    if kind == "masking":  # a fraction a of the pixels becomes 0
        return float(a * np.mean(x ** 2))
    if kind == "salt_pepper":  # a fraction a becomes 0 or 1, half each
        return float(a * np.mean(0.5 * x ** 2 + 0.5 * (1 - x) ** 2))
    # gaussian: y = clip(x + a z, 0, 1); below 0 the error is x, above 1 it is 1 - x,
    # in between a z:  E = x^2 P(z < l) + (1-x)^2 P(z > u) + a^2 E[z^2; l < z < u].
    lo, hi = -x / a, (1 - x) / a
    inside = (norm.cdf(hi) - norm.cdf(lo)) - (hi * norm.pdf(hi) - lo * norm.pdf(lo))
    return float(np.mean(x ** 2 * norm.cdf(lo) + (1 - x) ** 2 * norm.sf(hi) + a * a * inside))


@pytest.mark.parametrize("kind", ["gaussian", "masking", "salt_pepper"])
def test_the_noise_applied_has_the_advertised_amount(kind):
    amounts = [0.1, 0.3, 0.6, 1.0]
    models = [_identity("dense_100"), _identity("denoising_dense")]
    curve = robustness_curve(models, kind, amounts=amounts, n_digits=300)
    digits = load_test().float_images()[:300, 0]
    want = [_expected_identity_mse(digits, kind, a) for a in amounts]
    got = curve.mse["identity_dense_100"]
    assert got == pytest.approx(want, rel=0.02)
    # One noise for every model: the (-1, 1) model sees the very same corrupted digits.
    assert np.allclose(curve.mse["identity_denoising_dense"], got, rtol=1e-5)


@pytest.mark.parametrize("name", ["dense_100", "conv_upsampling"])
def test_a_plain_models_error_grows_with_gaussian_noise(shipped, name):
    curve = robustness_curve([shipped[name]], "gaussian", n_digits=300)
    mse = curve.mse[name]
    assert curve.amounts.tolist() == pytest.approx(np.linspace(0, 1, 11).tolist())
    assert (np.diff(mse) > 0).all(), mse
    assert mse[-1] > 10 * mse[0]


def test_the_denoising_model_wins_at_the_tutorials_noise_level(shipped):
    curve = robustness_curve(list(shipped.values()), "gaussian", amounts=[TUTORIAL_AMOUNT],
                             n_digits=300)
    at = {name: v[0] for name, v in curve.mse.items()}
    assert min(at, key=at.get) == "denoising_dense"
    assert at["denoising_dense"] < 0.5 * at["dense_100"]  # measured: 0.0073 vs 0.0222


def test_at_the_tutorials_noise_the_curve_agrees_with_the_model_cards_denoising_mse(shipped):
    # trained_models/MODEL_CARD.md, column "denoise MSE" (full test set, another noise draw).
    card = {"denoising_dense": 0.00742, "dense_100": 0.02199}
    curve = robustness_curve([shipped[n] for n in card], "gaussian", amounts=[TUTORIAL_AMOUNT],
                             n_digits=10_000)
    for name, want in card.items():
        assert curve.mse[name][0] == pytest.approx(want, rel=0.02)


def test_same_seed_same_curve_other_seed_other_noise(shipped):
    lm = shipped["dense_100"]
    a = robustness_curve([lm], "salt_pepper", amounts=[0.0, 0.2, 0.4], n_digits=100, seed=3)
    b = robustness_curve([lm], "salt_pepper", amounts=[0.0, 0.2, 0.4], n_digits=100, seed=3)
    c = robustness_curve([lm], "salt_pepper", amounts=[0.0, 0.2, 0.4], n_digits=100, seed=4)
    assert np.array_equal(a.mse["dense_100"], b.mse["dense_100"])
    assert a.mse["dense_100"][0] == c.mse["dense_100"][0]  # no noise, no randomness
    assert (a.mse["dense_100"][1:] != c.mse["dense_100"][1:]).all()


def test_should_stop_interrupts_between_models(shipped):
    calls = []

    def stop():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(InterruptedError):
        robustness_curve([shipped["dense_100"], shipped["denoising_dense"]], "gaussian",
                         n_digits=50, should_stop=stop)
    assert len(calls) == 3
