"""Command line: ``ae-desktop [train|eval|reconstruct|summary|model-card|download]``.

With no subcommand the GUI opens.  Every failure the user can cause (wrong
arguments, unreadable files, missing data) ends in one line on stderr and a
non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__, cli_train


def _build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ae-desktop",
        description="Draw digits and watch autoencoders trained on MNIST reconstruct them. "
        "Without a command, the desktop app opens.",
    )
    p.add_argument("--version", action="version", version=f"ae-desktop {__version__}")
    p.add_argument("--selftest", action="store_true",
                   help="check models, reconstructions and the main window, then exit")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    cli_train.add_parser(sub)

    e = sub.add_parser("eval", help="test-set metrics of models",
                       description="Evaluate models on the MNIST test set (bundled unless "
                       "--data-dir is given).")
    e.add_argument("paths", nargs="*", metavar="PATH", help="checkpoint files or model names")
    e.add_argument("--all", action="store_true", help="every model in the model folders")
    e.add_argument("--model-dir", action="append", metavar="DIR",
                   help="model folder to use instead of the default ones (repeatable)")
    e.add_argument("--data-dir", metavar="DIR", help="folder with t10k IDX files")
    e.add_argument("--limit", type=int, help="first N test digits only")
    e.add_argument("--json", action="store_true", help="JSON array on stdout")
    e.set_defaults(func=_run_eval)

    r = sub.add_parser("reconstruct", help="reconstruct a digit image with models",
                       description="Preprocess an image of a digit the MNIST way and write a "
                       "side-by-side PNG of its reconstructions.")
    r.add_argument("image", metavar="IMAGE")
    r.add_argument("--model", action="append", metavar="NAME",
                   help="model name or checkpoint path (repeatable; default: all)")
    r.add_argument("--model-dir", action="append", metavar="DIR")
    r.add_argument("--out", required=True, metavar="OUT.png")
    r.add_argument("--json", action="store_true", help="print per-model errors as JSON")
    r.set_defaults(func=_run_reconstruct)

    s = sub.add_parser("summary", help="Keras-style layer summary of an architecture")
    s.add_argument("arch", metavar="ARCH")
    s.set_defaults(func=_run_summary)

    c = sub.add_parser("model-card", help="write MODEL_CARD.md from checkpoint metadata")
    c.add_argument("--model-dir", default=None, metavar="DIR",
                   help="folder of checkpoints (default: trained_models)")
    c.add_argument("--out", metavar="PATH", help="default: MODEL_CARD.md in the model folder")
    c.set_defaults(func=_run_model_card)

    k = sub.add_parser("compact", help="store checkpoints as float16 and re-measure metrics",
                       description="Halve checkpoint files by storing weights as float16; the "
                       "test-set metrics are measured again on the rounded weights.")
    k.add_argument("paths", nargs="+", metavar="PATH")
    k.set_defaults(func=_run_compact)

    d = sub.add_parser("download", help="download MNIST or Fashion-MNIST")
    d.add_argument("--dataset", choices=["mnist", "fashion-mnist"], default="mnist")
    d.add_argument("--data-dir", metavar="DIR", help="destination (default: per-user folder)")
    d.set_defaults(func=_run_download)
    return p


def _model_folders(args) -> list[Path] | None:
    return [Path(d) for d in args.model_dir] if getattr(args, "model_dir", None) else None


def _select_models(args, refs: list[str] | None):
    from .core.store.zoo import load_models, resolve_model

    folders = _model_folders(args)
    if refs:
        return [resolve_model(r, folders) for r in refs]
    report = load_models(folders)
    for failure in report.failures:  # one line per bad file; the others are used
        print(f"warning: skipped {failure}", file=sys.stderr)
    if not report.models:
        raise ValueError("no models found; train one with 'ae-desktop train ARCH'")
    return report.models


def _run_eval(args) -> int:
    from .core.data.idx import load_test
    from .core.evaluation.metrics import evaluate

    if not args.all and not args.paths:
        raise ValueError("give checkpoint paths or model names, or --all")
    models = _select_models(args, None if args.all else args.paths)
    test = load_test(args.data_dir)
    x = test.float_images()[: args.limit] if args.limit else test.float_images()
    rows = []
    for lm in models:
        m = evaluate(lm.model, lm.spec, x)
        rows.append({"name": lm.name, "architecture": lm.spec.name,
                     "latent_size": lm.spec.latent_size, "params": lm.params,
                     "path": str(lm.path), **m})
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    head = (f"{'name':<18}{'architecture':<17}{'params':>10}{'bce':>9}{'mse':>9}"
            f"{'psnr':>7}{'r.acc':>8}{'den.mse':>9}{'-elbo':>8}")
    print(head)
    print("-" * len(head))
    for r in rows:
        elbo = f"{r['neg_elbo']:8.1f}" if "neg_elbo" in r else f"{'':>8}"
        print(f"{r['name']:<18}{r['architecture']:<17}{r['params']:>10,}{r['bce']:9.4f}"
              f"{r['mse']:9.5f}{r['psnr']:7.2f}{r['rounded_accuracy']:8.4f}"
              f"{r['denoise_mse']:9.5f}{elbo}")
    print(f"({rows[0]['n_test']} test digits)")
    return 0


def _run_reconstruct(args) -> int:
    from .core.compute.reconstruct import reconstruct_batch
    from .core.data.images import load_ink, save_png, strip_image
    from .core.live.compute import errors
    from .core.live.preprocess import preprocess, raw_downscale

    ink = load_ink(args.image)
    digit = preprocess(ink)
    if not digit.any():
        raise ValueError(f"{args.image}: no ink found in the image")
    models = _select_models(args, args.model)
    panels = [("original", raw_downscale(ink)), ("preprocessed", digit)]
    results = []
    for lm in models:
        out = reconstruct_batch(lm, digit[None])[0]
        mse, bce = errors(out, digit)
        results.append({"name": lm.name, "architecture": lm.spec.name, "mse": mse, "bce": bce})
        panels.append((f"{lm.name}\nmse {mse:.4f}", out))
    path = save_png(strip_image(panels), args.out)
    if args.json:
        print(json.dumps({"image": str(args.image), "out": str(path), "models": results},
                         indent=2))
    else:
        for r in results:
            print(f"{r['name']:<18} mse {r['mse']:.5f}  bce {r['bce']:.4f}")
        print(f"wrote {path}")
    return 0


def _run_summary(args) -> int:
    from .core.models.summary import summary_text

    print(summary_text(args.arch))
    return 0


def _run_model_card(args) -> int:
    from .core.store.model_card import write_model_card
    from .core.store.paths import SHIPPED_MODELS_DIR

    folder = Path(args.model_dir) if args.model_dir else SHIPPED_MODELS_DIR
    out = write_model_card(folder, Path(args.out) if args.out else None)
    print(f"wrote {out}")
    return 0


def _run_compact(args) -> int:
    from .core.data.idx import load_test
    from .core.evaluation.metrics import evaluate
    from .core.store.checkpoints import compact_checkpoint, weights_path

    x = load_test().float_images()
    for path in args.paths:
        before = weights_path(path).stat().st_size
        meta = compact_checkpoint(path, lambda lm: evaluate(lm.model, lm.spec, x))
        after = weights_path(path).stat().st_size
        old, new = meta.get("metrics_fp32") or {}, meta["metrics"]
        print(f"{meta['name']}: {before / 1e6:.2f} MB -> {after / 1e6:.2f} MB; bce "
              f"{old.get('bce', float('nan')):.5f} -> {new['bce']:.5f}, mse "
              f"{old.get('mse', float('nan')):.6f} -> {new['mse']:.6f}")
    return 0


def _run_download(args) -> int:
    from .core.data.download import download_dataset
    from .core.data.idx import resolve_data_dir

    dest = resolve_data_dir(args.data_dir)
    if args.dataset != "mnist" and not args.data_dir:
        dest = dest.parent / args.dataset
    shown = []

    def progress(name, done, total):
        if total:
            shown.append(True)
            print(f"\r{name}: {done * 100 // total:3d}% of {total / 1e6:.1f} MB", end="",
                  file=sys.stderr, flush=True)

    try:
        paths = download_dataset(dest, args.dataset, progress=progress)
    finally:  # end the progress line, so that an error message starts on its own
        if shown:
            print(file=sys.stderr, flush=True)
    for p in paths:
        print(p)
    return 0


def main(argv: list[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the frozen app spawns the training process
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.selftest:
        from .selftest import run_selftest

        return run_selftest()
    if args.command is None:
        from .app import run_gui

        return run_gui()
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("ae-desktop: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the CLI promise: one line, no traceback
        from .core.train.config import TrainingCancelled

        if isinstance(exc, TrainingCancelled):
            print("ae-desktop: training cancelled; nothing saved", file=sys.stderr)
            return 130
        msg = str(exc) or type(exc).__name__
        print(f"ae-desktop {args.command}: error: {msg}", file=sys.stderr)
        return 1
