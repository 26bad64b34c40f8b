"""Training from the menu: real dialog, real child process, tiny subsets."""

import gzip
import http.server
import multiprocessing
import shutil
import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ae_desktop.core.store.checkpoints import load_checkpoint, model_exists
from ae_desktop.core.store.paths import user_models_dir
from ae_desktop.ui import training_dialog

from .helpers import SEVEN, stroke


@pytest.fixture
def dialog_warnings(monkeypatch):
    said = []
    monkeypatch.setattr(training_dialog.QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: said.append(text))
    return said


def _open(w, arch="dense_100", epochs=2, subset=600, name="tiny_dense", **kw):
    w.train_action.trigger()
    d = w.training_dialog
    d.arch.setCurrentText(arch)
    d.epochs.setValue(epochs)
    d.use_subset.setChecked(subset is not None)
    if subset:
        d.subset.setValue(subset)
    d.name.setText(name)
    if "lr" in kw:
        d.lr.setValue(kw["lr"])
    if "optimizer" in kw:
        d.optimizer.setCurrentText(kw["optimizer"])
    return d


def test_train_through_the_dialog_then_draw_with_the_new_model(make_window, qtbot, monkeypatch,
                                                               full_mnist_dir, models_folder):
    monkeypatch.setenv("AE_DESKTOP_DATA", str(full_mnist_dir))
    w = make_window(folders=[models_folder, user_models_dir()])
    d = _open(w)
    assert not d.dataset.isVisibleTo(d) and d.start_button.isEnabled()
    reported = []  # the batches the training process reported, as the dialog got them
    w.trainer.progress.connect(reported.append)
    d.start_button.click()
    assert w.training_running() and not d.config_box.isEnabled()
    stroke(w.canvas, SEVEN)  # the main window keeps working meanwhile
    qtbot.waitUntil(lambda: w.last_result is not None and bool(w.last_result.answers),
                    timeout=10000)
    qtbot.waitUntil(lambda: d.saved_path is not None, timeout=90000)
    assert d.progress.value() == 100
    history = load_checkpoint(d.saved_path).metadata["history"]
    # 600 digits in batches of 128: 5 batches an epoch, every batch's loss saved.
    saved = dict(history["curve"])  # epochs done (x) -> that batch's loss
    assert list(saved) == [round(b / 5, 4) for b in range(1, 11)]
    # The process reports at most every 0.1 s, and always an epoch's last batch: those
    # losses are the saved ones.
    got_x = [ev.epoch - 1 + ev.batch / ev.batches for ev in reported]
    assert got_x[-1] == 2.0 and 1.0 in got_x
    assert [ev.loss for ev in reported] == [saved[round(x, 4)] for x in got_x]
    # The plotted training curve: one point per report (a short run must show a line, not
    # one invisible point), each the mean of that loss and up to 9 reported before it; it
    # ends at the number of epochs.
    xs, ys = d.train_curve.getData()
    assert list(xs) == got_x
    losses = [ev.loss for ev in reported]
    assert list(ys) == pytest.approx(
        [np.mean(losses[max(0, i - 9):i + 1]) for i in range(len(xs))], rel=1e-12)
    assert xs[-1] == 2.0
    # The test-error curve: one point per epoch, the values saved with the model.
    vx, vy = d.val_curve.getData()
    assert list(vx) == [1, 2] and len(history["epoch_val"]) == 2
    assert list(vy) == pytest.approx([v["mse"] for v in history["epoch_val"]], rel=1e-12)
    assert d.samples.image().shape == (2 * 28, 8 * 28)
    assert "BCE" in d.metrics.text()
    assert model_exists(user_models_dir() / "tiny_dense")  # whatever its weights file is called
    qtbot.waitUntil(lambda: "tiny_dense" in w.infos, timeout=20000)
    assert "tiny_dense" in w.model_list.checked()
    w.request_update()
    qtbot.waitUntil(lambda: w.panes.model_panes["tiny_dense"].view.has_image(), timeout=10000)
    assert "MSE" in w.panes.model_panes["tiny_dense"].caption.text()
    assert len(w.infos["tiny_dense"].history["epoch_train_loss"]) == 2  # curves kept for later


def test_cancel_leaves_no_file_and_the_old_model_untouched(make_window, qtbot, monkeypatch,
                                                           full_mnist_dir):
    monkeypatch.setenv("AE_DESKTOP_DATA", str(full_mnist_dir))
    folder = user_models_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "keep_me.safetensors").write_bytes(b"old weights")
    (folder / "keep_me.json").write_text("{}")
    w = make_window()
    d = _open(w, epochs=50, subset=None, name="keep_me")
    d.start_button.click()
    box = d.replace_box  # an existing model: replacing it is asked first
    qtbot.waitUntil(lambda: box.isVisible(), timeout=5000)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.progress.value() > 0 or bool(d.eta.text()), timeout=30000)
    t0 = time.monotonic()
    d.cancel_button.click()
    qtbot.waitUntil(lambda: not w.training_running(), timeout=5000)
    assert time.monotonic() - t0 < 2.0
    assert "cancelled" in d.last_message
    assert (folder / "keep_me.safetensors").read_bytes() == b"old weights"
    assert sorted(p.name for p in folder.iterdir()) == ["keep_me.json", "keep_me.safetensors"]


