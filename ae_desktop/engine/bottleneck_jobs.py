"""Engine jobs of the bottleneck view: the canvas digit through every code size.

:class:`ReconstructFamily` asks for one 28x28 digit, the *model input* of a live result
(the canvas digit after MNIST's preprocessing and the noise panel's noise, exactly what
the panes' models saw), to be reconstructed by each of a list of models (the loaded
members of the bottleneck families ``dense_z`` and ``conv_z``); each reconstruction's
MSE and BCE are measured against the *clean* digit (``target``), as the live panes
measure theirs. The handler (background lane, in the engine process) answers with
:class:`FamilyReconstructions`: the outputs in the order asked, float32 (7 x 3 KB for
the shipped family), models that a reload has removed since left out and named.

Nothing here imports torch: the GUI imports the records (``jobs.HANDLERS`` merges
:data:`HANDLERS`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

MAX_FAMILY_MODELS = 64  # a row shows a handful; more is a mistake, not a wish


@dataclass(frozen=True)
class ReconstructFamily:
    """Reconstruct ``digit`` ((28, 28) float32 in [0, 1]) with each of ``models``; measure
    the errors against ``target`` (the clean digit; the same array when there is no noise)."""

    models: tuple[str, ...]
    digit: np.ndarray
    target: np.ndarray
    tag: int = 0  # the submitter's own reference (the live request the digit came from)


@dataclass(frozen=True)
class FamilyReconstructions:
    """The answer: ``outputs[i]`` is ``models[i]``'s reconstruction, with its errors."""

    models: tuple[str, ...]  # those computed, in the order asked
    outputs: np.ndarray  # (K, 28, 28) float32 in [0, 1]
    mse: np.ndarray  # (K,) float64, against the target
    bce: np.ndarray  # (K,) float64, per pixel, against the target
    missing: tuple[str, ...]  # asked for, but not loaded (any more)
    tag: int
    compute_s: float

    def index(self, name: str) -> int:
        """Where ``name`` is in :attr:`models` (-1 if it is not)."""
        return self.models.index(name) if name in self.models else -1


def _digit(a, what: str) -> np.ndarray:
    d = np.asarray(a, np.float32)
    if d.size != 28 * 28 or not np.isfinite(d).all():
        raise ValueError(f"the {what} must be 28x28 finite values")
    return d.reshape(28, 28)


def reconstruct_family(job: ReconstructFamily, models: dict, state) -> FamilyReconstructions:
    from ..core.compute.reconstruct import reconstruct_batch
    from ..core.live.compute import errors

    if not 0 < len(job.models) <= MAX_FAMILY_MODELS:
        raise ValueError(f"ask for 1 to {MAX_FAMILY_MODELS} models, not {len(job.models)}")
    digit, target = _digit(job.digit, "digit"), _digit(job.target, "target")
    t0 = time.perf_counter()
    names, outputs, mse, bce, missing = [], [], [], [], []
    x = digit[None]
    for name in job.models:
        lm = models.get(name)
        if lm is None:
            missing.append(name)
            continue
        out = reconstruct_batch(lm, x)[0]
        m, b = errors(out, target)
        names.append(name)
        outputs.append(out)
        mse.append(m)
        bce.append(b)
    stacked = np.stack(outputs).astype(np.float32) if outputs else np.zeros((0, 28, 28),
                                                                             np.float32)
    return FamilyReconstructions(tuple(names), stacked, np.asarray(mse, np.float64),
                                 np.asarray(bce, np.float64), tuple(missing), job.tag,
                                 time.perf_counter() - t0)


HANDLERS: dict = {ReconstructFamily: reconstruct_family}
