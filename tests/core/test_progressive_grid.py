"""LatentCache.first_view: the coarse first view of a plane's grid, and when it is skipped.

Expected images come from ``decode_grid`` called directly (the same decoder, no cache).
"""

from __future__ import annotations

import numpy as np
import pytest

from ae_desktop.core.compute.reconstruct import prepare_for_live_use
from ae_desktop.core.latent.cache import LatentCache
from ae_desktop.core.latent.space import COARSE_N, decode_grid, grid_points
from ae_desktop.core.store.checkpoints import load_checkpoint
from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR


@pytest.fixture(scope="module")
def cache():
    return LatentCache(n_test=300)


@pytest.fixture(scope="module")
def vae():
    lm = load_checkpoint(SHIPPED_MODELS_DIR / "vae_2d")
    prepare_for_live_use(lm)
    return lm


def test_the_first_view_is_a_coarse_grid_over_the_same_extent(cache, vae):
    extent = (-2.0, 2.5, -1.5, 3.0)
    g = cache.first_view(vae, extent, 20)
    assert g.coarse and g.cells == COARSE_N == 8 and g.resolution == 20
    assert g.extent == extent and g.name == "vae_2d"
    assert g.image.shape == (8 * 28, 8 * 28)
    expected = decode_grid(vae, cache.plane(vae), extent, 8)
    assert np.allclose(g.image, expected, atol=1e-4)
    # Each coarse digit sits at the centre of the block of final cells it covers: the
    # coarse grid spans the same extent, only with larger cells.
    centres = grid_points(extent, 8).reshape(8, 8, 2)
    assert np.allclose(centres[0, 0], [-2.0 + 4.5 / 16, 3.0 - 4.5 / 16])
    assert not cache.has_grid(vae, extent, 20)  # the full grid is not decoded by it


def test_the_coarse_view_is_cached_and_shared_by_every_resolution(cache, vae):
    extent = (-1.0, 1.0, -1.0, 1.0)
    a = cache.first_view(vae, extent, 20)
    b = cache.first_view(vae, extent, 30)
    assert a.coarse and b.coarse and b.image is a.image


def test_a_cached_full_grid_is_the_first_view_itself(cache, vae):
    extent = (-3.0, 0.0, 0.0, 3.0)
    full = cache.grid_image(vae, extent, 12)
    assert not full.coarse and full.image.shape == (12 * 28, 12 * 28)
    again = cache.first_view(vae, extent, 12)
    assert not again.coarse and again.image is full.image
    assert np.allclose(again.image, decode_grid(vae, cache.plane(vae), extent, 12), atol=1e-4)


def test_a_grid_no_larger_than_the_coarse_one_has_no_coarse_step(cache, vae):
    g = cache.first_view(vae, (-1.0, 2.0, -1.0, 2.0), COARSE_N)
    assert not g.coarse and g.cells == COARSE_N
