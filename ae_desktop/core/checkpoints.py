"""Checkpoints: safetensors weights plus JSON metadata, validated strictly, written atomically.

A checkpoint named ``NAME`` is two files side by side: ``NAME.safetensors``
(the tensors, no code) and ``NAME.json`` (architecture, training config,
metrics, loss history, versions).  Nothing is ever unpickled.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import platform
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from safetensors import SafetensorError
from safetensors.torch import load as st_load
from safetensors.torch import save as st_save

from .models import ArchitectureSpec, Autoencoder, UnknownArchitectureError, get_spec

FORMAT = "ae-desktop-checkpoint"
FORMAT_VERSION = 1
WEIGHTS_SUFFIX = ".safetensors"
META_SUFFIX = ".json"


class CheckpointError(ValueError):
    """A checkpoint cannot be read, or does not fit its architecture."""


@dataclass
class LoadedModel:
    name: str
    spec: ArchitectureSpec
    model: Autoencoder
    metadata: dict
    path: Path  # the .safetensors file
    # Identifies these exact weights for caches: recorded once, when the file was read
    # (a hash of the weight bytes), so a model retrained under the same name never
    # shares cache entries with the one loaded before it.
    version: str = ""

    @property
    def params(self) -> int:
        return sum(p.numel() for p in self.model.parameters())


def _stem(path: str | os.PathLike) -> Path:
    p = Path(path)
    if p.suffix in (WEIGHTS_SUFFIX, META_SUFFIX):
        return p.with_suffix("")
    return p


def library_versions() -> dict[str, str]:
    import safetensors

    from .. import __version__

    return {
        "ae_desktop": __version__,
        "torch": torch.__version__,
        "numpy": np.__version__,
        "safetensors": safetensors.__version__,
        "python": platform.python_version(),
    }


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_checkpoint(path: str | os.PathLike, model: Autoencoder, architecture: str,
                    metadata: dict | None = None, dtype: torch.dtype = torch.float32) -> Path:
    """Write ``model`` and its metadata; returns the ``.safetensors`` path.

    Both files are written to temporary names and renamed into place, weights
    first and metadata last; a checkpoint is only listed once its JSON exists,
    so a reader never sees weights without metadata or a half-written file.
    """
    get_spec(architecture)
    stem = _stem(path)
    stem.parent.mkdir(parents=True, exist_ok=True)
    tensors = {k: v.detach().to("cpu", dtype).contiguous()
               for k, v in model.state_dict().items()}
    meta = dict(metadata or {})
    meta.update({
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "name": meta.get("name") or stem.name,
        "architecture": architecture,
        "params": int(sum(t.numel() for t in tensors.values())),
    })
    meta["weights_dtype"] = str(dtype).removeprefix("torch.")
    meta.setdefault("versions", library_versions())
    meta.setdefault("created", _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"))
    weights = stem.with_suffix(WEIGHTS_SUFFIX)
    _atomic_write_bytes(weights, st_save(tensors, metadata={"architecture": architecture}))
    _atomic_write_bytes(stem.with_suffix(META_SUFFIX),
                        (json.dumps(meta, indent=2, sort_keys=False) + "\n").encode())
    return weights


def read_metadata(path: str | os.PathLike) -> dict:
    """Read and check the JSON metadata of a checkpoint."""
    meta_path = _stem(path).with_suffix(META_SUFFIX)
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CheckpointError(f"{meta_path}: metadata file not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CheckpointError(f"{meta_path}: not valid JSON metadata ({exc})") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise CheckpointError(f"{meta_path}: not an AE Desktop checkpoint description")
    return meta


def _read_weights(weights: Path) -> tuple[dict[str, torch.Tensor], str]:
    try:
        data = weights.read_bytes()
    except FileNotFoundError:
        raise CheckpointError(f"{weights}: weights file not found") from None
    except OSError as exc:
        raise CheckpointError(f"{weights}: cannot read ({exc.strerror or exc})") from None
    if data[:2] == b"PK" or data[:1] == b"\x80":
        raise CheckpointError(
            f"{weights}: this is a pickle-based PyTorch file (torch.save); AE Desktop only "
            "loads safetensors weights and never unpickles files, which can run code"
        )
    if len(data) < 8:
        raise CheckpointError(f"{weights}: file is truncated ({len(data)} bytes)")
    (header_len,) = struct.unpack("<Q", data[:8])
    if header_len > len(data) - 8:
        raise CheckpointError(
            f"{weights}: file is truncated or not safetensors (header of {header_len} bytes, "
            f"file of {len(data)} bytes)"
        )
    try:
        return st_load(data), hashlib.sha256(data).hexdigest()[:16]
    except (SafetensorError, ValueError, RuntimeError) as exc:
        raise CheckpointError(f"{weights}: corrupt safetensors file ({exc})") from None


def load_checkpoint(path: str | os.PathLike) -> LoadedModel:
    """Load a checkpoint, checking the architecture and every tensor's name and shape."""
    stem = _stem(path)
    meta = read_metadata(stem)
    arch = meta.get("architecture")
    try:
        spec = get_spec(str(arch))
    except UnknownArchitectureError as exc:
        raise CheckpointError(f"{stem.with_suffix(META_SUFFIX)}: {exc}") from None
    weights = stem.with_suffix(WEIGHTS_SUFFIX)
    tensors, version = _read_weights(weights)
    model = spec.build()
    expected = model.state_dict()
    missing = sorted(set(expected) - set(tensors))
    unexpected = sorted(set(tensors) - set(expected))
    if missing or unexpected:
        parts = []
        if missing:
            parts.append(f"missing tensors {', '.join(missing[:4])}")
        if unexpected:
            parts.append(f"unexpected tensors {', '.join(unexpected[:4])}")
        raise CheckpointError(f"{weights}: does not fit architecture {arch}: {'; '.join(parts)}")
    for key, ref in expected.items():
        if tuple(tensors[key].shape) != tuple(ref.shape):
            raise CheckpointError(
                f"{weights}: tensor {key} has shape {tuple(tensors[key].shape)}, "
                f"architecture {arch} needs {tuple(ref.shape)}"
            )
        if not torch.isfinite(tensors[key]).all():
            raise CheckpointError(f"{weights}: tensor {key} contains NaN or infinite values")
    for key, t in tensors.items():
        if t.dtype not in (torch.float32, torch.float16, torch.bfloat16):
            raise CheckpointError(f"{weights}: tensor {key} has unsupported type {t.dtype}")
    model.load_state_dict({k: v.to(expected[k].dtype) for k, v in tensors.items()}, strict=True)
    model.eval()
    return LoadedModel(str(meta.get("name") or stem.name), spec, model, meta, weights, version)