def test_diverging_training_shows_advice_and_the_app_lives_on(make_window, qtbot, monkeypatch,
                                                             full_mnist_dir, dialog_warnings):
    monkeypatch.setenv("AE_DESKTOP_DATA", str(full_mnist_dir))
    w = make_window()
    d = _open(w, subset=500, name="nan_model", lr=1e12, optimizer="sgd")
    d.start_button.click()
    qtbot.waitUntil(lambda: not w.training_running(), timeout=60000)
    assert "lower learning rate" in d.last_message
    assert dialog_warnings and "lower learning rate" in dialog_warnings[0]
    assert not (user_models_dir() / "nan_model.json").exists()
    stroke(w.canvas, SEVEN)
    qtbot.waitUntil(lambda: w.last_result is not None and bool(w.last_result.answers),
                    timeout=10000)


def test_quitting_during_training_asks_then_stops_quickly(make_window, qtbot, monkeypatch,
                                                         full_mnist_dir):
    monkeypatch.setenv("AE_DESKTOP_DATA", str(full_mnist_dir))
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[1])
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    from ae_desktop.ui import main_window
    monkeypatch.setattr(main_window.QMessageBox, "question", answer)
    w = make_window()
    d = _open(w, epochs=50, subset=None, name="never_saved")
    d.start_button.click()
    qtbot.waitUntil(lambda: d.progress.value() > 0 or bool(d.eta.text()), timeout=30000)
    w.close()  # first answer: No
    assert w.isVisible() and w.training_running()
    t0 = time.monotonic()
    w.close()  # second answer: Yes
    assert time.monotonic() - t0 < 2.0
    assert not w.isVisible() and len(asked) == 2
    assert not multiprocessing.active_children()
    assert not (user_models_dir() / "never_saved.json").exists()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def mirror(tmp_path):
    folder = tmp_path / "mirror"
    folder.mkdir()
    srv = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), lambda *a: _Quiet(*a, directory=str(folder)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield folder, f"http://127.0.0.1:{srv.server_address[1]}/"
    srv.shutdown()
    srv.server_close()


def test_missing_dataset_is_downloaded_from_the_dialog(make_window, qtbot, monkeypatch, tmp_path,
                                                       full_mnist_dir, mirror):
    folder, url = mirror
    for f in ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"):
        shutil.copy(full_mnist_dir / f, folder)
    target = tmp_path / "data"
    monkeypatch.setenv("AE_DESKTOP_DATA", str(target))
    monkeypatch.setenv("AE_DESKTOP_MNIST_MIRRORS", url)
    w = make_window()
    d = _open(w)
    assert d.dataset.isVisibleTo(d) and not d.start_button.isEnabled()
    assert "not found" in d.dataset.message.text()
    d.dataset.download_button.click()
    qtbot.waitUntil(lambda: not d.dataset.isVisibleTo(d), timeout=60000)
    assert d.start_button.isEnabled()
    assert (target / "train-images-idx3-ubyte.gz").exists()


def test_a_corrupted_download_is_rejected(make_window, qtbot, monkeypatch, tmp_path,
                                          full_mnist_dir, mirror):
    folder, url = mirror
    shutil.copy(full_mnist_dir / "train-images-idx3-ubyte.gz", folder)
    raw = bytearray(gzip.decompress((full_mnist_dir / "train-labels-idx1-ubyte.gz").read_bytes()))
    raw[100] = (raw[100] + 1) % 10  # one wrong label: valid IDX, wrong checksum
    (folder / "train-labels-idx1-ubyte.gz").write_bytes(gzip.compress(bytes(raw)))
    target = tmp_path / "data"
    monkeypatch.setenv("AE_DESKTOP_DATA", str(target))
    monkeypatch.setenv("AE_DESKTOP_MNIST_MIRRORS", url)
    w = make_window()
    d = _open(w)
    d.dataset.download_button.click()
    qtbot.waitUntil(lambda: "failed" in d.dataset.last_error, timeout=60000)
    assert "SHA-256" in d.dataset.last_error
    assert not (target / "train-labels-idx1-ubyte.gz").exists()
    assert d.dataset.isVisibleTo(d) and not d.start_button.isEnabled()


def test_choosing_a_folder_with_the_dataset(make_window, qtbot, monkeypatch, tmp_path,
                                            full_mnist_dir):
    monkeypatch.setenv("AE_DESKTOP_DATA", str(tmp_path / "empty"))
    w = make_window()
    d = _open(w)
    assert not d.dataset.use_folder(str(tmp_path))  # no IDX files there
    assert "cannot be used" in d.dataset.message.text()
    assert d.dataset.use_folder(str(full_mnist_dir))
    assert not d.dataset.isVisibleTo(d) and d.start_button.isEnabled()
