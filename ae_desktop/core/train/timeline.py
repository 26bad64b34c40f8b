"""The training timeline: what a run looked like while it learned (plain numpy, no torch).

The trainer records a :class:`Timeline` frame after a few batches of the first epoch
(where the most happens) and after every epoch: the training loss since the previous
frame, the objective on the validation digits, the reconstructions of a fixed strip
of test digits and, for models with a 2-D code, where the test digits lie in the
plane. After training, the dialog and Model info replay it with a slider.

It is saved *with the checkpoint*, inside its safetensors file, as tensors whose names
start with :data:`PREFIX` (loading the weights ignores them; :func:`from_tensors`
checks them before anything uses them). It is kept small: uint8 pictures, float16
positions, a few hundred test digits: a 60-epoch run of a 2-D model is ~0.7 MB.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np

from .. import reasons as R
from ..reasons import Reason

PREFIX = "timeline."
# Points inside the first epoch, as fractions of it (then one frame per epoch end).
FIRST_EPOCH_POINTS = (1 / 32, 1 / 16, 1 / 8, 1 / 4, 1 / 2)
STRIP_DIGITS = 8  # test digits 0..7, reconstructed at every frame
SCATTER_DIGITS = 600  # test digits placed on the plane at every frame (2-D codes only)
MAX_FRAMES = 1024
_FLOAT_NAMES = ("step", "train_loss", "val_loss")


class TimelineError(ValueError):
    """The tensors do not form a valid timeline (a damaged or hostile file)."""


@dataclass(frozen=True)
class Timeline:
    """Frames of one training run, oldest first.

    Attributes
    ----------
    step
        ``(F,)`` float32: the epoch at each frame (0.25 = a quarter of the first epoch).
    train_loss, val_loss
        ``(F,)`` float32: the training objective averaged over the batches since the
        previous frame, and the same objective on the validation digits.
    loss_name
        What the losses are: ``"bce"``, ``"mse"`` or ``"-elbo"`` (nats per digit).
    inputs
        ``(S, 28, 28)`` uint8: the strip's digits as the model saw them (noised for
        denoisers).
    recon
        ``(F, S, 28, 28)`` uint8: their reconstructions at each frame.
    scatter, labels
        ``(F, N, 2)`` float16 positions of N test digits in the latent plane at each
        frame and their ``(N,)`` uint8 labels; None for codes that are not 2-D.
    """

    step: np.ndarray
    train_loss: np.ndarray
    val_loss: np.ndarray
    loss_name: str
    inputs: np.ndarray
    recon: np.ndarray
    scatter: np.ndarray | None = None
    labels: np.ndarray | None = None

    @property
    def frames(self) -> int:
        return int(self.step.shape[0])

    @property
    def nbytes(self) -> int:
        arrays = [self.step, self.train_loss, self.val_loss, self.inputs, self.recon,
                  self.scatter, self.labels]
        return sum(a.nbytes for a in arrays if a is not None)

    def to_tensors(self) -> dict[str, np.ndarray]:
        """Arrays to store beside the weights (names start with :data:`PREFIX`)."""
        out = {
            PREFIX + "step": np.ascontiguousarray(self.step, np.float32),
            PREFIX + "train_loss": np.ascontiguousarray(self.train_loss, np.float32),
            PREFIX + "val_loss": np.ascontiguousarray(self.val_loss, np.float32),
            PREFIX + "inputs": np.ascontiguousarray(self.inputs, np.uint8),
            PREFIX + "recon": np.ascontiguousarray(self.recon, np.uint8),
        }
        if self.scatter is not None and self.labels is not None:
            out[PREFIX + "scatter"] = np.ascontiguousarray(self.scatter, np.float16)
            out[PREFIX + "labels"] = np.ascontiguousarray(self.labels, np.uint8)
        return out

    def header(self) -> dict[str, str]:
        """String metadata for the safetensors header."""
        return {"timeline": json.dumps({"loss_name": self.loss_name, "version": 1})}


def _shape(name: str, a: np.ndarray, shape: tuple) -> None:
    if len(a.shape) != len(shape) or any(s is not None and s != d for s, d in zip(shape, a.shape, strict=True)):
        raise TimelineError(Reason(R.TIMELINE_SHAPE, name=name, shape=str(tuple(a.shape))))


def has_timeline(tensors: dict) -> bool:
    return any(k.startswith(PREFIX) for k in tensors)


def from_tensors(tensors: dict, header: dict | None = None) -> Timeline | None:
    """The timeline stored in ``tensors`` (numpy arrays by name), checked; None if none.

    Raises :class:`TimelineError` when the tensors are present but inconsistent:
    wrong types or shapes, too many frames, non-finite losses.
    """
    t = {k[len(PREFIX):]: np.asarray(v) for k, v in tensors.items() if k.startswith(PREFIX)}
    if not t:
        return None
    known = {*_FLOAT_NAMES, "inputs", "recon", "scatter", "labels"}
    if set(t) - known:
        raise TimelineError(Reason(R.TIMELINE_UNKNOWN,
                                   names=", ".join(sorted(set(t) - known))))
    missing = [k for k in (*_FLOAT_NAMES, "inputs", "recon") if k not in t]
    if missing:
        raise TimelineError(Reason(R.TIMELINE_LACKS, names=", ".join(missing)))
    for k in _FLOAT_NAMES:
        if t[k].dtype != np.float32:
            raise TimelineError(Reason(R.TIMELINE_DTYPE, name=k, dtype=str(t[k].dtype),
                                       expected="float32"))
    frames = t["step"].shape[0] if t["step"].ndim == 1 else -1
    if not 1 <= frames <= MAX_FRAMES:
        raise TimelineError(Reason(R.TIMELINE_FRAMES, frames=frames, limit=MAX_FRAMES))
    for k in _FLOAT_NAMES:
        _shape(k, t[k], (frames,))
        if k != "val_loss" and not np.isfinite(t[k]).all():
            raise TimelineError(Reason(R.TIMELINE_NOT_FINITE, name=k))
    for k in ("inputs", "recon", "labels"):
        if k in t and t[k].dtype != np.uint8:
            raise TimelineError(Reason(R.TIMELINE_DTYPE, name=k, dtype=str(t[k].dtype),
                                       expected="uint8"))
    _shape("inputs", t["inputs"], (None, 28, 28))
    strip = t["inputs"].shape[0]
    if not 1 <= strip <= 64:
        raise TimelineError(Reason(R.TIMELINE_STRIP, n=strip))
    _shape("recon", t["recon"], (frames, strip, 28, 28))
    scatter = labels = None
    if ("scatter" in t) != ("labels" in t):
        raise TimelineError(Reason(R.TIMELINE_SCATTER_PAIR))
    if "scatter" in t:
        scatter, labels = t["scatter"], t["labels"]
        if scatter.dtype != np.float16:
            raise TimelineError(Reason(R.TIMELINE_DTYPE, name="scatter",
                                       dtype=str(scatter.dtype), expected="float16"))
        _shape("labels", labels, (None,))
        if not 1 <= labels.shape[0] <= 10_000:
            raise TimelineError(Reason(R.TIMELINE_SCATTER_SIZE, n=labels.shape[0]))
        _shape("scatter", scatter, (frames, labels.shape[0], 2))
        if labels.max() > 9:
            raise TimelineError(Reason(R.TIMELINE_LABELS))
    loss_name = "loss"
    if header and "timeline" in header:
        try:
            info = json.loads(header["timeline"])
            loss_name = str(info.get("loss_name", "loss"))[:16]
        except (ValueError, AttributeError):
            raise TimelineError(Reason(R.TIMELINE_HEADER)) from None
    return Timeline(t["step"], t["train_loss"], t["val_loss"], loss_name, t["inputs"],
                    t["recon"], scatter, labels)


def read_timeline(weights_path) -> Timeline | None:
    """The timeline saved in a checkpoint's weights file (torch-free; None if it has none).

    Reads only the timeline tensors (the file's structure is checked first, like the
    weights loader does). Raises :class:`TimelineError` or ``OSError``.
    """
    from safetensors import safe_open

    from ..store.safetensors_format import check_safetensors_file

    check_safetensors_file(weights_path)
    try:
        with safe_open(str(weights_path), framework="numpy") as f:
            names = [k for k in f.keys() if k.startswith(PREFIX)]
            if not names:
                return None
            tensors = {k: f.get_tensor(k) for k in names}
            header = f.metadata() or {}
    except TimelineError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged file
        raise TimelineError(Reason(R.TIMELINE_UNREADABLE, error=str(exc))) from None
    return from_tensors(tensors, header)


def to_uint8(images: np.ndarray) -> np.ndarray:
    """Images on [0, 1] as uint8 pixels."""
    return np.clip(np.rint(np.asarray(images, np.float32) * 255.0), 0, 255).astype(np.uint8)
