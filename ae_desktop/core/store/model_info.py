"""A frozen, numpy-only description of a loaded model, safe to hand to the GUI.

Importing this module loads no torch (the GUI process and the engine protocol use the
record); only :meth:`ModelInfo.from_loaded`, which runs where the models are, does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from .checkpoints import LoadedModel

PLANE_POINTS = 1500


@dataclass(frozen=True)
class ModelInfo:
    name: str
    architecture: str
    description: str
    params: int
    latent_shape: tuple[int, ...]
    path: str
    metrics: dict
    history: dict
    training: dict
    summary: str
    epochs: int | None
    training_time_s: float | None
    shipped: bool
    plane_points: np.ndarray | None = None  # (N, 2) test encodings, 2-D models only
    plane_labels: np.ndarray | None = None

    @property
    def is_2d(self) -> bool:
        return self.latent_shape == (2,)

    @staticmethod
    def from_loaded(lm: LoadedModel, shipped: bool) -> ModelInfo:
        from ..data.idx import load_test
        from ..latent.space import encode_images
        from ..models.summary import summary_text

        meta = lm.metadata
        points = labels = None
        if lm.spec.latent_shape == (2,):
            test = load_test()
            points = encode_images(lm, test.float_images()[:PLANE_POINTS, 0])
            labels = test.labels[:PLANE_POINTS].copy()
        return ModelInfo(
            name=lm.name,
            architecture=lm.spec.name,
            description=lm.spec.description,
            params=lm.params,
            latent_shape=lm.spec.latent_shape,
            path=str(lm.path),
            metrics=dict(meta.get("metrics") or {}),
            history=dict(meta.get("history") or {}),
            training=dict(meta.get("training") or {}),
            summary=summary_text(lm.spec.name),
            epochs=meta.get("epochs"),
            training_time_s=meta.get("training_time_s"),
            shipped=shipped,
            plane_points=points,
            plane_labels=labels,
        )
