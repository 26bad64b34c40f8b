"""What to train and what training reports: plain records, no torch.

The GUI builds a :class:`TrainConfig`, the training child trains it and sends
:class:`BatchProgress` and :class:`EpochEnd` back over a pipe; the GUI unpickles
them without loading torch. The trainer stops with :class:`TrainingCancelled` or
:class:`TrainingDiverged`. :mod:`.trainer` re-exports all of them.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

import numpy as np

from .. import reasons as R
from ..compute.devices import DEVICE_CHOICES
from ..models import LatentSizeError, get_spec
from ..reasons import Reason, join

LR_SCHEDULES = ("constant", "cosine")


class TrainingCancelled(Exception):
    """The user asked training to stop; nothing was saved."""


class TrainingDiverged(RuntimeError):
    """The loss became NaN or infinite."""


@dataclass(frozen=True)
class TrainConfig:
    """What to train and how.  ``None`` means: the architecture's default."""

    architecture: str
    epochs: int | None = None
    batch_size: int | None = None
    lr: float | None = None
    optimizer: str | None = None  # "adam" | "sgd"
    noise: float | None = None  # tutorial noise factor (std factor/2 on [0, 1])
    seed: int = 0
    limit: int | None = None  # train on a seeded random subset of this size
    data_dir: str | None = None
    val_limit: int | None = 2000  # test digits evaluated after each epoch
    final_eval: bool = True  # metrics on the full test set at the end
    precision: str = "auto"  # "auto" | "fp32" | "bf16"
    init_from: str | None = None  # continue training from this checkpoint
    device: str = "auto"  # "auto" | "cpu" | "cuda" | "mps" (missing: CPU, with a note)
    latent_size: int | None = None  # the code's size, for architectures that take one
    lr_schedule: str = "constant"  # "constant" | "cosine" (decays to 1 % over the run)

    def resolved(self) -> TrainConfig:
        spec = get_spec(self.architecture)
        d = spec.defaults
        return dataclasses.replace(
            self,
            epochs=self.epochs if self.epochs is not None else d.get("epochs", 10),
            batch_size=self.batch_size or d.get("batch_size", 128),
            lr=self.lr if self.lr is not None else d.get("lr", 1e-3),
            optimizer=self.optimizer or d.get("optimizer", "adam"),
            noise=self.noise if self.noise is not None else d.get("noise", 0.0),
        )

    def validate(self) -> None:
        cfg = self.resolved()
        problems = []
        if cfg.epochs < 1:
            problems.append(Reason(R.CONFIG_EPOCHS))
        if cfg.batch_size < 1:
            problems.append(Reason(R.CONFIG_BATCH_SIZE))
        if not (cfg.lr > 0 and math.isfinite(cfg.lr)):
            problems.append(Reason(R.CONFIG_LEARNING_RATE))
        if cfg.optimizer not in ("adam", "sgd"):
            problems.append(Reason(R.CONFIG_OPTIMIZER, name=repr(cfg.optimizer)))
        if not 0 <= cfg.noise <= 2:
            problems.append(Reason(R.CONFIG_NOISE))
        if cfg.limit is not None and cfg.limit < 1:
            problems.append(Reason(R.CONFIG_LIMIT))
        if cfg.precision not in ("auto", "fp32", "bf16"):
            problems.append(Reason(R.CONFIG_PRECISION))
        if cfg.lr_schedule not in LR_SCHEDULES:
            problems.append(Reason(R.CONFIG_SCHEDULE, choices=", ".join(LR_SCHEDULES)))
        try:
            get_spec(cfg.architecture, cfg.latent_size)
        except LatentSizeError as exc:
            problems.append(str(exc))
        if cfg.device not in DEVICE_CHOICES:
            problems.append(Reason(R.CONFIG_DEVICE, choices=", ".join(DEVICE_CHOICES)))
        if problems:
            raise ValueError(join(problems))


@dataclass(frozen=True)
class BatchProgress:
    epoch: int  # 1-based
    epochs: int
    batch: int  # 1-based
    batches: int
    loss: float
    samples_per_s: float
    elapsed_s: float
    eta_s: float
    device: str = "cpu"  # what computes ("cpu", "cuda", "mps")
    device_note: str = ""  # why that differs from what was asked ("" when it does not)


@dataclass(frozen=True)
class EpochEnd:
    epoch: int
    epochs: int
    train_loss: float
    val: dict
    inputs: np.ndarray  # (k, 28, 28) model inputs on [0, 1] (noised for denoisers)
    outputs: np.ndarray  # (k, 28, 28) reconstructions on [0, 1]
    elapsed_s: float
    eta_s: float


def command_line(cfg: TrainConfig) -> str:
    """The ``ae-desktop train`` command that reproduces ``cfg``."""
    parts = ["ae-desktop", "train", cfg.architecture]
    if cfg.latent_size is not None:
        parts.append(f"--latent {cfg.latent_size}")
    parts += [f"--epochs {cfg.epochs}",
             f"--batch-size {cfg.batch_size}", f"--lr {cfg.lr:g}", f"--optimizer {cfg.optimizer}",
             f"--seed {cfg.seed}"]
    if cfg.lr_schedule != "constant":
        parts.append(f"--lr-schedule {cfg.lr_schedule}")
    if cfg.noise:
        parts.append(f"--noise {cfg.noise:g}")
    if cfg.limit:
        parts.append(f"--limit {cfg.limit}")
    if cfg.precision != "auto":
        parts.append(f"--precision {cfg.precision}")
    if cfg.init_from:
        parts.append(f"--continue-from {cfg.init_from}")
    if cfg.device != "auto":
        parts.append(f"--device {cfg.device}")
    return " ".join(parts)
