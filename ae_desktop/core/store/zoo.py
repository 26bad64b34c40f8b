"""Finding and loading the installed models (shipped + per-user).

One bad file never hides the others: every checkpoint is loaded on its own, any
failure (a :class:`CheckpointError` or anything unexpected) becomes one
:class:`LoadFailure` with the file and the reason, and the rest load.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .. import reasons as R
from ..reasons import Reason, typed_error
from .checkpoints import (
    CheckpointError,
    LoadedModel,
    clean_model_folder,
    list_checkpoints,
    load_checkpoint,
    split_model_path,
)
from .failures import LoadFailure
from .paths import model_dirs


@dataclass(frozen=True)
class LoadReport:
    models: list[LoadedModel]
    errors: list[str]  # one line per checkpoint that could not be loaded: "PATH: reason"
    failures: list[LoadFailure] = field(default_factory=list)  # the same, structured


def _failure(path: Path, exc: BaseException) -> LoadFailure:
    if isinstance(exc, CheckpointError):
        return LoadFailure(exc.path or path, exc.reason)
    if isinstance(exc, MemoryError):
        return LoadFailure(path, Reason(R.LOAD_NO_MEMORY))
    return LoadFailure(path, Reason(R.LOAD_UNEXPECTED, error=typed_error(exc)))


def load_models(folders: list[Path] | None = None) -> LoadReport:
    """Load every valid checkpoint; later folders override same-named models.

    Each folder is first cleared of what interrupted saves left behind
    (:func:`clean_model_folder`).
    """
    folders = list(folders if folders is not None else model_dirs())
    by_name: dict[str, LoadedModel] = {}
    failures: list[LoadFailure] = []
    for folder in folders:
        try:
            clean_model_folder(folder)
        except Exception:  # noqa: BLE001, S110 - tidying must never stop the models loading
            pass
    for path in list_checkpoints(*folders):
        try:
            lm = load_checkpoint(path)
        except Exception as exc:  # noqa: BLE001 - one bad file never hides the others
            failures.append(_failure(path, exc))
            continue
        by_name[lm.name] = lm
    return LoadReport(list(by_name.values()), [str(f) for f in failures], failures)


def resolve_model(ref: str | os.PathLike, folders: list[Path] | None = None) -> LoadedModel:
    """Load a model given a path (name, JSON or weights file) or a name in the model folders."""
    raw = os.fspath(ref)
    p = Path(raw)
    if p.is_file() or raw.endswith((".json", ".safetensors")) or Path(raw + ".json").is_file():
        return load_checkpoint(raw)
    folders = list(folders if folders is not None else model_dirs())
    try:
        _, name = split_model_path(raw)
    except CheckpointError:
        name = None
    if name is not None and name == raw:  # a bare name: look in the folders, last wins
        for folder in reversed(folders):
            if (folder / f"{name}.json").is_file():
                return load_checkpoint(folder / f"{name}.json")
    raise CheckpointError(None, Reason(R.NO_MODEL_NAMED, name=repr(raw),
                                       folders=", ".join(map(str, folders))))
