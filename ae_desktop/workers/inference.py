"""The inference runner: a QThread that answers live requests, latest wins.

Only the GUI thread touches the runner's bookkeeping, so no locks are needed:
``submit`` either hands a request to the idle worker or parks it as the single
pending request (replacing any older pending one, which is then never run);
when the worker reports back, the pending request (if any) is dispatched.
Results older than one already shown are dropped.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from ..core.compute import runtime
from ..core.errors import describe_error
from ..core.live.compute import compute
from ..core.live.models import LiveModels, load_for_live_use
from ..core.live.records import LiveRequest, LiveResult
from ..core.store.checkpoints import LoadedModel
from ..core.store.failures import LoadFailure
from .threads import new_thread


class _Worker(QObject):
    """Lives on the worker thread; owns the torch models."""

    computed = Signal(object)  # LiveResult
    failed = Signal(int, str)  # request id, message
    models_loaded = Signal(object, object)  # list[ModelInfo], list[LoadFailure]

    def __init__(self) -> None:
        super().__init__()
        self.models: dict[str, LoadedModel] = {}

    @Slot(object)
    def load(self, folders: list[Path]) -> None:
        """Load every model that can be loaded; each failure becomes one LoadFailure.

        Whatever happens, ``models_loaded`` is emitted exactly once, so the window
        never stays on "Loading models…".
        """
        loaded = LiveModels({}, [], [])
        try:
            runtime.limit_threads(1)
            loaded = load_for_live_use(folders)
        except Exception as exc:  # noqa: BLE001 - reported in the window
            traceback.print_exc()
            where = Path(folders[-1]) if folders else Path(".")
            loaded.failures.append(LoadFailure(where, f"could not load the models: "
                                                      f"{describe_error(exc)}"))
        finally:
            self.models = loaded.models
            self.models_loaded.emit(loaded.infos, loaded.failures)

    @Slot(object)
    def run(self, request: LiveRequest) -> None:
        try:
            self.computed.emit(compute(request, self.models))
        except Exception as exc:  # noqa: BLE001 - never kill the app
            traceback.print_exc()
            self.failed.emit(request.request_id, f"reconstruction failed: {exc}")


class InferenceRunner(QObject):
    """GUI-side handle: submit requests, receive the newest results."""

    reconstruction_ready = Signal(object)  # LiveResult
    inference_failed = Signal(str)
    # The models that loaded, and one LoadFailure (file, reason; str() gives
    # "PATH: reason") per model file that could not be used.
    models_loaded = Signal(object, object)  # list[ModelInfo], list[LoadFailure]
    _dispatch = Signal(object)
    _load = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = new_thread("inference")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._dispatch.connect(self._worker.run)
        self._load.connect(self._worker.load)
        self._worker.computed.connect(self._on_worker_computed)
        self._worker.failed.connect(self._on_worker_failed)
        self._worker.models_loaded.connect(self._on_worker_models_loaded)
        self._thread.finished.connect(self._worker.deleteLater)
        self._busy = False
        self._pending: LiveRequest | None = None
        self._next_id = 0
        self._shown_id = -1
        self.dropped = 0  # superseded requests never run (for tests and benchmarks)
        self.completed = 0  # results received from the worker, shown or not
        self._thread.start()

    # -- GUI thread API ---------------------------------------------------
    def new_request_id(self) -> int:
        self._next_id += 1
        return self._next_id

    def submit(self, request: LiveRequest) -> None:
        if self._busy:
            if self._pending is not None:
                self.dropped += 1
            self._pending = request
            return
        self._busy = True
        self._dispatch.emit(request)

    def load_models(self, folders: list[Path]) -> None:
        self._load.emit(list(folders))

    @property
    def busy(self) -> bool:
        return self._busy

    def worker_models(self) -> dict[str, LoadedModel]:
        """The loaded models, for read-only use by sibling workers (never the GUI)."""
        return dict(self._worker.models)

    def stop(self) -> None:
        self._pending = None
        self._thread.quit()
        self._thread.wait()

    # -- worker replies (queued onto the GUI thread) ----------------------
    def _advance(self) -> None:
        request, self._pending = self._pending, None
        self._busy = request is not None
        if request is not None:
            self._dispatch.emit(request)

    @Slot(object)
    def _on_worker_computed(self, result: LiveResult) -> None:
        self.completed += 1
        self._advance()
        if result.request_id > self._shown_id:
            self._shown_id = result.request_id
            self.reconstruction_ready.emit(result)

    @Slot(int, str)
    def _on_worker_failed(self, request_id: int, message: str) -> None:
        self._advance()
        self.inference_failed.emit(message)

    @Slot(object, object)
    def _on_worker_models_loaded(self, infos, errors) -> None:
        self.models_loaded.emit(infos, errors)