def list_checkpoints(*folders: str | os.PathLike) -> list[Path]:
    """``.safetensors`` files with metadata beside them, in name order, per folder."""
    found: list[Path] = []
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            continue
        for meta in sorted(folder.glob(f"*{META_SUFFIX}")):
            weights = meta.with_suffix(WEIGHTS_SUFFIX)
            if weights.is_file():
                found.append(weights)
    return found


def compact_checkpoint(path: str | os.PathLike, metrics_fn) -> dict:
    """Store a checkpoint's weights as float16 (half the size) and re-measure its metrics.

    ``metrics_fn(loaded_model) -> dict`` evaluates the model; the stored
    metrics then describe exactly the float16 weights that ship, and the
    previous ones are kept under ``metrics_fp32``.
    """
    lm = load_checkpoint(path)
    meta = dict(lm.metadata)
    if meta.get("weights_dtype") == "float16":
        return meta
    rounded = {k: v.half().float() for k, v in lm.model.state_dict().items()}
    lm.model.load_state_dict(rounded)
    meta["metrics_fp32"] = meta.get("metrics")
    meta["metrics"] = metrics_fn(lm)
    meta["training"] = dict(meta.get("training") or {})
    meta["training"]["compacted"] = "weights rounded to float16 by 'ae-desktop compact'"
    save_checkpoint(lm.path, lm.model, lm.spec.name, meta, dtype=torch.float16)
    return meta
