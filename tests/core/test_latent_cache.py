"""ae_desktop.core.latent.cache.LatentCache: the values it serves and when it recomputes them.

Expected values come from plain fp32 torch, numpy percentiles and brute force; the
model-version tests rewrite a checkpoint in place to show that the cache follows the
weights that were loaded, not the file's name or modification time.
"""

from __future__ import annotations

import os

import numpy as np
import pytest
import torch
from safetensors.torch import save as st_save

from ae_desktop.core.data.idx import load_test
from ae_desktop.core.latent.cache import LatentCache
from ae_desktop.core.latent.records import Endpoint
from ae_desktop.core.latent.space import decode_codes, decode_grid
from ae_desktop.core.models import get_spec
from ae_desktop.core.store.checkpoints import load_checkpoint, save_checkpoint
from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR

N = 300


@pytest.fixture(scope="module")
def cache():
    return LatentCache(n_test=N)


@pytest.fixture(scope="module")
def shipped():
    return {n: load_checkpoint(SHIPPED_MODELS_DIR / n)
            for n in ("vae_2d", "dense_100", "conv_upsampling")}


def _fp32_codes(lm, images):
    with torch.inference_mode():
        x = lm.spec.to_model_range(torch.from_numpy(images[:, None].copy()))
        return lm.model.encode(x).reshape(len(images), -1).numpy()


def test_the_cache_holds_the_first_n_test_digits(cache):
    test = load_test()
    assert cache.images.shape == (N, 28, 28) and cache.labels.shape == (N,)
    assert np.array_equal(cache.images, test.images[:N] / np.float32(255))
    assert cache.labels[:5].tolist() == [7, 2, 1, 0, 4]


@pytest.mark.parametrize("name", ["dense_100", "conv_upsampling", "vae_2d"])
def test_codes_are_the_models_codes_of_those_digits_and_are_computed_once(cache, shipped, name):
    lm = shipped[name]
    codes = cache.codes(lm)
    ref = _fp32_codes(lm, cache.images)
    # Conv models are encoded under bf16 autocast where the CPU has it (~3 digits).
    tol = 0.02 * np.abs(ref).max() if lm.spec.is_conv else 1e-5
    assert codes.shape == (N, lm.spec.latent_size)
    assert np.abs(codes - ref).max() <= tol
    assert cache.codes(lm) is codes


def _padded_percentiles(points):
    lo, hi = np.percentile(points, 1, axis=0), np.percentile(points, 99, axis=0)
    pad = 0.05 * (hi - lo)
    return lo[0] - pad[0], hi[0] + pad[0], lo[1] - pad[1], hi[1] + pad[1]


def test_plane_data_of_a_2d_model_is_the_codes_themselves(cache, shipped):
    lm = shipped["vae_2d"]
    pd = cache.plane_data(lm)
    assert pd.name == "vae_2d" and pd.latent_size == 2 and pd.explained_variance is None
    assert np.array_equal(pd.points, cache.codes(lm))
    assert np.array_equal(pd.labels, cache.labels)
    assert pd.extent == pytest.approx(_padded_percentiles(pd.points), rel=1e-6)


def test_plane_data_of_a_100d_model_is_its_pca_projection(cache, shipped):
    lm = shipped["dense_100"]
    pd = cache.plane_data(lm)
    codes = cache.codes(lm).astype(np.float64)
    centred = codes - codes.mean(0)
    evals, evecs = np.linalg.eigh(centred.T @ centred)
    top = evecs[:, ::-1][:, :2]
    want = centred @ top
    assert pd.points.shape == (N, 2) and pd.latent_size == 100
    for axis in range(2):  # a PCA axis is defined up to its sign
        sign = np.sign(want[:, axis] @ pd.points[:, axis])
        assert np.abs(pd.points[:, axis] - sign * want[:, axis]).max() < 1e-3 * np.abs(want).max()
    assert pd.explained_variance == pytest.approx(tuple(evals[::-1][:2] / evals.sum()), abs=1e-5)
    assert pd.extent == pytest.approx(_padded_percentiles(pd.points), rel=1e-6)
    assert cache.plane(lm) is cache.plane(lm)


def test_a_grid_is_decoded_once_per_model_extent_and_size(cache, shipped):
    lm = shipped["vae_2d"]
    extent = cache.plane_data(lm).extent
    grid = cache.grid(lm, extent, 6)
    assert grid.shape == (6 * 28, 6 * 28)
    assert np.abs(grid - decode_grid(lm, cache.plane(lm), extent, 6)).max() < 1e-6
    assert cache.grid(lm, extent, 6) is grid
    assert cache.grid(lm, tuple(e + 1e-9 for e in extent), 6) is grid  # same view, rounded
    other = cache.grid(lm, extent, 5)
    assert other is not grid and other.shape == (5 * 28, 5 * 28)
    moved = cache.grid(lm, (extent[0] + 1, extent[1] + 1, extent[2], extent[3]), 6)
    assert moved is not grid and not np.allclose(moved, grid)


