"""GUI test fixtures: a models folder, a window with private settings, no leftover threads."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from ae_desktop.core.data.idx import load_test
from ae_desktop.core.store.checkpoints import save_checkpoint
from ae_desktop.core.train.trainer import TrainConfig, run
from ae_desktop.workers.threads import running_threads

GUI_ARCHS = ("dense_100", "conv_selu", "vae_2d")


@pytest.fixture(autouse=True)
def no_thread_left_running(qapp):
    yield
    left = running_threads()
    assert not left, f"test left QThreads running: {left}"


@pytest.fixture(scope="session")
def models_folder(tmp_path_factory):
    """Models trained briefly on 1,000 bundled digits: seconds, yet they tell digits apart."""
    folder = tmp_path_factory.mktemp("gui_models")
    digits = load_test().images[:1000]
    for arch in GUI_ARCHS:
        res = run(TrainConfig(arch, epochs=1, batch_size=64, val_limit=50, final_eval=False,
                              precision="fp32"), train_images=digits)
        save_checkpoint(folder / arch, res.model, arch, res.metadata)
    return folder


@pytest.fixture(scope="session")
def local_engine(models_folder):
    """The GUI test models prepared as the engine prepares them, and a latent cache.

    The window computes in its engine process; tests recompute the expected values here
    with the same code (``load_for_live_use`` is what ``Engine.load`` calls, and the
    engine's jobs use a ``LatentCache``).  Thread counts differ between the processes:
    compare with a small tolerance (2e-3).
    """
    from types import SimpleNamespace

    from ae_desktop.core.latent.cache import LatentCache
    from ae_desktop.core.live.models import load_for_live_use

    return SimpleNamespace(models=load_for_live_use([models_folder]).models,
                           cache=LatentCache())


@pytest.fixture
def settings(tmp_path):
    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    s.setValue("lessons/welcomed", True)  # the first-launch welcome has its own tests
    yield s
    s.sync()


@pytest.fixture
def make_window(qtbot, models_folder, settings, monkeypatch):
    from ae_desktop.ui import main_window

    windows = []
    warnings: list[str] = []
    # Modal boxes would block the test; record what the user would have been told.
    monkeypatch.setattr(main_window.QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: warnings.append(text))

    def make(folders=None, s=None):
        w = main_window.MainWindow(settings=s or settings,
                                   model_folders=folders or [models_folder])
        w.warnings = warnings
        qtbot.addWidget(w)
        w.show()
        qtbot.waitUntil(lambda: len(w.infos) > 0 or "No models" in w.statusBar().currentMessage()
                        or "skipped" in w.statusBar().currentMessage(), timeout=20000)
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.close()
