"""A saved model's files, without torch: names, paths, existence and the metadata JSON.

A model ``NAME`` in a folder is ``NAME.json`` plus the weights file its
``"weights"`` field names (``NAME.safetensors`` when it names none); see
:mod:`.checkpoints` for the layout, saving and loading. Everything here reads
at most the JSON, so the GUI process can check names and list models without
loading torch. :mod:`.checkpoints` re-exports these names.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from .. import reasons as R
from ..reasons import Reason, one_line
from .failures import shown_path
from .metadata_schema import MAX_JSON_BYTES, MetadataError, parse_json_bytes, validate_metadata
from .model_names import InvalidModelName, check_model_name

WEIGHTS_SUFFIX = ".safetensors"
META_SUFFIX = ".json"
# Fresh weights file of a save: NAME.ae-<10 hex>.safetensors.
GENERATION_RE = re.compile(r"(?P<name>.+)\.ae-[0-9a-f]{10}" + re.escape(WEIGHTS_SUFFIX))


class CheckpointError(ValueError):
    """A checkpoint cannot be read, written or does not fit its architecture.

    ``path`` is the file concerned (None when there is none) and ``reason`` says
    why, in one line; ``str()`` gives ``"PATH: reason"``.
    """

    def __init__(self, path: str | os.PathLike | None, reason: str) -> None:
        self.path = None if path is None else Path(path)
        self.reason = one_line(reason)
        super().__init__(self.reason if path is None
                         else Reason(R.PATH_PROBLEM, path=shown_path(path), reason=self.reason))


class CheckpointExists(CheckpointError):
    """Saving without ``overwrite`` found a model of that name already there."""


class FileMissing(CheckpointError):
    """The file is not there (a concurrent save may have just replaced it)."""


# ---------------------------------------------------------------------- names
def _basename(raw: str) -> str:
    return re.split(r"[\\/]", raw)[-1] if os.name == "nt" else raw.rsplit("/", 1)[-1]


def split_model_path(path: str | os.PathLike) -> tuple[Path, str]:
    """``folder/NAME`` (optionally ending in .json or .safetensors, or a weights file
    ``NAME.ae-<hex>.safetensors``) → (folder, NAME).

    Works on the text as given, before any normalisation: ``models/.`` names the
    model ``.`` (refused), not the folder ``models``. The suffix is removed by
    string slicing, never ``with_suffix``, so ``run.1`` stays ``run.1``.
    """
    raw = os.fspath(path)
    base = _basename(raw)
    gen = GENERATION_RE.fullmatch(base)
    if gen:  # a weights file of this layout (LoadedModel.path) names its model
        base = gen["name"]
    for suffix in (META_SUFFIX, WEIGHTS_SUFFIX):
        if not gen and base.endswith(suffix) and len(base) > len(suffix):
            base = base[: -len(suffix)]
            break
    try:
        name = check_model_name(base)
    except InvalidModelName as exc:
        raise CheckpointError(raw, Reason(R.NOT_USABLE_NAME, reason=str(exc))) from None
    if name != base:
        raise CheckpointError(raw, Reason(R.NOT_USABLE_NAME,
                                          reason=Reason(R.NAME_SPACE_AT_ENDS)))
    folder = raw[: len(raw) - len(_basename(raw))] or "."
    return Path(folder), name


def weights_file_name(name: str) -> str:
    return name + WEIGHTS_SUFFIX


def meta_file_name(name: str) -> str:
    return name + META_SUFFIX


def metadata_path(path: str | os.PathLike) -> Path:
    """The JSON that describes the checkpoint ``path`` (a name, a JSON or a weights file)."""
    return locate(path)[0]


def locate(path: str | os.PathLike) -> tuple[Path, str | None]:
    """(JSON path, weights file name the caller asked for or None)."""
    raw = os.fspath(path)
    base = _basename(raw)
    p = Path(raw)
    if base.endswith(META_SUFFIX) and base != META_SUFFIX:
        return p, None
    if base.endswith(WEIGHTS_SUFFIX) and base != WEIGHTS_SUFFIX:
        # NAME.safetensors names the model NAME, like NAME and NAME.json (the layout
        # before fresh weights names; scripts keep working). NAME.ae-<hex>.safetensors
        # names that exact version of NAME's weights (unless a model is literally
        # called "NAME.ae-<hex>").
        own = p.with_name(base[: -len(WEIGHTS_SUFFIX)] + META_SUFFIX)
        gen = GENERATION_RE.fullmatch(base)
        if gen and not own.is_file():
            return p.with_name(meta_file_name(gen["name"])), base
        return own, None
    if base in ("", ".", ".."):
        raise CheckpointError(raw, Reason(R.NOT_A_CHECKPOINT))
    return p.with_name(meta_file_name(base)), None


def weights_path(path: str | os.PathLike, meta: dict | None = None) -> Path:
    """The weights file the checkpoint ``path`` uses now (read from its JSON unless given)."""
    meta_path = metadata_path(path)
    if meta is None:
        meta = read_metadata(meta_path)
    stem = meta_path.name[: -len(META_SUFFIX)]
    return meta_path.with_name(meta.get("weights") or weights_file_name(stem))


def model_exists(path: str | os.PathLike) -> bool:
    """Whether a model ``folder/NAME`` exists (its JSON, or a lone NAME.safetensors)."""
    folder, name = split_model_path(path)
    return any(os.path.lexists(folder / f)
               for f in (meta_file_name(name), weights_file_name(name)))


# ------------------------------------------------------------------ bounded reads
def read_bounded(path: Path, limit: int, what: str) -> bytes:
    """Read a regular file of at most ``limit`` bytes; its size is checked before reading.

    ``what`` names the file in messages (``Reason(R.WHAT_WEIGHTS_FILE)``, …).
    """
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)  # O_NONBLOCK: a FIFO planted here cannot block us
    except FileNotFoundError:
        raise FileMissing(path, Reason(R.WHAT_NOT_FOUND, what=what)) from None
    except OSError as exc:
        raise CheckpointError(path, Reason(R.CANNOT_READ_WHAT, what=what,
                                           error=exc.strerror or str(exc))) from None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise CheckpointError(path, Reason(R.WHAT_NOT_REGULAR, what=what))
        if st.st_size > limit:
            raise CheckpointError(path, Reason(R.WHAT_TOO_LARGE, what=what, size=mib(st.st_size),
                                               limit=mib(limit)))
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise CheckpointError(path, Reason(R.CANNOT_READ_WHAT, what=what,
                                               error=exc.strerror or str(exc))) from None
    if len(data) > limit:  # grew since fstat
        raise CheckpointError(path, Reason(R.WHAT_GREW, what=what, limit=mib(limit)))
    return data


def mib(n: int) -> str:
    return f"{n / 2**20:.1f} MiB"


def read_metadata(path: str | os.PathLike) -> dict:
    """Read and validate the JSON metadata of a checkpoint (name, JSON or weights path)."""
    meta_path = metadata_path(path)
    data = read_bounded(meta_path, MAX_JSON_BYTES, Reason(R.WHAT_METADATA_FILE))
    try:
        return validate_metadata(parse_json_bytes(data))
    except MetadataError as exc:
        raise CheckpointError(meta_path, Reason(R.UNUSABLE_METADATA, reason=str(exc))) from None


# ------------------------------------------------------------------------ listing
def natural_key(name: str) -> list[tuple[int, int | str]]:
    """Sort key comparing runs of digits by value (``z2`` < ``z16`` < ``z128``)."""
    return [(0, int(t)) if t.isdigit() else (1, t) for t in re.split(r"(\d+)", name) if t]


def list_checkpoints(*folders: str | os.PathLike) -> list[Path]:
    """The metadata files (``NAME.json``) in the folders, in natural name order per folder
    (numbers by value: ``dense_z2``, ``dense_z4`` … ``dense_z128``).

    Every one is listed, readable or not, so that a bad one can be reported; pass
    each to :func:`.checkpoints.load_checkpoint`.
    """
    found: list[Path] = []
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            continue
        found += sorted((p for p in folder.glob(f"*{META_SUFFIX}")
                         if not p.name.startswith(".") and not p.is_dir()),
                        key=lambda p: natural_key(p.name))
    return found
