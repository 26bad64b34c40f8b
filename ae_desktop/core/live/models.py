"""The installed models, loaded and prepared for live use, each failure kept apart.

The engine process starts from here: every model that
can be loaded, prepared and described is used; every one that cannot becomes one
:class:`~ae_desktop.core.store.failures.LoadFailure`, and nothing is ever raised.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path

from .. import reasons as R
from ..compute.reconstruct import prepare_for_live_use
from ..errors import describe_error
from ..reasons import Reason
from ..store.checkpoints import LoadedModel
from ..store.failures import LoadFailure
from ..store.model_info import ModelInfo
from ..store.paths import SHIPPED_MODELS_DIR
from ..store.zoo import load_models


@dataclass(frozen=True)
class LiveModels:
    models: dict[str, LoadedModel]
    infos: list[ModelInfo]
    failures: list[LoadFailure]


def load_for_live_use(folders: list[Path] | None, device: str = "cpu") -> LiveModels:
    """Load ``folders`` (None: the default ones) onto ``device`` (a torch device name);
    one bad model never hides the others."""
    models: dict[str, LoadedModel] = {}
    infos: list[ModelInfo] = []
    failures: list[LoadFailure] = []
    try:
        report = load_models(folders)
    except Exception as exc:  # noqa: BLE001 - reported to the user
        traceback.print_exc()
        where = Path(folders[-1]) if folders else Path(".")
        failures.append(LoadFailure(where, Reason(R.LOAD_ALL_FAILED,
                                                   error=describe_error(exc))))
        return LiveModels(models, infos, failures)
    failures.extend(report.failures)
    for lm in report.models:
        try:
            prepare_for_live_use(lm, device)
            info = ModelInfo.from_loaded(lm, Path(lm.path).parent == SHIPPED_MODELS_DIR)
        except Exception as exc:  # noqa: BLE001 - reported to the user
            traceback.print_exc()
            failures.append(LoadFailure(Path(lm.path), Reason(R.MODEL_UNUSABLE,
                                                                   error=describe_error(exc))))
            continue
        models[lm.name] = lm
        infos.append(info)
    return LiveModels(models, infos, failures)
