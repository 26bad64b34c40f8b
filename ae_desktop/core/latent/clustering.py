"""KMeans, PCA and NMI in numpy, scored against the true labels.

Why not scikit-learn: it brings SciPy, 90 MB of the 793 MB frozen bundle
(measured, packaging/trim_bundle.py), for three small algorithms. The tests
check these against scikit-learn, which stays a test dependency.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..compute import cancel


@dataclass(frozen=True)
class ClusterResult:
    k: int
    purity: float
    nmi: float
    assignments: np.ndarray  # (N,)
    exemplars: np.ndarray  # (k, m) indices of the members nearest each centre (-1 = none)


def purity(labels: np.ndarray, clusters: np.ndarray) -> float:
    """Fraction of points whose cluster's majority label is their own label."""
    total = 0
    for c in np.unique(clusters):
        total += np.bincount(labels[clusters == c]).max()
    return total / len(labels)


def nmi(labels: np.ndarray, clusters: np.ndarray) -> float:
    """Normalised mutual information, arithmetic-mean normalisation (sklearn's default)."""
    _, a = np.unique(labels, return_inverse=True)
    _, b = np.unique(clusters, return_inverse=True)
    n = len(a)
    joint = np.zeros((a.max() + 1, b.max() + 1))
    np.add.at(joint, (a, b), 1)
    pxy = joint / n
    px, py = pxy.sum(1), pxy.sum(0)
    nz = pxy > 0
    mi = float((pxy[nz] * np.log(pxy[nz] / np.outer(px, py)[nz])).sum())
    hx = float(-(px[px > 0] * np.log(px[px > 0])).sum())
    hy = float(-(py[py > 0] * np.log(py[py > 0])).sum())
    if hx == 0 or hy == 0:
        return 1.0 if hx == hy else 0.0
    return max(mi, 0.0) / ((hx + hy) / 2)


def _sq_dist(x: np.ndarray, x_sq: np.ndarray, c: np.ndarray) -> np.ndarray:
    return np.maximum(x_sq[:, None] - 2 * x @ c.T + (c * c).sum(1)[None, :], 0)


def _kmeans_pp(x: np.ndarray, x_sq: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    centres = [x[rng.integers(len(x))]]
    d = _sq_dist(x, x_sq, np.array(centres))[:, 0]
    for _ in range(1, k):
        cancel.check()
        p = d / d.sum() if d.sum() > 0 else None
        centres.append(x[rng.choice(len(x), p=p)])
        d = np.minimum(d, _sq_dist(x, x_sq, centres[-1][None])[:, 0])
    return np.array(centres)


def kmeans_fit(x: np.ndarray, k: int, seed: int = 0, n_init: int = 3,
               max_iter: int = 100) -> tuple[np.ndarray, np.ndarray, float]:
    """Lloyd's algorithm from k-means++ seeds; the best of ``n_init`` runs.

    Returns ``(assignments, centres, inertia)``.
    """
    x = np.asarray(x, np.float64)
    x_sq = (x * x).sum(1)
    rng = np.random.default_rng(seed)
    best = None
    for _ in range(n_init):
        c = _kmeans_pp(x, x_sq, k, rng)
        assign = None
        for _ in range(max_iter):
            cancel.check()  # one Lloyd step on 10,000 pixel images: ~0.1 s
            d = _sq_dist(x, x_sq, c)
            new = d.argmin(1)
            if assign is not None and np.array_equal(new, assign):
                break
            assign = new
            for j in range(k):
                members = x[assign == j]
                # An empty cluster takes the point farthest from its centre.
                c[j] = members.mean(0) if len(members) else x[d.min(1).argmax()]
        inertia = float(_sq_dist(x, x_sq, c)[np.arange(len(x)), assign].sum())
        if best is None or inertia < best[2]:
            best = (assign, c.copy(), inertia)
    return best


def kmeans(features: np.ndarray, labels: np.ndarray, k: int = 10, seed: int = 0,
           exemplars: int = 8) -> ClusterResult:
    """KMeans on ``features`` scored against ``labels``, with exemplar indices per cluster."""
    x = np.asarray(features, np.float64).reshape(len(features), -1)
    assign, centres, _ = kmeans_fit(x, k, seed)
    ex = np.full((k, exemplars), -1, np.int64)
    for c in range(k):
        members = np.flatnonzero(assign == c)
        if members.size:
            d = ((x[members] - centres[c]) ** 2).sum(axis=1)
            best = members[np.argsort(d)[:exemplars]]
            ex[c, : best.size] = best
    return ClusterResult(k, purity(labels, assign), nmi(labels, assign), assign, ex)


def pca(x: np.ndarray, n_components: int = 2) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(mean, components (n, D), explained_variance_ratio (n,))``.

    With more samples than dimensions (10,000 codes of up to 576 values) the axes
    are the eigenvectors of the ``D x D`` scatter matrix: the same axes as an SVD
    of the data, 0.5 s instead of 14 s here for 10,000 x 576, and an SVD cannot be
    interrupted when the user quits.  Otherwise an SVD.
    Signs follow scikit-learn's convention (the largest-magnitude loading of each
    component is positive), so projections are deterministic.
    """
    x = np.asarray(x, np.float64)
    mean = x.mean(0)
    xc = x - mean
    if xc.shape[0] >= xc.shape[1]:
        evals, evecs = np.linalg.eigh(xc.T @ xc)
        order = np.argsort(evals)[::-1]
        var = np.clip(evals[order], 0.0, None)
        vt = evecs[:, order].T
    else:
        _, s, vt = np.linalg.svd(xc, full_matrices=False)
        var = s ** 2
    comps = vt[:n_components]
    signs = np.sign(comps[np.arange(len(comps)), np.abs(comps).argmax(1)])
    comps = comps * signs[:, None]
    return mean, comps, (var / var.sum())[:n_components]
