"""``ae-desktop train``: the core trainer with a terminal progress bar.

Importing this module (the CLI does, to build its parser) loads no torch: the
trainer is imported when the subcommand runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .core.models import ARCHITECTURES
from .core.store.model_files import CheckpointExists, model_exists, split_model_path
from .core.store.model_names import suggest_model_name
from .core.store.paths import user_models_dir
from .core.train.config import LR_SCHEDULES, BatchProgress, EpochEnd, TrainConfig


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="train one architecture on MNIST",
                       description="Train an architecture on the MNIST training set and "
                       "save the checkpoint (safetensors + JSON).")
    p.add_argument("arch", choices=list(ARCHITECTURES), metavar="ARCH",
                   help="one of: " + ", ".join(ARCHITECTURES))
    p.add_argument("--latent", type=int, metavar="N",
                   help="size of the code, for architectures that take one ("
                   + ", ".join(a for a, s in ARCHITECTURES.items() if s.has_latent_parameter)
                   + "; default 16)")
    p.add_argument("--epochs", type=int)
    p.add_argument("--batch-size", type=int)
    p.add_argument("--lr", type=float)
    p.add_argument("--optimizer", choices=["adam", "sgd"])
    p.add_argument("--lr-schedule", choices=list(LR_SCHEDULES), default="constant",
                   help="constant, or cosine: decays to 1 %% of --lr over the run")
    p.add_argument("--noise", type=float, help="train on noised inputs: the denoising tutorial's noise factor "
                   "(0.5 = std 0.5 on [-1,1] inputs = std 0.25 on [0,1] pixels)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--limit", type=int, help="train on a random subset of N digits")
    p.add_argument("--precision", choices=["auto", "fp32", "bf16"], default="auto")
    p.add_argument("--threads", type=int, help="torch threads (default: all cores)")
    p.add_argument("--device", choices=["auto", "cpu", "cuda", "mps"], default="auto",
                   help="where to train (default auto: CUDA or Apple MPS when present, else "
                   "the CPU; a missing device falls back to the CPU with a message)")
    p.add_argument("--continue-from", metavar="PATH", help="start from this checkpoint")
    p.add_argument("--out", metavar="PATH",
                   help="model to write, FOLDER/NAME: NAME.json and its weights file "
                   "(default: the per-user models folder / ARCH)")
    p.add_argument("--overwrite", action="store_true",
                   help="replace an existing model of that name (otherwise refused)")
    p.add_argument("--data-dir", metavar="DIR", help="folder with the MNIST IDX files")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run_train)


def _bar(frac: float, width: int = 28) -> str:
    done = int(frac * width)
    return "#" * done + "-" * (width - done)


def _fmt_time(s: float) -> str:
    if s != s or s == float("inf"):
        return "--:--"
    s = int(s)
    return f"{s // 60:02d}:{s % 60:02d}" if s < 3600 else f"{s // 3600}h{s % 3600 // 60:02d}m"


def _output(args: argparse.Namespace) -> tuple[Path, str]:
    """(folder, name) of the model to write, checked before any training starts."""
    default = args.arch + (str(args.latent) if args.latent is not None else "")
    folder, name = split_model_path(args.out if args.out else user_models_dir() / default)
    if not args.overwrite and model_exists(folder / name):
        raise ValueError(f"a model named {name!r} already exists in {folder}; choose "
                         "another --out or add --overwrite to replace it")
    return folder, name


def _save(args: argparse.Namespace, folder: Path, name: str, result) -> tuple[Path, str]:
    """Save; if the name was taken while training (and no --overwrite), use a free one."""
    from .core.store.checkpoints import save_checkpoint

    for _ in range(100):
        result.metadata["name"] = name
        try:
            return save_checkpoint(folder / name, result.model, args.arch, result.metadata,
                                   overwrite=args.overwrite, timeline=result.timeline), name
        except CheckpointExists:
            taken = {name} | {p.name.removesuffix(".json") for p in folder.glob("*.json")}
            name = suggest_model_name(name, taken)
    raise RuntimeError(f"could not find a free model name in {folder}")


def run_train(args: argparse.Namespace) -> int:
    from .core.compute import runtime
    from .core.train.trainer import TrainingFinished, train

    folder, name = _output(args)
    if args.threads:
        runtime.limit_threads(args.threads)
    cfg = TrainConfig(
        args.arch, epochs=args.epochs, batch_size=args.batch_size, lr=args.lr,
        optimizer=args.optimizer, noise=args.noise, seed=args.seed, limit=args.limit,
        data_dir=args.data_dir, precision=args.precision, init_from=args.continue_from,
        device=args.device, latent_size=args.latent, lr_schedule=args.lr_schedule,
    )
    tty = sys.stderr.isatty()
    status = 0
    told_device = False
    for ev in train(cfg):
        if isinstance(ev, BatchProgress) and not told_device:
            told_device = True
            if ev.device_note:
                print(f"ae-desktop train: {ev.device_note}", file=sys.stderr, flush=True)
            if not args.quiet:
                print(f"training on {ev.device}", file=sys.stderr, flush=True)
        if isinstance(ev, BatchProgress) and not args.quiet:
            if tty or ev.batch == ev.batches or ev.batch % max(1, ev.batches // 4) == 0:
                frac = ev.batch / ev.batches
                line = (f"epoch {ev.epoch}/{ev.epochs} [{_bar(frac)}] {ev.batch}/{ev.batches} "
                        f"loss {ev.loss:.4f} {ev.samples_per_s:,.0f}/s ETA {_fmt_time(ev.eta_s)}")
                print(("\r" + line) if tty else line, end="" if tty else "\n",
                      file=sys.stderr, flush=True)
        elif isinstance(ev, EpochEnd) and not args.quiet:
            val = ", ".join(f"{k} {v:.4f}" for k, v in ev.val.items() if k != "n_test")
            print(("\n" if tty else "") + f"epoch {ev.epoch}: train loss {ev.train_loss:.4f}; "
                  f"test[{ev.val['n_test']}] {val}", file=sys.stderr, flush=True)
        elif isinstance(ev, TrainingFinished):
            path, saved_as = _save(args, folder, name, ev.result)
            meta = ev.result.metadata
            if saved_as != name:
                print(f"ae-desktop train: error: a model named {name!r} appeared in {folder} "
                      f"while training; the new model was saved as {saved_as!r} instead",
                      file=sys.stderr)
                status = 1
            m = meta["metrics"]
            print(f"saved {folder / (saved_as + '.json')} with weights {path.name} "
                  f"({meta['training_time_s']:.0f} s): bce {m['bce']:.4f}, "
                  f"mse {m['mse']:.5f}, rounded accuracy {m['rounded_accuracy']:.4f}, "
                  f"denoise mse {m['denoise_mse']:.5f}"
                  + (f", -ELBO {m['neg_elbo']:.1f}" if "neg_elbo" in m else ""))
    return status