def test_decode_at_a_digits_code_draws_that_digits_reconstruction(cache, shipped):
    lm = shipped["vae_2d"]  # an exact plane: a plane point is a code
    code = cache.codes(lm)[3]
    img = cache.decode_at(lm, (float(code[0]), float(code[1])))
    assert img.shape == (28, 28)
    assert np.abs(img - decode_codes(lm, code[None])[0]).max() < 1e-6
    # ... which looks like test digit 3 (a 0) far more than like test digit 2 (a 1).
    assert np.mean((img - cache.images[3]) ** 2) < 0.5 * np.mean((img - cache.images[2]) ** 2)


def test_a_marked_test_digit_lands_on_its_own_point_and_is_its_own_nearest_neighbour(
        cache, shipped):
    lm = shipped["dense_100"]  # fp32: the digit's code equals its cached code exactly
    mark = cache.mark(lm, cache.images[42], k=5)
    assert mark.neighbours[0] == 42
    d = ((cache.codes(lm) - cache.codes(lm)[42]) ** 2).sum(1)
    assert mark.neighbours.tolist() == np.argsort(d)[:5].tolist()
    assert np.abs(mark.point - cache.plane_data(lm).points[42]).max() < 1e-4


def test_endpoints_and_interpolation_strip(cache, shipped):
    lm = shipped["dense_100"]
    codes = cache.codes(lm)
    assert np.array_equal(cache.code_of(lm, Endpoint(test_index=7)), codes[7])
    assert np.abs(cache.code_of(lm, Endpoint(digit=cache.images[7])) - codes[7]).max() < 1e-5
    xy = (0.5, -1.0)
    assert np.allclose(cache.code_of(lm, Endpoint(plane_xy=xy)),
                       cache.plane(lm).from_plane(np.array([xy], np.float32))[0])
    with pytest.raises(ValueError):
        Endpoint(test_index=1, plane_xy=xy)  # exactly one kind of endpoint
    strip = cache.interpolation(lm, Endpoint(test_index=0), Endpoint(test_index=1), 5,
                               spherical=False)
    assert strip.shape == (5, 28, 28)
    ends = decode_codes(lm, codes[[0, 1]])
    assert np.abs(strip[0] - ends[0]).max() < 1e-5 and np.abs(strip[-1] - ends[1]).max() < 1e-5
    middle = decode_codes(lm, (codes[[0]] + codes[[1]]) / 2)[0]
    assert np.abs(strip[2] - middle).max() < 1e-5


def test_pixel_clusters_are_computed_once_per_k(cache):
    a = cache.cluster_pixels(3)
    assert cache.cluster_pixels(3) is a and a.k == 3
    assert len(a.assignments) == N


# ---------------------------------------------------------------- model versions


def _tiny(seed: int):
    torch.manual_seed(seed)
    return get_spec("dense_100").build().eval()


def _rewrite_weights_in_place(path, model):
    """Replace the weight bytes of ``path`` by ``model``'s, keeping its size and mtime."""
    before = os.stat(path)
    data = st_save({k: v.detach().contiguous() for k, v in model.state_dict().items()},
                   metadata={"architecture": "dense_100"})
    assert len(data) == before.st_size
    path.write_bytes(data)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(path).st_mtime_ns == before.st_mtime_ns


def test_a_model_retrained_in_place_with_the_same_mtime_gets_new_codes(tmp_path):
    cache = LatentCache(n_test=100)
    save_checkpoint(tmp_path / "mine", _tiny(0), "dense_100", {})
    old = load_checkpoint(tmp_path / "mine")
    old_codes = cache.codes(old).copy()
    extent = cache.plane_data(old).extent
    old_grid = cache.grid(old, extent, 4)

    _rewrite_weights_in_place(old.path, _tiny(1))  # "retrained": same file, size and mtime
    new = load_checkpoint(tmp_path / "mine")
    assert (new.name, new.path) == (old.name, old.path) and new.version != old.version

    codes = cache.codes(new)
    assert np.abs(codes - _fp32_codes(new, cache.images)).max() < 1e-5
    assert np.abs(codes - old_codes).max() > 0.1
    grid = cache.grid(new, extent, 4)
    assert grid is not old_grid
    assert np.abs(grid - decode_grid(new, cache.plane(new), extent, 4)).max() < 1e-6
    # ... and the old model, still in memory, keeps its own entries.
    assert np.array_equal(cache.codes(old), old_codes) and cache.grid(old, extent, 4) is old_grid


def test_codes_of_a_model_whose_file_was_replaced_meanwhile_stay_its_own(tmp_path):
    # The explorer encodes the model it was given while training overwrites the file: what
    # it computes belongs to the loaded weights and must not be served for the new ones.
    cache = LatentCache(n_test=100)
    save_checkpoint(tmp_path / "mine", _tiny(0), "dense_100", {})
    old = load_checkpoint(tmp_path / "mine")
    before = os.stat(old.path)
    _rewrite_weights_in_place(old.path, _tiny(1))
    os.utime(old.path, ns=(before.st_atime_ns, before.st_mtime_ns + 10**9))  # a later save
    old_codes = cache.codes(old)  # computed after the file changed, from the old weights
    assert np.abs(old_codes - _fp32_codes(old, cache.images)).max() < 1e-5
    new = load_checkpoint(tmp_path / "mine")
    codes = cache.codes(new)
    assert np.abs(codes - _fp32_codes(new, cache.images)).max() < 1e-5
    assert np.abs(codes - old_codes).max() > 0.1
