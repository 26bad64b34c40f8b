"""Finding and loading the installed models (shipped + per-user)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .checkpoints import CheckpointError, LoadedModel, list_checkpoints, load_checkpoint
from .paths import model_dirs


@dataclass(frozen=True)
class LoadReport:
    models: list[LoadedModel]
    errors: list[str]  # one line per checkpoint that could not be loaded


def load_models(folders: list[Path] | None = None) -> LoadReport:
    """Load every valid checkpoint; later folders override same-named models."""
    by_name: dict[str, LoadedModel] = {}
    errors: list[str] = []
    for path in list_checkpoints(*(folders if folders is not None else model_dirs())):
        try:
            lm = load_checkpoint(path)
        except CheckpointError as exc:
            errors.append(str(exc))
            continue
        by_name[lm.name] = lm
    return LoadReport(list(by_name.values()), errors)


def resolve_model(ref: str | os.PathLike, folders: list[Path] | None = None) -> LoadedModel:
    """Load a model given a path or a name found in the model folders."""
    p = Path(ref)
    if p.suffix in (".safetensors", ".json") or p.exists() or p.with_suffix(".json").exists():
        return load_checkpoint(p)
    for folder in reversed(folders if folders is not None else model_dirs()):
        if (folder / f"{ref}.json").is_file():
            return load_checkpoint(folder / str(ref))
    raise CheckpointError(f"no model named {str(ref)!r} in {', '.join(map(str, folders or model_dirs()))}")
