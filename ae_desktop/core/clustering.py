"""KMeans on latent codes, scored against the true labels (scikit-learn)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


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


def kmeans(features: np.ndarray, labels: np.ndarray, k: int = 10, seed: int = 0,
           exemplars: int = 8) -> ClusterResult:
    from sklearn.cluster import KMeans
    from sklearn.metrics import normalized_mutual_info_score

    x = np.asarray(features, np.float32).reshape(len(features), -1)
    km = KMeans(n_clusters=k, n_init=3, random_state=seed).fit(x)
    assign = km.labels_
    ex = np.full((k, exemplars), -1, np.int64)
    for c in range(k):
        members = np.flatnonzero(assign == c)
        if members.size:
            d = ((x[members] - km.cluster_centers_[c]) ** 2).sum(axis=1)
            best = members[np.argsort(d)[:exemplars]]
            ex[c, : best.size] = best
    return ClusterResult(k, purity(labels, assign),
                         float(normalized_mutual_info_score(labels, assign)), assign, ex)
