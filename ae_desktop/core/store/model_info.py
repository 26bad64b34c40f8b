"""A frozen, numpy-only description of a loaded model, safe to hand to the GUI.

Importing this module loads no torch (the GUI process and the engine protocol use the
record); only :meth:`ModelInfo.from_loaded`, which runs where the models are, does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..models.specs import ARCHITECTURES

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

    @property
    def latent_size(self) -> int:
        return int(np.prod(self.latent_shape)) if self.latent_shape else 0

    @property
    def latent_parameter(self) -> bool:
        """Whether the code size is a parameter of the architecture (a bottleneck family)."""
        spec = ARCHITECTURES.get(self.architecture)
        return spec is not None and spec.has_latent_parameter

    @property
    def architecture_title(self) -> str:
        """The architecture's readable title (with ``z = N`` for a bottleneck family), or
        its id if this app does not know it."""
        spec = ARCHITECTURES.get(self.architecture)
        if spec is None:
            return self.architecture
        return f"{spec.title}, z = {self.latent_size}" if spec.has_latent_parameter \
            else spec.title

    @property
    def title(self) -> str:
        """What the model is called on screen.

        A shipped model is known by its architecture (``"VAE — Generative Deep
        Learning"``); a model the user trained by the name they gave it (``"my_vae"``),
        with the architecture as :attr:`subtitle`. English: the window translates the
        architecture titles (``ui/model_texts_tr.py``: ``model_title``, ``model_subtitle``).
        """
        return self.architecture_title if self.shipped else self.name

    @property
    def subtitle(self) -> str:
        """The architecture's title under a user-trained model's name; empty if shipped."""
        return "" if self.shipped else self.architecture_title

    @property
    def full_title(self) -> str:
        """Title and subtitle on one line: ``"my_vae (VAE — Generative Deep Learning)"``."""
        return f"{self.title} ({self.subtitle})" if self.subtitle else self.title

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
            summary=summary_text(lm.spec),
            epochs=meta.get("epochs"),
            training_time_s=meta.get("training_time_s"),
            shipped=shipped,
            plane_points=points,
            plane_labels=labels,
        )
