"""Checkpoints: safetensors weights plus JSON metadata, validated strictly, replaced as one unit.

A checkpoint named ``NAME`` in a folder is:

- ``NAME.json``: architecture, training config, metrics, loss history, versions,
  and ``"weights"``: the file name of its tensors in the same folder;
- that weights file, ``NAME.ae-<10 hex digits>.safetensors`` (a fresh name for
  every save). A JSON without ``"weights"`` (models saved before this layout,
  the shipped ones) means ``NAME.safetensors``.

File names are always *name + suffix*: ``run.1`` is ``run.1.json``, never ``run.json``.

**Saving** writes the new weights under their fresh name, then the JSON; each is
written to a temporary file, fsync'ed and renamed (:mod:`.atomic`). The JSON's
rename is the commit point: before it the folder holds the whole old model (plus
an unreferenced new weights file), after it the whole new one (plus the old
weights, removed right away). A crash at any step leaves at most unreferenced
files, which :func:`clean_model_folder` removes at the next listing.

**Loading** never unpickles and never trusts a file: the JSON is read with size
and nesting limits and checked against a schema (:mod:`.metadata_schema`), the
weights file's size is checked before it is read, its format is recognised by
its structure, every tensor name and shape is compared with a freshly built
model, and NaN/inf weights are refused. Every failure is a :class:`CheckpointError`
naming the file and the reason in one line.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import os
import platform
import secrets
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from safetensors.torch import load as st_load
from safetensors.torch import save as st_save

from .. import reasons as R
from ..models import ArchitectureSpec, LatentSizeError, UnknownArchitectureError, get_spec
from ..models.base import Autoencoder
from ..reasons import Reason, join
from ..train.timeline import PREFIX as TIMELINE_PREFIX
from ..train.timeline import Timeline, TimelineError, from_tensors
from .atomic import atomic_write_bytes, folder_lock, is_older_than, remove_stale_temps
from .metadata_schema import (
    FORMAT,
    FORMAT_VERSION,
    MetadataError,
    parse_json_bytes,
    validate_metadata,
)

# Names, paths and the metadata JSON need no torch: they live in .model_files and are
# re-exported here, where loading and saving use them.
from .model_files import (
    GENERATION_RE,
    META_SUFFIX,
    WEIGHTS_SUFFIX,
    CheckpointError,
    CheckpointExists,
    FileMissing,
    list_checkpoints,
    locate,
    meta_file_name,
    model_exists,
    read_bounded,
    read_metadata,
    split_model_path,
    weights_file_name,
    weights_path,
)
from .safetensors_format import (  # noqa: F401 - re-exported
    MAX_HEADER_BYTES,
    MAX_WEIGHTS_BYTES,
    _safetensors_problem,
    detect_format,
)

# Without a folder lock (Windows, some network shares) leftovers are only removed once
# they are this old, so that a save in progress in another process is never disturbed.
STALE_AFTER_S = 120.0


@dataclass
class LoadedModel:
    name: str
    spec: ArchitectureSpec
    model: Autoencoder
    metadata: dict
    path: Path  # the weights file that was read
    # Identifies these exact weights for caches: recorded once, when the file was read
    # (a hash of the weight bytes), so a model retrained under the same name never
    # shares cache entries with the one loaded before it.
    version: str = ""
    metadata_path: Path | None = None  # the JSON that named ``path``
    timeline: Timeline | None = None  # the training timeline saved with the weights

    @property
    def latent_size(self) -> int:
        return self.spec.latent_size

    @property
    def params(self) -> int:
        return sum(p.numel() for p in self.model.parameters())


def library_versions() -> dict[str, str]:
    import safetensors

    from ... import __version__

    return {
        "ae_desktop": __version__,
        "torch": torch.__version__,
        "numpy": np.__version__,
        "safetensors": safetensors.__version__,
        "python": platform.python_version(),
    }


def _read_weights(weights: Path) -> tuple[dict[str, torch.Tensor], str, dict]:
    data = read_bounded(weights, MAX_WEIGHTS_BYTES, Reason(R.WHAT_WEIGHTS_FILE))
    kind = detect_format(data)
    if kind in ("torch-zip", "torch-pickle"):
        raise CheckpointError(weights, Reason(R.PICKLE_WEIGHTS))
    if kind != "safetensors":
        raise CheckpointError(weights, _safetensors_problem(data) or Reason(R.NOT_SAFETENSORS))
    try:
        tensors = st_load(data)
    except Exception as exc:  # noqa: BLE001 - any parser failure means a corrupt file
        raise CheckpointError(weights, Reason(R.CORRUPT_SAFETENSORS, error=str(exc))) from None
    n = int.from_bytes(data[:8], "little")
    header = parse_json_bytes(data[8:8 + n], max_bytes=MAX_HEADER_BYTES, max_depth=8)
    extra = header.get("__metadata__") if isinstance(header, dict) else None
    return tensors, hashlib.sha256(data).hexdigest()[:16], extra if isinstance(extra, dict) else {}


# ------------------------------------------------------------------------ loading
def load_checkpoint(path: str | os.PathLike) -> LoadedModel:
    """Load a checkpoint (name, JSON or weights path), checking every tensor's name and shape."""
    meta_path, asked = locate(path)
    for attempt in range(2):
        meta = read_metadata(meta_path)
        weights = weights_path(meta_path, meta)
        if asked is not None and weights.name != asked:
            raise CheckpointError(meta_path.with_name(asked),
                                  Reason(R.NOT_CURRENT_WEIGHTS, meta=meta_path.name,
                                         weights=weights.name))
        try:
            tensors, version, header = _read_weights(weights)
            break
        except FileMissing:
            # A save that committed between our two reads removed the old weights:
            # read the JSON again (once) and follow it.
            if attempt or asked is not None:
                raise
    arch = meta["architecture"]
    try:
        spec = get_spec(arch, meta.get("latent_size"))
    except (UnknownArchitectureError, LatentSizeError) as exc:
        raise CheckpointError(meta_path, str(exc)) from None
    stored = {k: tensors.pop(k) for k in [k for k in tensors if k.startswith(TIMELINE_PREFIX)]}
    timeline = None
    if stored:
        try:
            timeline = from_tensors({k: v.numpy() for k, v in stored.items()}, header)
        except (TimelineError, TypeError) as exc:
            raise CheckpointError(weights, str(exc)) from None
    model = spec.build()
    expected = model.state_dict()
    missing = sorted(set(expected) - set(tensors))
    unexpected = sorted(set(tensors) - set(expected))
    if missing or unexpected:
        parts = []
        if missing:
            parts.append(Reason(R.MISSING_TENSORS, names=", ".join(missing[:4])))
        if unexpected:
            parts.append(Reason(R.UNEXPECTED_TENSORS, names=", ".join(unexpected[:4])))
        raise CheckpointError(weights, Reason(R.DOES_NOT_FIT, architecture=arch,
                                                 problems=join(parts)))
    for key, t in tensors.items():
        if t.dtype not in (torch.float32, torch.float16, torch.bfloat16):
            raise CheckpointError(weights, Reason(R.TENSOR_DTYPE, name=key, dtype=str(t.dtype)))
    for key, ref in expected.items():
        if tuple(tensors[key].shape) != tuple(ref.shape):
            raise CheckpointError(weights, Reason(
                R.TENSOR_SHAPE, name=key, shape=str(tuple(tensors[key].shape)),
                architecture=arch, expected=str(tuple(ref.shape))))
        if not torch.isfinite(tensors[key]).all():
            raise CheckpointError(weights, Reason(R.TENSOR_NOT_FINITE, name=key))
    model.load_state_dict({k: v.to(expected[k].dtype) for k, v in tensors.items()}, strict=True)
    model.eval()
    stem = meta_path.name[: -len(META_SUFFIX)]
    return LoadedModel(str(meta.get("name") or stem), spec, model, meta, weights, version,
                       meta_path, timeline)


