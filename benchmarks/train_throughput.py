"""Training throughput: the project's trainer against a tutorial-style loop.

For each architecture, in the same process and on the same data, measures
samples/second of (a) a tutorial loop: torch DataLoader over a TensorDataset
with default settings, fp32, the default memory format, and (b)
``ae_desktop.core.train.trainer.train`` (in-memory index slicing, channels_last and
bf16 autocast for conv models where the CPU supports it, fused Adam).  Prints
both and the ratio.  With ``--time-to-quality ARCH`` it also trains both loops
until the test BCE (first 2,000 test digits) reaches the tutorial recipe's
5-epoch figure and prints the seconds each needed.

    python benchmarks/train_throughput.py [--samples 6000] [--threads 2]
    python benchmarks/train_throughput.py --time-to-quality conv_upsampling
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import numpy as np  # noqa: E402
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402
from torch.utils.data import DataLoader, TensorDataset  # noqa: E402

from ae_desktop.core.data.idx import load_split, load_test, resolve_data_dir  # noqa: E402
from ae_desktop.core.evaluation.metrics import evaluate, gaussian_noise, vae_terms  # noqa: E402
from ae_desktop.core.models import ARCHITECTURES, get_spec  # noqa: E402
from ae_desktop.core.train.trainer import BatchProgress, EpochEnd, TrainConfig, train  # noqa: E402

# 5-epoch test BCE of the tutorial recipes, measured on this machine (design notes).
TUTORIAL_5_EPOCH_BCE = {"conv_upsampling": 0.1053, "conv_selu": 0.0751, "conv_2d": 0.2024,
                        "denoising_dense": 0.0936}


def tutorial_loss(spec, model, x_in, target):
    if spec.loss == "vae":
        rec, kl = vae_terms(model, x_in)
        return (rec + kl).mean()
    y = model(x_in)
    if spec.loss == "bce":
        return F.binary_cross_entropy(y, target)
    return F.mse_loss(y, target)


def tutorial_loop(arch, x, batch_size, lr, epochs=1, on_epoch=None):
    """The loop the tutorials write: DataLoader, default precision, one sample at a time."""
    spec = get_spec(arch)
    torch.manual_seed(0)
    model = spec.build()
    opt = torch.optim.SGD(model.parameters(), lr=lr) if spec.defaults.get("optimizer") == "sgd" \
        else torch.optim.Adam(model.parameters(), lr=1e-3)
    loader = DataLoader(TensorDataset(x, x), batch_size=batch_size, shuffle=True)
    gen = torch.Generator().manual_seed(1)
    noise = spec.defaults.get("noise", 0.0)
    seen, t0 = 0, time.perf_counter()
    for epoch in range(epochs):
        model.train()
        for xb, tb in loader:
            xin = gaussian_noise(xb, noise, gen) if noise else xb
            loss = tutorial_loss(spec, model, spec.to_model_range(xin), spec.to_model_range(tb))
            opt.zero_grad()
            loss.backward()
            opt.step()
            seen += len(xb)
        if on_epoch is not None and on_epoch(epoch + 1, model, time.perf_counter() - t0):
            break
    return seen / (time.perf_counter() - t0)


def ours(arch, images_u8, batch_size):
    cfg = TrainConfig(arch, epochs=1, batch_size=batch_size, val_limit=10, final_eval=False)
    rates = [ev.samples_per_s for ev in train(cfg, train_images=images_u8)
             if isinstance(ev, BatchProgress)]
    return rates[-1]


def throughput(samples: int) -> None:
    train_u8 = _train_images()[:samples]
    x = torch.from_numpy(train_u8.astype(np.float32) / 255.0).unsqueeze(1)
    print(f"{samples} samples per measurement, {torch.get_num_threads()} torch thread(s)")
    print(f"{'architecture':<17}{'batch':>6}{'tutorial/s':>12}{'ours/s':>10}{'ratio':>8}")
    for arch, spec in ARCHITECTURES.items():
        bs = spec.defaults.get("batch_size", 128)
        tutorial_loop(arch, x[: bs * 4], bs, spec.defaults.get("lr", 1e-3))  # warm-up
        t = tutorial_loop(arch, x, bs, spec.defaults.get("lr", 1e-3))
        o = ours(arch, train_u8, bs)
        print(f"{arch:<17}{bs:>6}{t:>12,.0f}{o:>10,.0f}{o / t:>7.2f}x", flush=True)


def time_to_quality(arch: str, max_epochs: int) -> None:
    target = TUTORIAL_5_EPOCH_BCE[arch]
    train_u8 = _train_images()
    x = torch.from_numpy(train_u8.astype(np.float32) / 255.0).unsqueeze(1)
    x_val = load_test().float_images()[:2000]
    spec = get_spec(arch)
    reached = {}

    def check(epoch, model, elapsed):
        bce = evaluate(model, spec, x_val)["bce"]
        print(f"  tutorial epoch {epoch}: bce {bce:.4f} at {elapsed:.0f} s", flush=True)
        if bce <= target:
            reached["tutorial"] = elapsed
            return True
        return False

    print(f"time to reach the tutorial's 5-epoch test BCE {target} ({arch}):")
    tutorial_loop(arch, x, spec.defaults.get("batch_size", 128), spec.defaults.get("lr", 1e-3),
                  epochs=max_epochs, on_epoch=check)
    t0 = time.perf_counter()
    for ev in train(TrainConfig(arch, epochs=max_epochs, val_limit=2000, final_eval=False),
                    train_images=train_u8):
        if isinstance(ev, EpochEnd):
            el = time.perf_counter() - t0
            print(f"  ours epoch {ev.epoch}: bce {ev.val['bce']:.4f} at {el:.0f} s", flush=True)
            if ev.val["bce"] <= target:
                reached["ours"] = el
                break
    t, o = reached.get("tutorial"), reached.get("ours")
    print(f"tutorial loop: {t and f'{t:.0f} s' or 'not reached'}; ours: "
          f"{o and f'{o:.0f} s' or 'not reached'}" + (f"; {t / o:.2f}x faster" if t and o else ""))


def _train_images() -> np.ndarray:
    folder = resolve_data_dir(os.environ.get("AE_DESKTOP_DATA")
                              or Path(__file__).resolve().parents[2] / "shared/datasets/mnist")
    return load_split(folder, "train").images


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--samples", type=int, default=6000)
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--time-to-quality", metavar="ARCH", choices=list(TUTORIAL_5_EPOCH_BCE))
    ap.add_argument("--max-epochs", type=int, default=8)
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    if args.time_to_quality:
        time_to_quality(args.time_to_quality, args.max_epochs)
    else:
        throughput(args.samples)


if __name__ == "__main__":
    sys.exit(main())
