"""The trainer: a plain generator of progress events, no Qt.

``train(config)`` yields :class:`BatchProgress` after every batch,
:class:`EpochEnd` after every epoch and finally :class:`TrainingFinished`
carrying the :class:`TrainResult`.  It stops with :class:`TrainingCancelled`
when ``should_stop()`` turns true (checked between batches) and with
:class:`TrainingDiverged` on a NaN or infinite loss.  The configuration and the
progress records and both exceptions are plain data in :mod:`.config` (no torch),
re-exported here.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import math
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np
import torch
import torch.nn.functional as F

from .. import reasons as R
from ..compute import runtime
from ..compute.devices import resolve_device
from ..data.idx import load_test, load_train
from ..evaluation.metrics import evaluate, gaussian_noise, vae_terms
from ..models import ArchitectureSpec, get_spec
from ..models.base import Autoencoder
from ..reasons import Reason
from ..store.checkpoints import library_versions, load_checkpoint
from . import timeline as tl
from .config import (
    BatchProgress,
    EpochEnd,
    TrainConfig,
    TrainingCancelled,
    TrainingDiverged,
    command_line,
)

N_SAMPLES = 8
CURVE_POINTS = 600


@dataclass
class TrainResult:
    model: Autoencoder
    metadata: dict = field(default_factory=dict)
    timeline: tl.Timeline | None = None


@dataclass(frozen=True)
class TrainingFinished:
    result: TrainResult


TrainEvent = BatchProgress | EpochEnd | TrainingFinished


def _use_bf16(cfg: TrainConfig, spec: ArchitectureSpec, device: str = "cpu") -> bool:
    # bf16 autocast is a CPU feature here (AVX512-BF16/AMX); GPUs train in fp32.
    if cfg.precision == "fp32" or device != "cpu":
        return False
    if cfg.precision == "bf16":
        return runtime.bf16_supported()
    return spec.is_conv and runtime.bf16_supported()


def _loss_fn(spec: ArchitectureSpec, model: Autoencoder, x_in: torch.Tensor,
             target: torch.Tensor) -> torch.Tensor:
    if spec.loss == "vae":
        rec, kl = vae_terms(model, x_in)
        return (rec + kl).mean()
    raw = model.decode_raw(model.encode(x_in)).float()
    if spec.loss == "bce":
        return F.binary_cross_entropy_with_logits(raw, target)
    return F.mse_loss(model.activate(raw), target)


LOSS_NAMES = {"vae": "-elbo", "bce": "bce", "mse": "mse"}
TIMELINE_VAL_DIGITS = 1000


class TimelineRecorder:
    """Collects the frames of :class:`~.timeline.Timeline` during a run (see there).

    A frame costs one pass over :data:`TIMELINE_VAL_DIGITS` validation digits, the
    strip of :data:`~.timeline.STRIP_DIGITS` and, for 2-D codes, the scatter digits.
    """

    def __init__(self, spec: ArchitectureSpec, x_test: torch.Tensor, labels: np.ndarray,
                 noise: float) -> None:
        self.spec = spec
        strip = x_test[:tl.STRIP_DIGITS]
        self.strip_in = gaussian_noise(strip, noise, torch.Generator().manual_seed(7)) \
            if noise else strip
        self.x_val = x_test[:TIMELINE_VAL_DIGITS]
        self.two_d = spec.latent_shape == (2,)
        self.x_scatter = x_test[:tl.SCATTER_DIGITS] if self.two_d else None
        self.labels = labels[:tl.SCATTER_DIGITS].astype(np.uint8) if self.two_d else None
        self.steps: list[float] = []
        self.train_loss: list[float] = []
        self.val_loss: list[float] = []
        self.recon: list[np.ndarray] = []
        self.scatter: list[np.ndarray] = []

    @torch.inference_mode()
    def _objective(self, model: Autoencoder) -> float:
        """The training objective on the validation digits (fp32, fixed VAE samples)."""
        spec, total = self.spec, 0.0
        gen = torch.Generator().manual_seed(4321)
        for s in range(0, len(self.x_val), 500):
            x = self.x_val[s:s + 500]
            target = spec.to_model_range(x)
            if spec.loss == "vae":
                rec, kl = vae_terms(model, target, gen)
                total += (rec + kl).sum().item()
            else:
                raw = model.decode_raw(model.encode(target)).float()
                loss = (F.binary_cross_entropy_with_logits(raw, target, reduction="sum")
                        if spec.loss == "bce" else
                        F.mse_loss(model.activate(raw), target, reduction="sum"))
                total += loss.item() / (28 * 28)
        return total / len(self.x_val)

    def record(self, model: Autoencoder, step: float, train_loss: float) -> None:
        was_training = model.training
        model.eval()
        try:
            self.val_loss.append(self._objective(model))
            with torch.inference_mode():
                out = self.spec.to_unit_range(model(self.spec.to_model_range(self.strip_in)))
                self.recon.append(tl.to_uint8(out[:, 0].numpy()))
                if self.two_d:
                    codes = model.encode(self.spec.to_model_range(self.x_scatter)).float()
                    self.scatter.append(codes.numpy().astype(np.float16))
        finally:
            model.train(was_training)
        self.steps.append(round(float(step), 4))
        self.train_loss.append(float(train_loss))

    def timeline(self) -> tl.Timeline | None:
        if not self.steps:
            return None
        return tl.Timeline(
            np.asarray(self.steps, np.float32), np.asarray(self.train_loss, np.float32),
            np.asarray(self.val_loss, np.float32), LOSS_NAMES[self.spec.loss],
            tl.to_uint8(self.strip_in[:, 0].numpy()), np.stack(self.recon),
            np.stack(self.scatter) if self.two_d else None, self.labels)


def _first_epoch_marks(batches: int) -> set[int]:
    """Batch numbers (1-based) inside the first epoch after which a frame is recorded."""
    return {b for f in tl.FIRST_EPOCH_POINTS if 1 <= (b := math.ceil(f * batches)) < batches}


def _subset(x: np.ndarray, limit: int | None, seed: int) -> np.ndarray:
    """A seeded random subset of ``limit`` images (all of them when ``limit`` is None)."""
    if limit is not None and limit < len(x):
        idx = np.random.default_rng(seed).permutation(len(x))[:limit]
        x = x[np.sort(idx)]
    return x


def _to_tensor(images_u8: np.ndarray) -> torch.Tensor:
    return torch.from_numpy(images_u8.astype(np.float32) / 255.0).unsqueeze(1)


def train(
    config: TrainConfig,
    should_stop: Callable[[], bool] | None = None,
    train_images: np.ndarray | None = None,
) -> Iterator[TrainEvent]:
    """Train ``config.architecture`` and yield progress; see the module docstring.

    ``train_images`` (uint8 ``(N, 28, 28)``) overrides loading the training set
    from disk, for callers that already hold it.
    """
    config.validate()
    cfg = config.resolved()
    spec = get_spec(cfg.architecture, cfg.latent_size)
    torch.manual_seed(cfg.seed)
    if cfg.init_from:
        loaded = load_checkpoint(cfg.init_from)
        if loaded.spec.name != spec.name:
            raise ValueError(Reason(R.CONTINUE_OTHER_ARCHITECTURE, path=cfg.init_from,
                                    actual=loaded.spec.name, expected=spec.name))
        if cfg.latent_size is not None and loaded.spec.latent_shape != spec.latent_shape:
            raise ValueError(Reason(R.CONTINUE_OTHER_LATENT, path=cfg.init_from,
                                    actual=loaded.spec.latent_size, expected=cfg.latent_size))
        spec = loaded.spec
        model, previous = loaded.model, loaded.metadata
    else:
        model, previous = spec.build(), None

    if train_images is None:
        train_ds = load_train(cfg.data_dir)
        dataset_source = train_ds.source
        train_images = train_ds.images
    else:
        dataset_source = "in-memory"
    x_train = _to_tensor(_subset(train_images, cfg.limit, cfg.seed))
    test = load_test()
    x_test = _to_tensor(test.images)
    x_val = x_test[: cfg.val_limit] if cfg.val_limit else x_test
    x_show = x_test[:N_SAMPLES]

    chosen = resolve_device(cfg.device)
    dev = torch.device(chosen.device)
    bf16 = _use_bf16(cfg, spec, chosen.device)
    channels_last = spec.is_conv
    fmt = torch.channels_last if channels_last else torch.contiguous_format
    model = model.to(dev)
    if channels_last:
        model = model.to(memory_format=torch.channels_last)
    if cfg.optimizer == "adam":
        opt = torch.optim.Adam(model.parameters(), lr=cfg.lr,
                               fused=chosen.device in ("cpu", "cuda"))
    else:
        opt = torch.optim.SGD(model.parameters(), lr=cfg.lr)
    autocast = (lambda: torch.autocast("cpu", dtype=torch.bfloat16)) if bf16 \
        else contextlib.nullcontext

    n = x_train.shape[0]
    batches = math.ceil(n / cfg.batch_size)
    total_batches = batches * cfg.epochs
    curve_every = max(1, total_batches // CURVE_POINTS)
    gen = torch.Generator().manual_seed(cfg.seed)
    noise_gen = torch.Generator().manual_seed(cfg.seed + 1)
    recorder = TimelineRecorder(spec, x_test, test.labels, cfg.noise)
    first_marks = _first_epoch_marks(batches)
    since_frame: list[float] = []

    def lr_at(step: int) -> float:  # step: batches done before this one
        if cfg.lr_schedule == "cosine":
            return cfg.lr * (0.01 + 0.99 * 0.5 * (1 + math.cos(math.pi * step / total_batches)))
        return cfg.lr
    history: dict = {"curve": [], "epoch_train_loss": [], "epoch_val": []}
    curve_acc: list[float] = []
    t0 = time.perf_counter()
    seen = 0
    stop = should_stop or (lambda: False)

    for epoch in range(1, cfg.epochs + 1):
        model.train()
        perm = torch.randperm(n, generator=gen)
        epoch_sum, epoch_n = 0.0, 0
        for b in range(batches):
            if stop():
                raise TrainingCancelled("training cancelled")
            idx = perm[b * cfg.batch_size:(b + 1) * cfg.batch_size]
            clean = x_train[idx]
            noisy = gaussian_noise(clean, cfg.noise, noise_gen) if cfg.noise else clean
            # Data and noise stay on the CPU (seeded generators there); only the batch moves.
            x_in = spec.to_model_range(noisy).to(dev).contiguous(memory_format=fmt)
            target = spec.to_model_range(clean).to(dev)
            if cfg.lr_schedule != "constant":
                for group in opt.param_groups:
                    group["lr"] = lr_at((epoch - 1) * batches + b)
            with autocast():
                loss = _loss_fn(spec, model, x_in, target)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            value = loss.item()
            if not math.isfinite(value):
                raise TrainingDiverged(Reason(R.DIVERGED, value=str(value), epoch=epoch,
                                              batch=b + 1, lr=f"{cfg.lr:g}"))
            opt.step()
            seen += len(idx)
            epoch_sum += value * len(idx)
            epoch_n += len(idx)
            curve_acc.append(value)
            since_frame.append(value)
            if epoch == 1 and b + 1 in first_marks:
                judge_now = model if chosen.device == "cpu" else copy.deepcopy(model).cpu()
                recorder.record(judge_now, (b + 1) / batches, float(np.mean(since_frame)))
                since_frame.clear()
            step = (epoch - 1) * batches + b + 1
            if len(curve_acc) == curve_every or step == total_batches:
                history["curve"].append([round(step / batches, 4),
                                         float(np.mean(curve_acc))])
                curve_acc.clear()
            elapsed = time.perf_counter() - t0
            rate = seen / elapsed if elapsed > 0 else 0.0
            remaining = (total_batches - step) * cfg.batch_size
            yield BatchProgress(epoch, cfg.epochs, b + 1, batches, value, rate, elapsed,
                                remaining / rate if rate else float("inf"), chosen.device,
                                chosen.note)

        # Metrics are measured on the CPU, in fp32, with CPU-seeded noise: the same
        # figures whichever device trained.
        judge = model if chosen.device == "cpu" else copy.deepcopy(model).cpu()
        val = evaluate(judge, spec, x_val)
        with torch.inference_mode():
            show_in = gaussian_noise(x_show, cfg.noise, torch.Generator().manual_seed(7)) \
                if cfg.noise else x_show
            show_out = spec.to_unit_range(judge(spec.to_model_range(show_in)))
        train_loss = epoch_sum / max(epoch_n, 1)
        recorder.record(judge, float(epoch), float(np.mean(since_frame)) if since_frame
                        else train_loss)
        since_frame.clear()
        history["epoch_train_loss"].append(train_loss)
        history["epoch_val"].append(val)
        elapsed = time.perf_counter() - t0
        yield EpochEnd(epoch, cfg.epochs, train_loss, val, show_in[:, 0].numpy().copy(),
                       show_out[:, 0].numpy().copy(), elapsed,
                       elapsed / epoch * (cfg.epochs - epoch))

    train_time = time.perf_counter() - t0
    model = model.cpu().to(memory_format=torch.contiguous_format).eval()
    metrics = evaluate(model, spec, x_test) if cfg.final_eval else history["epoch_val"][-1]
    prior_epochs = int(previous.get("epochs", 0)) if previous else 0
    metadata = {
        "architecture": spec.name,
        "description": spec.description,
        "hyperparameters": {
            "epochs": cfg.epochs, "batch_size": cfg.batch_size, "lr": cfg.lr,
            "optimizer": cfg.optimizer, "noise": cfg.noise, "seed": cfg.seed,
            "loss": spec.loss, "lr_schedule": cfg.lr_schedule,
            **({"latent_size": spec.latent_size} if spec.has_latent_parameter else {}),
        },
        "training": {
            **dataclasses.asdict(cfg),
            "bf16_autocast": bf16, "channels_last": channels_last,
            "device_used": chosen.device,
            "threads": torch.get_num_threads(),
            "command": command_line(cfg),
            # Every command that produced these weights, oldest first.
            "commands": (list((previous.get("training") or {}).get("commands")
                              or [(previous.get("training") or {}).get("command", "?")])
                         if previous else []) + [command_line(cfg)],
            "continued_from": cfg.init_from,
        },
        "dataset": {"name": "mnist", "train_count": n, "test_count": int(x_test.shape[0]),
                    "train_source": dataset_source},
        "epochs": prior_epochs + cfg.epochs,
        "training_time_s": round(train_time, 2)
        + (float(previous.get("training_time_s", 0)) if previous else 0.0),
        "metrics": metrics,
        "history": history,
        "versions": library_versions(),
    }
    if spec.has_latent_parameter:
        metadata["latent_size"] = spec.latent_size
    yield TrainingFinished(TrainResult(model, metadata, recorder.timeline()))


def run(config: TrainConfig, **kwargs) -> TrainResult:
    """Consume :func:`train` and return its result (for scripts and tests)."""
    for event in train(config, **kwargs):
        if isinstance(event, TrainingFinished):
            return event.result
    raise RuntimeError("trainer ended without a result")  # pragma: no cover
