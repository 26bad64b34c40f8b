"""Where models live: the shipped folder and the per-user folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

SHIPPED_MODELS_DIR = Path(__file__).resolve().parents[3] / "trained_models"
MODELS_ENV_VAR = "AE_DESKTOP_MODELS"


def user_models_dir() -> Path:
    """Per-user folder for models trained in the app (``$AE_DESKTOP_MODELS`` overrides)."""
    env = os.environ.get(MODELS_ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("ae-desktop", appauthor=False)) / "models"


def model_dirs() -> list[Path]:
    """Folders searched for models, shipped first."""
    return [SHIPPED_MODELS_DIR, user_models_dir()]
