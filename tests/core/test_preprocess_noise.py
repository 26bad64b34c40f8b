import numpy as np
import pytest
from scipy.stats import norm

from ae_desktop.core.data.idx import load_test
from ae_desktop.core.live.noise import NoiseSettings, apply_noise
from ae_desktop.core.live.preprocess import preprocess, raw_downscale


def _centre_of_mass(img):
    ys, xs = np.mgrid[0:28, 0:28]
    return (img * ys).sum() / img.sum(), (img * xs).sum() / img.sum()


@pytest.mark.parametrize("index", [0, 1, 2, 3, 4, 17, 99])
def test_test_digit_scaled_10x_and_off_centre_comes_back(index):
    digit = load_test().float_images()[index, 0]
    canvas = np.zeros((420, 420), np.float32)
    canvas[120:400, 5:285] = np.kron(digit, np.ones((10, 10), np.float32))
    out = preprocess(canvas)
    assert np.mean((out - digit) ** 2) < 1e-3
    # Whereas squashing the whole canvas loses the digit's size and position.
    assert np.mean((raw_downscale(canvas) - digit) ** 2) > 0.02


def test_empty_canvas_gives_an_empty_digit():
    assert not preprocess(np.zeros((100, 100))).any()


def test_longer_side_is_20_px_and_centre_of_mass_is_centred():
    bar = np.zeros((300, 300), np.float32)
    bar[10:290, 40:60] = 1.0  # tall thin stroke near the left edge
    out = preprocess(bar)
    rows = np.flatnonzero(out.any(axis=1))
    assert rows[-1] - rows[0] + 1 == 20
    cy, cx = _centre_of_mass(out)
    assert abs(cy - 14) <= 0.5 and abs(cx - 14) <= 0.5


def test_noise_is_reproducible_and_off_by_default():
    x = load_test().float_images()[0, 0]
    assert np.array_equal(apply_noise(x, NoiseSettings()), x)
    s = NoiseSettings("gaussian", 0.3, seed=4)
    assert np.array_equal(apply_noise(x, s), apply_noise(x, s))
    assert not np.array_equal(apply_noise(x, s), apply_noise(x, NoiseSettings("gaussian", 0.3, 5)))


def test_gaussian_noise_has_the_requested_standard_deviation_on_unit_pixels():
    grey = np.full((300, 300), 0.5, np.float32)  # far from 0 and 1: no clipping at 0.1
    noisy = apply_noise(grey, NoiseSettings("gaussian", 0.1, seed=2))
    assert float((noisy - grey).std()) == pytest.approx(0.1, rel=0.02)
    assert abs(float((noisy - grey).mean())) < 0.002
    # On a real digit the clipping to [0, 1] matters: half the noise on black paper is cut
    # off. Expected squared error per pixel, from the normal distribution:
    digit = load_test().float_images()[:50, 0]
    noisy = apply_noise(digit, NoiseSettings("gaussian", 0.3, seed=2))
    x = digit.astype(np.float64)
    lo, hi = -x / 0.3, (1 - x) / 0.3
    inside = (norm.cdf(hi) - norm.cdf(lo)) - (hi * norm.pdf(hi) - lo * norm.pdf(lo))
    want = np.mean(x ** 2 * norm.cdf(lo) + (1 - x) ** 2 * norm.sf(hi) + 0.09 * inside)
    assert float(np.mean((noisy - digit) ** 2)) == pytest.approx(want, rel=0.02)  # ~0.047
    assert noisy.min() >= 0 and noisy.max() <= 1


def test_masking_and_salt_pepper_touch_the_requested_fraction():
    x = np.full((100, 100), 0.5, np.float32)
    masked = apply_noise(x, NoiseSettings("masking", 0.3, 1))
    assert abs((masked == 0).mean() - 0.3) < 0.02
    assert (masked[masked != 0] == 0.5).all()  # the other pixels are untouched
    sp = apply_noise(x, NoiseSettings("salt_pepper", 0.2, 1))
    assert abs((sp != 0.5).mean() - 0.2) < 0.02 and set(np.unique(sp)) == {0.0, 0.5, 1.0}
    assert abs((sp == 1).mean() - 0.1) < 0.015 and abs((sp == 0).mean() - 0.1) < 0.015
    assert (x == 0.5).all()  # the input is never modified


def test_unknown_noise_type_names_the_valid_ones():
    with pytest.raises(ValueError, match="gaussian, masking, salt_pepper"):
        apply_noise(np.zeros((28, 28)), NoiseSettings("speckle", 0.1))
