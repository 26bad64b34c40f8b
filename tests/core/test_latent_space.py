"""ae_desktop.core.latent.space: the values behind the explorer's plane, grid and strip.

Expected values are computed independently here (numpy eigen-decomposition, hand-worked
percentiles, brute-force distances, closed-form slerp points), and the model-based checks
use shipped models on real test digits.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch

from ae_desktop.core.data.idx import load_test
from ae_desktop.core.latent.space import (
    data_extent,
    decode_codes,
    decode_grid,
    encode_images,
    fit_plane,
    grid_points,
    interpolate,
    nearest,
    tile,
)
from ae_desktop.core.store.checkpoints import load_checkpoint
from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR

DIGITS = load_test().float_images()[:200, 0]


@pytest.fixture(scope="module")
def shipped():
    return {n: load_checkpoint(SHIPPED_MODELS_DIR / n)
            for n in ("vae_2d", "dense_100", "conv_upsampling", "denoising_dense")}


# ---------------------------------------------------------------- planes


def test_a_2d_latent_is_its_own_plane():
    codes = np.random.default_rng(0).normal(0, 3, (50, 2)).astype(np.float32)
    plane = fit_plane(codes)
    assert plane.is_exact and plane.explained_variance is None
    assert np.array_equal(plane.to_plane(codes), codes)
    assert np.array_equal(plane.from_plane(codes), codes)


def test_codes_lying_on_a_plane_come_back_exactly_after_the_pca_round_trip():
    rng = np.random.default_rng(1)
    basis, _ = np.linalg.qr(rng.normal(size=(10, 2)))  # two orthonormal directions in 10-D
    centre = rng.normal(0, 5, 10)
    ab = rng.normal(0, [4.0, 1.0], (300, 2))
    codes = (centre + ab @ basis.T).astype(np.float32)
    plane = fit_plane(codes)
    assert not plane.is_exact
    assert sum(plane.explained_variance) == pytest.approx(1.0, abs=1e-6)
    assert plane.explained_variance[0] == pytest.approx(16 / 17, abs=0.03)  # variances 16 : 1
    back = plane.from_plane(plane.to_plane(codes))
    assert np.abs(back - codes).max() < 1e-4
    # The plane coordinates are an isometry of the original (a, b): distances are kept.
    pts = plane.to_plane(codes)
    for i, j in [(0, 1), (5, 77), (120, 299)]:
        assert np.linalg.norm(pts[i] - pts[j]) == pytest.approx(np.linalg.norm(ab[i] - ab[j]),
                                                                rel=1e-4)
    assert np.abs(plane.to_plane(codes.mean(0, keepdims=True))).max() < 1e-4  # mean → origin


def test_pca_plane_is_the_top_two_eigenvectors_and_projects_orthogonally():
    rng = np.random.default_rng(2)
    codes = (rng.normal(size=(400, 6)) * [5, 3, 1, 0.5, 0.3, 0.1]
             @ np.linalg.qr(rng.normal(size=(6, 6)))[0]).astype(np.float32)
    plane = fit_plane(codes)
    mean = codes.astype(np.float64).mean(0)
    evals, evecs = np.linalg.eigh(np.cov(codes.T.astype(np.float64)))
    top = evecs[:, ::-1][:, :2].T
    assert np.allclose(np.abs(plane.components @ top.T), np.eye(2), atol=1e-4)
    assert np.allclose(plane.explained_variance, evals[::-1][:2] / evals.sum(), atol=1e-5)
    # from_plane(to_plane(x)) is the orthogonal projection of x onto the plane through the mean.
    x = codes[:20].astype(np.float64)
    proj = mean + (x - mean) @ top.T @ top
    assert np.abs(plane.from_plane(plane.to_plane(codes[:20])) - proj).max() < 1e-4


# ---------------------------------------------------------------- extent and grid


def test_data_extent_is_the_padded_1st_to_99th_percentile():
    x = np.arange(101, dtype=np.float64)  # percentiles of 0..100 are the values themselves
    points = np.stack([x, 2 * x - 50], axis=1)
    x0, x1, y0, y1 = data_extent(points)
    # x: 1..99, span 98, padded by 5 % of it (4.9); y: -48..148, span 196, pad 9.8.
    assert (x0, x1) == pytest.approx((1 - 4.9, 99 + 4.9), abs=1e-9)
    assert (y0, y1) == pytest.approx((-48 - 9.8, 148 + 9.8), abs=1e-9)
    # Outliers beyond the percentiles do not stretch the view.
    wild = np.vstack([points, [[1e6, -1e6]]])
    assert data_extent(wild)[1] < 110 and data_extent(wild)[2] > -70


def test_data_extent_of_identical_points_is_not_empty():
    x0, x1, y0, y1 = data_extent(np.full((10, 2), 3.0))
    assert x0 < 3.0 < x1 and y0 < 3.0 < y1


def test_grid_points_are_cell_centres_with_the_top_row_at_the_largest_y():
    pts = grid_points((0.0, 4.0, 0.0, 2.0), 2)
    assert pts.tolist() == [[1.0, 1.5], [3.0, 1.5], [1.0, 0.5], [3.0, 0.5]]


def test_tile_puts_image_k_at_row_k_div_cols():
    imgs = np.stack([np.full((28, 28), k, np.float32) for k in range(6)])
    big = tile(imgs, 2, 3)
    assert big.shape == (56, 84)
    assert [big[r * 28 + 5, c * 28 + 5] for r in range(2) for c in range(3)] == list(range(6))


@pytest.mark.parametrize("name", ["vae_2d", "dense_100"])
def test_decoded_grid_corners_decode_the_corner_cells_of_the_extent(shipped, name):
    lm = shipped[name]
    codes = encode_images(lm, DIGITS)
    plane = fit_plane(codes)
    extent = data_extent(plane.to_plane(codes))
    x0, x1, y0, y1 = extent
    n = 5
    grid = decode_grid(lm, plane, extent, n)
    assert grid.shape == (n * 28, n * 28)
    dx, dy = (x1 - x0) / n, (y1 - y0) / n
    corners = {  # (row, col) → the plane point at the centre of that cell
        (0, 0): (x0 + dx / 2, y1 - dy / 2), (0, n - 1): (x1 - dx / 2, y1 - dy / 2),
        (n - 1, 0): (x0 + dx / 2, y0 + dy / 2), (n - 1, n - 1): (x1 - dx / 2, y0 + dy / 2),
    }
    tiles = {}
    for (r, c), xy in corners.items():
        want = decode_codes(lm, plane.from_plane(np.array([xy], np.float32)))[0]
        tiles[r, c] = grid[r * 28:(r + 1) * 28, c * 28:(c + 1) * 28]
        assert np.abs(tiles[r, c] - want).max() < 1e-5, (r, c)
    # The four corners of a trained model's manifold are four different pictures.
    assert min(np.abs(tiles[a] - tiles[b]).mean() for a in tiles for b in tiles if a < b) > 0.01


# ---------------------------------------------------------------- encode / decode


@pytest.mark.parametrize("name", ["vae_2d", "dense_100", "conv_upsampling", "denoising_dense"])
def test_encode_images_gives_the_models_codes_and_decoding_them_rebuilds_the_digits(
        shipped, name):
    lm = shipped[name]
    codes = encode_images(lm, DIGITS)
    assert codes.shape == (200, lm.spec.latent_size)
    with torch.inference_mode():  # plain fp32 torch, no autocast, no channels_last
        x = lm.spec.to_model_range(torch.from_numpy(DIGITS[:, None].copy()))
        ref = lm.model.encode(x).reshape(200, -1).numpy()
        ref_out = lm.spec.to_unit_range(lm.model(x))[:, 0].numpy()
    # Conv models encode under bf16 autocast when the CPU has it: ~3 significant digits.
    tol = 0.02 if lm.spec.is_conv else 1e-5
    assert np.abs(codes - ref).max() <= tol * max(1.0, np.abs(ref).max())
    out = decode_codes(lm, codes)
    assert out.shape == (200, 28, 28) and out.min() >= 0 and out.max() <= 1
    assert np.abs(out - ref_out).mean() < (0.01 if lm.spec.is_conv else 1e-5)
    # The reconstruction of a real test digit is close to that digit (the model card's MSE is
    # 0.005-0.007 for the three small-code models, 0.04 for vae_2d); a blank guess scores ~0.1.
    mse = ((out - DIGITS) ** 2).mean()
    assert mse < (0.06 if name == "vae_2d" else 0.012)
    assert (DIGITS ** 2).mean() > 0.09


# ---------------------------------------------------------------- interpolation


def test_interpolation_starts_and_ends_at_the_endpoint_codes():
    rng = np.random.default_rng(3)
    z0, z1 = rng.normal(size=16), rng.normal(size=16)
    for spherical in (False, True):
        path = interpolate(z0, z1, 7, spherical)
        assert path.shape == (7, 16)
        assert np.allclose(path[0], z0, atol=1e-6) and np.allclose(path[-1], z1, atol=1e-6)


def test_linear_and_spherical_midpoints_on_known_vectors():
    lin = interpolate([2.0, 0.0], [0.0, 1.0], 3)
    assert lin[1].tolist() == [1.0, 0.5]
    # slerp at t = 1/2 between vectors 90 degrees apart: sin(pi/4) / sin(pi/2) of each.
    sph = interpolate([2.0, 0.0], [0.0, 1.0], 3, spherical=True)
    assert sph[1] == pytest.approx([np.sqrt(2), np.sqrt(0.5)], abs=1e-6)
    # Unit vectors: slerp stays on the unit circle, evenly spaced in angle.
    arc = interpolate([1.0, 0.0], [0.0, 1.0], 4, spherical=True)
    angles = np.degrees(np.arctan2(arc[:, 1], arc[:, 0]))
    assert angles == pytest.approx([0, 30, 60, 90], abs=1e-4)
    assert np.linalg.norm(arc, axis=1) == pytest.approx([1, 1, 1, 1], abs=1e-6)
    # Parallel codes have no arc: spherical falls back to the straight line.
    assert np.allclose(interpolate([1.0, 1.0], [3.0, 3.0], 3, spherical=True)[1], [2.0, 2.0])


def test_slerp_of_nearly_opposite_codes_stays_within_the_endpoints_norm():
    path = interpolate([1.0, 0.0], [-1.0, 1e-9], 3, spherical=True)
    assert np.isfinite(path).all()
    assert np.linalg.norm(path, axis=1).max() <= 1.0 + 1e-6


# ---------------------------------------------------------------- nearest


def test_nearest_returns_the_true_nearest_neighbours_nearest_first():
    rng = np.random.default_rng(4)
    codes = rng.normal(size=(1000, 8)).astype(np.float32)
    for q in rng.normal(size=(20, 8)):
        brute = np.argsort(((codes - q) ** 2).sum(1), kind="stable")[:5]
        assert nearest(codes, q, 5).tolist() == brute.tolist()
    # Many neighbours (a partial sort alone would leave these unordered).
    q = rng.normal(size=8)
    assert nearest(codes, q, 300).tolist() == np.argsort(((codes - q) ** 2).sum(1))[:300].tolist()
    assert nearest(codes, codes[123], 1).tolist() == [123]
    assert sorted(nearest(codes[:3], codes[0], 3).tolist()) == [0, 1, 2]


def test_encoding_and_decoding_many_digits_keeps_their_order_across_batches(shipped):
    from ae_desktop.core.latent import space as latent_space

    lm = shipped["dense_100"]  # fp32 end to end: results must match exactly
    n = 2 * max(latent_space.ENCODE_BATCH, latent_space.DECODE_BATCH) + 37
    digits = load_test().float_images()[:n, 0]
    codes = encode_images(lm, digits)
    with torch.inference_mode():
        ref = lm.model.encode(torch.from_numpy(digits[:, None].copy())).numpy()
        ref_out = lm.model(torch.from_numpy(digits[:, None].copy()))[:, 0].clamp(0, 1).numpy()
    assert codes.shape == (n, 100) and np.abs(codes - ref).max() < 1e-5
    assert np.abs(decode_codes(lm, codes) - ref_out).max() < 1e-5
