import pytest

from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR
from ae_desktop.engine.client import EngineClient
from tests.ui.conftest import no_thread_left_running  # noqa: F401 - same leak check

LOAD_TIMEOUT_MS = 60_000


@pytest.fixture
def client(qtbot):
    c = EngineClient()
    loaded = []
    c.models_loaded.connect(lambda infos, failures: loaded.append((infos, failures)))
    c.load_models([SHIPPED_MODELS_DIR])
    qtbot.waitUntil(lambda: bool(loaded), timeout=LOAD_TIMEOUT_MS)
    c.loaded = loaded
    yield c
    c.stop()