# ------------------------------------------------------------------------- saving
def _new_weights_name(folder: Path, name: str) -> str:
    while True:
        candidate = f"{name}.ae-{secrets.token_hex(5)}{WEIGHTS_SUFFIX}"
        if not os.path.lexists(folder / candidate):
            return candidate


def _current_weights(folder: Path, name: str) -> str | None:
    """The weights file the existing model ``name`` uses, if any (None if unreadable)."""
    meta_path = folder / meta_file_name(name)
    if meta_path.is_file():
        try:
            return weights_path(meta_path).name
        except CheckpointError:
            return None  # left for clean_model_folder, which keeps files it cannot judge
    legacy = weights_file_name(name)
    return legacy if (folder / legacy).is_file() else None


def save_checkpoint(path: str | os.PathLike, model: Autoencoder, architecture: str,
                    metadata: dict | None = None, dtype: torch.dtype = torch.float32, *,
                    overwrite: bool = True, timeline: Timeline | None = None) -> Path:
    """Write model ``folder/NAME`` (weights + metadata, as one unit); returns the weights path.

    ``path`` is ``folder/NAME``, optionally ending in ``.json`` or ``.safetensors``.
    With ``overwrite=False`` an existing model of that name is never replaced: the
    check is repeated atomically at the commit, and :class:`CheckpointExists` is
    raised (nothing of the new model is left behind). A ``timeline`` is stored in the
    same safetensors file (tensors named ``timeline.*``), so it is replaced with the
    weights as one unit.
    """
    spec = get_spec(architecture)
    latent = getattr(model, "latent_size", None) if spec.has_latent_parameter else None
    folder, name = split_model_path(path)
    folder.mkdir(parents=True, exist_ok=True)
    tensors = {k: v.detach().to("cpu", dtype).contiguous()
               for k, v in model.state_dict().items()}
    params = int(sum(t.numel() for t in tensors.values()))
    header = {"architecture": architecture}
    meta = dict(metadata or {})
    if timeline is not None:
        tensors.update({k: torch.from_numpy(v.copy())
                        for k, v in timeline.to_tensors().items()})
        header.update(timeline.header())
        meta["timeline"] = {"frames": timeline.frames, "bytes": timeline.nbytes}
    else:
        meta.pop("timeline", None)
    data = st_save(tensors, metadata=header)
    if latent is not None:
        meta["latent_size"] = int(latent)
    meta.update({
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "name": meta.get("name") or name,
        "architecture": architecture,
        "params": params,
    })
    meta["weights_dtype"] = str(dtype).removeprefix("torch.")
    meta.setdefault("versions", library_versions())
    meta.setdefault("created", _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"))
    meta_path = folder / meta_file_name(name)

    def exists_error() -> CheckpointExists:
        return CheckpointExists(meta_path, Reason(R.MODEL_EXISTS, name=repr(name)))

    with folder_lock(folder):  # shared: clean_model_folder waits for us, other saves do not
        if not overwrite and model_exists(meta_path):
            raise exists_error()
        old = _current_weights(folder, name)
        new = _new_weights_name(folder, name)
        meta["weights"] = new
        text = (json.dumps(meta, indent=2, sort_keys=False) + "\n").encode()
        try:  # never write what load_checkpoint would refuse
            validate_metadata(parse_json_bytes(text))
        except MetadataError as exc:
            raise CheckpointError(meta_path, Reason(R.METADATA_NOT_SAVED, reason=str(exc))) \
                from None
        atomic_write_bytes(folder / new, data, overwrite=False)
        try:
            atomic_write_bytes(meta_path, text, overwrite=overwrite)  # the commit point
        except BaseException as exc:
            with contextlib.suppress(OSError):
                (folder / new).unlink()
            if isinstance(exc, FileExistsError):
                raise exists_error() from None
            raise
        if old and old != new:
            _remove_if_unreferenced(folder, old)
    return folder / new


def _references(folder: Path) -> tuple[set[str], set[str]]:
    """(weights file names the readable JSONs name, stems of JSONs that cannot be read)."""
    used, unreadable = set(), set()
    for meta_path in list_checkpoints(folder):
        try:
            used.add(weights_path(meta_path).name)
        except CheckpointError:
            unreadable.add(meta_path.name[: -len(META_SUFFIX)])
    return used, unreadable


def _is_orphan(folder: Path, weights: str, used: set[str], unreadable: set[str]) -> bool:
    """Whether the weights file ``weights`` is a leftover of a save (see clean_model_folder)."""
    if weights in used:
        return False
    gen = GENERATION_RE.fullmatch(weights)
    stem = weights[: -len(WEIGHTS_SUFFIX)]
    if stem in unreadable or (gen and gen["name"] in unreadable):
        return False  # its JSON may name it once repaired
    if gen:
        return True
    # NAME.safetensors is a leftover only when NAME.json now names another file.
    return (folder / meta_file_name(stem)).is_file()


def _remove_if_unreferenced(folder: Path, weights: str) -> None:
    used, unreadable = _references(folder)
    if _is_orphan(folder, weights, used, unreadable):
        with contextlib.suppress(OSError):  # else clean_model_folder removes it later
            (folder / weights).unlink()


def clean_model_folder(folder: str | os.PathLike) -> list[Path]:
    """Remove what interrupted saves left in ``folder``; returns the removed files.

    Called before models are listed (app start, reload, ``eval --all``). It removes
    temporary files (``.*.ae-tmp``), fresh weights files (``NAME.ae-<hex>.safetensors``)
    that no JSON names, and ``NAME.safetensors`` when ``NAME.json`` names another
    file. It never removes a file a JSON names, nor any weights of a model whose
    JSON cannot be read, nor a lone ``NAME.safetensors`` without JSON.

    Saves in progress are never disturbed: a save holds the folder lock (shared)
    from its first write to its last removal, and this function works only when it
    gets the lock exclusively without waiting (otherwise it does nothing this time).
    Where locks are unavailable (Windows, some network shares) it removes only
    leftovers older than :data:`STALE_AFTER_S`.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return []
    removed: list[Path] = []
    with folder_lock(folder, exclusive=True, wait=False) as state:
        if state == "busy":
            return []
        min_age = 0.0 if state == "held" else STALE_AFTER_S
        removed += remove_stale_temps(folder, min_age_s=min_age)
        used, unreadable = _references(folder)
        for p in sorted(folder.glob(f"*{WEIGHTS_SUFFIX}")):
            if not p.is_file() or not _is_orphan(folder, p.name, used, unreadable):
                continue
            if min_age and not is_older_than(p, min_age):
                continue
            try:
                p.unlink()
            except OSError:
                continue
            removed.append(p)
    return removed


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
    save_checkpoint(lm.metadata_path, lm.model, lm.spec.name, meta, dtype=torch.float16,
                    timeline=lm.timeline)
    return meta

