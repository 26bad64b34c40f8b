"""Entry point of the training child process (no Qt).

The GUI keeps the optimizer out of its own process: a supervisor thread starts
:func:`child_main` with the ``spawn`` method and reads plain messages from a
queue.  Messages are tuples ``(kind, payload)``:

``("progress", BatchProgress)`` (at most every ``PROGRESS_EVERY_S``),
``("epoch", EpochEnd)``, ``("finished", (path, metadata))``,
``("cancelled", None)``, ``("failed", message)``.
"""

from __future__ import annotations

import dataclasses
import os
import time
import traceback

PROGRESS_EVERY_S = 0.1


def child_main(config: dict, out_path: str, queue, cancel_event, threads: int = 1) -> None:
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    try:
        from . import runtime
        from .checkpoints import save_checkpoint
        from .training import (
            BatchProgress,
            EpochEnd,
            TrainConfig,
            TrainingCancelled,
            TrainingDiverged,
            TrainingFinished,
            train,
        )

        runtime.limit_threads(threads)
        cfg = TrainConfig(**config)
        last = 0.0
        for ev in train(cfg, should_stop=cancel_event.is_set):
            if isinstance(ev, BatchProgress):
                now = time.monotonic()
                if now - last >= PROGRESS_EVERY_S or ev.batch == ev.batches:
                    last = now
                    queue.put(("progress", ev))
            elif isinstance(ev, EpochEnd):
                queue.put(("epoch", ev))
            elif isinstance(ev, TrainingFinished):
                meta = ev.result.metadata
                meta["name"] = os.path.basename(out_path)
                path = save_checkpoint(out_path, ev.result.model, cfg.architecture, meta)
                slim = {k: v for k, v in meta.items() if k != "history"}
                queue.put(("finished", (str(path), slim)))
    except TrainingCancelled:
        queue.put(("cancelled", None))
    except TrainingDiverged as exc:
        queue.put(("failed", str(exc)))
    except MemoryError:
        queue.put(("failed", "out of memory: try a smaller batch size or training set"))
    except Exception as exc:  # noqa: BLE001 - everything is reported to the GUI
        traceback.print_exc()
        queue.put(("failed", f"{type(exc).__name__}: {exc}"))


def config_dict(cfg) -> dict:
    """A TrainConfig as a plain dict for the child process."""
    return dataclasses.asdict(cfg)
