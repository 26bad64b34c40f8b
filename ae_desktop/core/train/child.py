"""Entry point of the training child process (no Qt).

The GUI keeps the optimizer out of its own process: a supervisor thread starts
:func:`child_main` with the ``spawn`` method.  The messages are the frozen
dataclasses of :mod:`ae_desktop.core.train.messages`, sent over a one-way
pipe; a second pipe carries :class:`CancelRun` the other way.

The child never outlives the GUI: a watchdog thread waits on the control pipe
and on the parent process's sentinel.  When the GUI process is gone (closed
pipe, or the parent died, even by ``kill -9``) it ends the child at once with
``os._exit``, without saving; the save step itself checks the parent again
just before writing.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import signal
import threading
import time
import traceback
from multiprocessing.connection import wait

from .. import reasons as R
from ..compute.env import quiet_idle_threads
from ..reasons import Reason, typed
from .messages import CancelRun, RunCancelled, RunFailed, RunFinished

PROGRESS_EVERY_S = 0.1
EXIT_PARENT_GONE = 75  # exit status when the GUI process disappeared


def _parent_gone() -> None:
    os._exit(EXIT_PARENT_GONE)  # no cleanup, no checkpoint, no message


class ParentWatch(threading.Thread):
    """Relays :class:`CancelRun` to ``stop`` and ends the process when the parent is gone."""

    def __init__(self, control, stop: threading.Event) -> None:
        super().__init__(name="parent-watch", daemon=True)
        self._control = control
        self._stop = stop
        parent = multiprocessing.parent_process()  # None when not started by multiprocessing
        self._parent = parent
        self.gone = threading.Event()
        self.done = threading.Event()  # the outcome was sent: the pipe closing is expected

    def parent_alive(self) -> bool:
        if self.gone.is_set():
            return False
        return self._parent is None or self._parent.is_alive()

    def run(self) -> None:
        waitables = [self._control]
        if self._parent is not None:
            waitables.append(self._parent.sentinel)
        while True:
            ready = wait(waitables)
            if self._control not in ready:
                break  # only the parent's sentinel: it died
            try:
                msg = self._control.recv()
            except (EOFError, OSError):
                break  # the GUI side of the pipe closed: the parent is gone
            except Exception:  # noqa: BLE001 - an unreadable request: ignore it
                continue
            if isinstance(msg, CancelRun):
                self._stop.set()
        if self.done.is_set():
            return
        self.gone.set()
        self._stop.set()
        _parent_gone()


def _send(messages, msg) -> None:
    try:
        messages.send(msg)
    except OSError:  # broken pipe: nobody is listening any more
        _parent_gone()


def child_main(config: dict, out_path: str, messages, control, threads: int = 1, *,
               overwrite: bool = False) -> None:
    """Train ``config`` and write ``out_path``; report over ``messages`` (a send-only pipe).

    Without ``overwrite`` (the user did not confirm replacing a model of that name) an
    existing model is never replaced: if one appeared during the run, the new model is
    saved under the next free name (``NAME_2``…) and the outcome names that file.
    """
    quiet_idle_threads()  # before _run imports torch
    # Ctrl+C in a terminal reaches the whole process group: the GUI decides what to do
    # (it cancels this run); a KeyboardInterrupt here would only add a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    stop = threading.Event()
    watch = ParentWatch(control, stop)
    watch.start()
    outcome = _run(config, out_path, messages, stop, watch, threads, overwrite)
    watch.done.set()  # from here on the GUI may close its pipes: that is no reason to _exit
    _send(messages, outcome)


def _run(config: dict, out_path: str, messages, stop: threading.Event, watch: ParentWatch,
         threads: int, overwrite: bool = False):
    try:
        from ..compute import runtime
        from ..store.checkpoints import CheckpointExists, save_checkpoint
        from ..store.model_names import suggest_model_name
        from .config import (
            BatchProgress,
            EpochEnd,
            TrainConfig,
            TrainingCancelled,
            TrainingDiverged,
        )
        from .trainer import TrainingFinished, train
    except Exception as exc:  # noqa: BLE001
        traceback.print_exc()
        return RunFailed(Reason(R.TRAINING_NO_START, error=typed(exc)))
    try:
        runtime.limit_threads(threads)
        cfg = TrainConfig(**config)
        last = 0.0
        for ev in train(cfg, should_stop=stop.is_set):
            if isinstance(ev, BatchProgress):
                now = time.monotonic()
                if now - last >= PROGRESS_EVERY_S or ev.batch == ev.batches:
                    last = now
                    _send(messages, ev)
            elif isinstance(ev, EpochEnd):
                _send(messages, ev)
            elif isinstance(ev, TrainingFinished):
                meta = ev.result.metadata
                folder, name = os.path.split(out_path)
                taken: set[str] = set()
                while True:
                    meta["name"] = name
                    # The last moment to change our mind: a GUI that died, or a cancel that
                    # came during the final evaluation, means nothing is written.
                    if not watch.parent_alive():
                        _parent_gone()
                    if stop.is_set():
                        raise TrainingCancelled("training cancelled")
                    try:
                        path = save_checkpoint(os.path.join(folder, name), ev.result.model,
                                               cfg.architecture, meta, overwrite=overwrite,
                                               timeline=ev.result.timeline)
                        break
                    except CheckpointExists:
                        taken |= {name} | {f.removesuffix(".json") for f in os.listdir(folder)
                                           if f.endswith(".json")}
                        name = suggest_model_name(name, taken)
                slim = {k: v for k, v in meta.items() if k != "history"}
                return RunFinished(str(path), slim, ev.result.timeline)
        return RunFailed(Reason(R.TRAINING_NO_RESULT))
    except TrainingCancelled:
        return RunCancelled()
    except TrainingDiverged as exc:
        return RunFailed(str(exc))
    except MemoryError:
        return RunFailed(Reason(R.TRAINING_NO_MEMORY))
    except Exception as exc:  # noqa: BLE001 - everything is reported to the GUI
        traceback.print_exc()
        return RunFailed(typed(exc))


def config_dict(cfg) -> dict:
    """A TrainConfig as a plain dict for the child process."""
    return dataclasses.asdict(cfg)
