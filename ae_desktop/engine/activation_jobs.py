"""Engine jobs of the layer-activations view: payload and result records, and the handler.

:class:`ComputeActivations` asks for what every layer of one model makes of one 28x28
digit, the *model input* of a live result (the canvas digit after MNIST's preprocessing
and the noise panel's noise, exactly what the panes' models saw). The handler
(background lane, in the engine process) runs
:func:`ae_desktop.core.models.activations.layer_outputs` and answers with
:class:`Activations`: one :class:`ActivationLayer` per panel, its values quantised to
uint8 per channel with that channel's minimum and maximum as float32, so the largest
answer (the 2-D conv models: 90,162 values over 12 panels) pickles to 96 KB instead of
361 KB of float32 values, and goes through the pipe (shared memory starts at 256 KB per
array); the request is 3.4 KB. A value is off by at most half a step, 1/510 of its
channel's range, below what a screen shows. The handler takes 0.2-1.2 ms per model.

Nothing here imports torch: the GUI imports the records (``jobs.HANDLERS`` merges
:data:`HANDLERS`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class ComputeActivations:
    """Every layer's output of ``model`` for ``digit`` ((28, 28) float32 in [0, 1])."""

    model: str
    digit: np.ndarray
    tag: int = 0  # the submitter's own reference (the live request the digit came from)


@dataclass(frozen=True)
class ActivationLayer:
    """One panel of the view (see :class:`~ae_desktop.core.models.activations.LayerOutput`).

    ``quantised`` has the layer's shape; channel ``c`` (the first axis of a ``(C, H, W)``
    map; the whole vector of a dense layer) holds ``lo[c] + q / 255 * (hi[c] - lo[c])``.
    """

    part: str  # "input" | "encoder" | "decoder" | "output"
    kind: str  # the layer's class name ("Conv2d"), "" for the input and the reconstruction
    then: tuple[str, ...]  # element-wise layers folded in ("ReLU",)
    is_code: bool
    role: str  # "mean" / "log_var" (a VAE's heads) or ""
    params: int
    kernel: tuple[int, int] | None
    stride: tuple[int, int] | None
    value_range: tuple[float, float] | None  # fixed display range, else the layer's own
    quantised: np.ndarray  # uint8, the layer's shape
    lo: np.ndarray  # float32 (channels,)
    hi: np.ndarray  # float32 (channels,)

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(self.quantised.shape)

    @property
    def is_map(self) -> bool:
        """Feature maps ``(C, H, W)`` (else a dense layer's vector)."""
        return self.quantised.ndim == 3

    @property
    def channels(self) -> int:
        return self.quantised.shape[0] if self.is_map else 1

    def values(self) -> np.ndarray:
        """The float32 values (dequantised), the layer's shape."""
        q = self.quantised.astype(np.float32).reshape(self.channels, -1)
        v = self.lo[:, None] + q * ((self.hi - self.lo) / 255.0)[:, None]
        return v.reshape(self.shape)

    @property
    def min(self) -> float:
        return float(self.lo.min())

    @property
    def max(self) -> float:
        return float(self.hi.max())


@dataclass(frozen=True)
class Activations:
    """The answer: ``layers`` from the input to the reconstruction."""

    model: str
    architecture: str
    layers: tuple[ActivationLayer, ...]
    tag: int
    compute_s: float

    @property
    def nbytes(self) -> int:
        return sum(a.quantised.nbytes + a.lo.nbytes + a.hi.nbytes for a in self.layers)


def quantise(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(uint8 values, lo, hi)`` per channel (first axis of a 3-D array, else one channel)."""
    v = np.asarray(values, np.float32)
    flat = v.reshape(v.shape[0] if v.ndim == 3 else 1, -1)
    lo = flat.min(axis=1)
    hi = flat.max(axis=1)
    span = hi - lo
    scale = np.divide(255.0, span, out=np.zeros_like(span), where=span > 0)
    q = np.rint((flat - lo[:, None]) * scale[:, None])
    return (np.clip(q, 0, 255).astype(np.uint8).reshape(v.shape), lo.astype(np.float32),
            hi.astype(np.float32))


def compute_activations(job: ComputeActivations, models: dict, state) -> Activations:
    from ..core.models.activations import layer_outputs
    from .jobs import _model

    lm = _model(models, job.model)
    digit = np.asarray(job.digit, np.float32)
    if digit.size != 28 * 28 or not np.isfinite(digit).all():
        raise ValueError("the digit must be 28x28 finite values")
    t0 = time.perf_counter()
    layers = []
    for out in layer_outputs(lm.model, lm.spec, digit.reshape(28, 28), device_of=lm):
        q, lo, hi = quantise(out.values)
        layers.append(ActivationLayer(out.part, out.kind, out.then, out.is_code, out.role,
                                      out.params, out.kernel, out.stride, out.value_range,
                                      q, lo, hi))
    return Activations(job.model, lm.spec.name, tuple(layers), job.tag,
                       time.perf_counter() - t0)


HANDLERS: dict = {ComputeActivations: compute_activations}
