"""Our numpy KMeans / PCA / NMI against scikit-learn (a test-only dependency)."""

import numpy as np
import pytest
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.metrics import normalized_mutual_info_score

from ae_desktop.core.data.idx import load_test
from ae_desktop.core.latent.clustering import kmeans, kmeans_fit, nmi, pca, purity

TEST = load_test()
PIXELS = TEST.float_images()[:2000].reshape(2000, -1)
LABELS = TEST.labels[:2000]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_nmi_equals_sklearn(seed):
    rng = np.random.default_rng(seed)
    a, b = rng.integers(0, 10, 500), rng.integers(0, 7, 500)
    b[:250] = a[:250]  # partly informative
    assert nmi(a, b) == pytest.approx(normalized_mutual_info_score(a, b), abs=1e-10)
    assert nmi(a, a) == pytest.approx(1.0)


def test_pca_matches_sklearn():
    mean, comps, ratio = pca(PIXELS, 2)
    ref = PCA(n_components=2, svd_solver="full").fit(PIXELS)
    assert np.allclose(ratio, ref.explained_variance_ratio_, atol=1e-5)
    assert np.allclose(comps, ref.components_, atol=1e-5)  # signs included: same projection
    assert np.allclose(mean, ref.mean_, atol=1e-6)


def test_kmeans_recovers_separated_blobs():
    rng = np.random.default_rng(0)
    centres = rng.normal(0, 20, (5, 3))
    labels = np.repeat(np.arange(5), 100)
    x = centres[labels] + rng.normal(0, 0.5, (500, 3))
    res = kmeans(x, labels, k=5)
    assert res.purity == 1.0 and res.nmi == pytest.approx(1.0)


def test_kmeans_on_digits_scores_like_sklearn():
    ours = kmeans(PIXELS, LABELS, k=10)
    ref = KMeans(n_clusters=10, n_init=3, random_state=0).fit(PIXELS)
    assert ours.purity == pytest.approx(purity(LABELS, ref.labels_), abs=0.05)
    assert ours.nmi == pytest.approx(normalized_mutual_info_score(LABELS, ref.labels_), abs=0.05)
    _, _, inertia = kmeans_fit(PIXELS, 10)
    assert inertia <= ref.inertia_ * 1.02
    assert ours.exemplars.shape == (10, 8)
    # Exemplars: the 8 members of each cluster nearest its centre (the mean of its members).
    for c, row in enumerate(ours.exemplars):
        members = np.flatnonzero(ours.assignments == c)
        d = ((PIXELS[members] - PIXELS[members].mean(0)) ** 2).sum(1)
        assert row.tolist() == members[np.argsort(d)[:8]].tolist()


def test_purity_of_a_hand_worked_example():
    labels = np.array([0, 0, 1, 1, 1, 2])
    clusters = np.array([5, 5, 5, 9, 9, 9])  # majorities: 0 (2 of 3), 1 (2 of 3)
    assert purity(labels, clusters) == pytest.approx(4 / 6)
    assert purity(labels, np.arange(6)) == 1.0


def test_pca_with_fewer_samples_than_dimensions_matches_sklearn():
    few = PIXELS[:100]  # 100 digits x 784 pixels: the SVD branch
    mean, comps, ratio = pca(few, 2)
    ref = PCA(n_components=2, svd_solver="full").fit(few)
    assert np.allclose(ratio, ref.explained_variance_ratio_, atol=1e-6)
    assert np.allclose(comps, ref.components_, atol=1e-5)  # same sign convention
    assert np.allclose(mean, ref.mean_, atol=1e-7)
