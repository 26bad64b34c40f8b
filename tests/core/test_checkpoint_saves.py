"""Saving a checkpoint replaces weights + metadata as one unit, whatever step fails.

A save is a sequence of file-system operations (temporary files, fsync, renames,
removal of the old weights). Each test below stops the save at every one of them
in turn and checks what a user would find in the folder: the whole old model or
the whole new one, never new weights under old metadata, and, after the next
start's tidy-up, no temporary or orphaned file.
"""

import json
import os
import shutil
import threading

import pytest
import torch

from ae_desktop.core.models import get_spec
from ae_desktop.core.store import checkpoints
from ae_desktop.core.store.atomic import TEMP_SUFFIX, folder_lock
from ae_desktop.core.store.checkpoints import (
    CheckpointExists,
    clean_model_folder,
    load_checkpoint,
    save_checkpoint,
    weights_path,
)
from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR
from ae_desktop.core.store.zoo import load_models

ARCH = "conv_upsampling"  # the smallest: 4,385 parameters
STEPS = ("replace", "fsync", "link", "unlink", "rename", "open")


def _model(seed):
    torch.manual_seed(seed)
    return get_spec(ARCH).build()


def _save(folder, seed, marker, name="m", **kw):
    return save_checkpoint(folder / name, _model(seed), ARCH, {"marker": marker}, **kw)


def _state(folder, name="m"):
    """(marker in the metadata, which weights were loaded) of the model in ``folder``."""
    lm = load_checkpoint(folder / name)
    first = next(iter(lm.model.state_dict().values()))
    for seed, marker in ((1, "old"), (2, "new")):
        if torch.equal(first, next(iter(_model(seed).state_dict().values()))):
            return lm.metadata["marker"], marker
    return lm.metadata["marker"], "unknown weights"


def _files(folder):
    return sorted(p.name for p in folder.iterdir())


def _leftovers(folder):
    """Files that belong to no model: temporaries and weights no JSON names."""
    named = {weights_path(p).name for p in folder.glob("*.json")} | \
        {p.name for p in folder.glob("*.json")}
    return [f for f in _files(folder) if f not in named]


class Crash(BaseException):
    """The process dies here: no except/finally of the code under test may run usefully."""


class Stepper:
    """Counts file-system steps; at step ``crash_at`` copies the folder as it is, then fails."""

    def __init__(self, monkeypatch, folder, crash_at=None, exc=None, snapshot=None):
        self.count, self.crash_at, self.exc = 0, crash_at, exc
        self.folder, self.snapshot, self.fired = folder, snapshot, False
        for op in STEPS:
            monkeypatch.setattr(os, op, self._wrap(op, getattr(os, op)))

    def _wrap(self, op, real):
        def step(*args, **kwargs):
            if op == "open" and args and os.fspath(args[0]) == os.fspath(self.folder):
                return real(*args, **kwargs)  # opening the folder to lock or fsync it
            if not self.fired:
                self.count += 1
                if self.count == self.crash_at:
                    self.fired = True
                    if self.snapshot is not None:  # what the disk holds at the crash
                        shutil.copytree(self.folder, self.snapshot)
                    raise self.exc
            return real(*args, **kwargs)
        return step


def _old_model(folder, layout):
    """The model being replaced, saved by this version or in the shipped (older) layout."""
    folder.mkdir()
    weights = _save(folder, 1, "old")
    if layout == "shipped":  # NAME.safetensors, and no "weights" field in NAME.json
        weights.rename(folder / "m.safetensors")
        meta = json.loads((folder / "m.json").read_text())
        del meta["weights"]
        (folder / "m.json").write_text(json.dumps(meta))


def _count_steps(tmp_path, monkeypatch, layout):
    folder = tmp_path / "count"
    _old_model(folder, layout)
    with monkeypatch.context() as mp:
        stepper = Stepper(mp, folder)
        _save(folder, 2, "new")
    return stepper.count


@pytest.mark.parametrize("layout", ["current", "shipped"])
def test_a_crash_at_any_step_leaves_the_old_or_the_new_model_never_a_mix(tmp_path,
                                                                          monkeypatch, layout):
    steps = _count_steps(tmp_path, monkeypatch, layout)
    seen = set()
    for k in range(1, steps + 1):
        folder, snap = tmp_path / f"live{k}", tmp_path / f"crash{k}"
        _old_model(folder, layout)
        with monkeypatch.context() as mp:
            Stepper(mp, folder, crash_at=k, exc=Crash(), snapshot=snap)
            with pytest.raises(Crash):
                _save(folder, 2, "new")
        state = _state(snap)
        assert state in {("old", "old"), ("new", "new")}, f"crash at step {k}: {state}"
        seen.add(state)
        # The next start tidies up: the same model, and nothing that belongs to no model.
        report = load_models([snap])
        assert [m.metadata["marker"] for m in report.models] == [state[0]] and not report.errors
        assert _leftovers(snap) == [], f"crash at step {k}"
        assert not list(snap.glob(f".*{TEMP_SUFFIX}"))
    assert seen == {("old", "old"), ("new", "new")}  # both sides of the commit were hit


@pytest.mark.parametrize("layout", ["current", "shipped"])
def test_an_error_at_any_step_leaves_the_old_or_the_new_model_and_no_stray_file(tmp_path,
                                                                                monkeypatch,
                                                                                layout):
    steps = _count_steps(tmp_path, monkeypatch, layout)
    for k in range(1, steps + 1):
        folder = tmp_path / f"live{k}"
        _old_model(folder, layout)
        with monkeypatch.context() as mp:
            Stepper(mp, folder, crash_at=k, exc=OSError(28, "No space left on device"))
            try:
                _save(folder, 2, "new")
                saved = True
            except OSError:
                saved = False
        assert _state(folder) == (("new", "new") if saved else ("old", "old")), f"step {k}"
        clean_model_folder(folder)
        assert _leftovers(folder) == [], f"error at step {k}"
        assert _state(folder) == (("new", "new") if saved else ("old", "old"))


def test_replacing_a_model_in_the_shipped_layout(tmp_path):
    for f in ("conv_upsampling.json", "conv_upsampling.safetensors"):
        shutil.copy(SHIPPED_MODELS_DIR / f, tmp_path / f)
    new = save_checkpoint(tmp_path / "conv_upsampling", _model(2), ARCH, {"marker": "new"})
    assert _files(tmp_path) == sorted(["conv_upsampling.json", new.name])
    assert load_checkpoint(tmp_path / "conv_upsampling").metadata["marker"] == "new"


def test_tidy_up_never_touches_a_save_in_progress(tmp_path, monkeypatch):
    """The GUI lists models (and tidies) while `ae-desktop train` is saving."""
    _save(tmp_path, 1, "old")
    at_commit, go_on = threading.Event(), threading.Event()
    real = checkpoints.atomic_write_bytes

    def slow_commit(path, data, **kw):
        if str(path).endswith(".json"):
            at_commit.set()  # new weights written, metadata not yet
            assert go_on.wait(30)
        return real(path, data, **kw)

    monkeypatch.setattr(checkpoints, "atomic_write_bytes", slow_commit)
    writer = threading.Thread(target=_save, args=(tmp_path, 2, "new"))
    writer.start()
    try:
        assert at_commit.wait(30)
        report = load_models([tmp_path])  # tidies the folder first
        assert [m.metadata["marker"] for m in report.models] == ["old"]
        assert len(list(tmp_path.glob("*.safetensors"))) == 2  # the new weights survived
    finally:
        go_on.set()
        writer.join(30)
    assert _state(tmp_path) == ("new", "new")
    assert _leftovers(tmp_path) == []


def test_tidy_up_waits_for_the_lock_and_keeps_what_it_cannot_judge(tmp_path):
    _save(tmp_path, 1, "old")
    (tmp_path / "m.ae-0123456789.safetensors").write_bytes(b"orphan")
    (tmp_path / f".m.json.x1{TEMP_SUFFIX}").write_bytes(b"half")
    (tmp_path / "lone.safetensors").write_bytes(b"a user's file without metadata")
    (tmp_path / "broken.json").write_text("{")
    (tmp_path / "broken.ae-0123456789.safetensors").write_bytes(b"weights of broken")
    with folder_lock(tmp_path):  # another process is saving
        assert clean_model_folder(tmp_path) == []
    removed = sorted(p.name for p in clean_model_folder(tmp_path))
    assert removed == [f".m.json.x1{TEMP_SUFFIX}", "m.ae-0123456789.safetensors"]
    assert {"lone.safetensors", "broken.json", "broken.ae-0123456789.safetensors"} <= \
        set(_files(tmp_path))


def test_a_reader_follows_a_save_that_commits_while_it_reads(tmp_path, monkeypatch):
    _save(tmp_path, 1, "old")
    real = checkpoints.weights_path
    calls = []

    def racing(path, meta=None):
        found = real(path, meta)
        if not calls:  # the JSON was read; now another process replaces the model
            calls.append(1)
            _save(tmp_path, 2, "new")
        return found

    monkeypatch.setattr(checkpoints, "weights_path", racing)
    lm = load_checkpoint(tmp_path / "m")
    assert lm.metadata["marker"] == "new" and lm.path.exists()


# -------------------------------------------------------------- overwrite
def test_without_overwrite_an_existing_model_is_refused_and_untouched(tmp_path):
    _save(tmp_path, 1, "old")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(CheckpointExists, match="a model named 'm' already exists"):
        _save(tmp_path, 2, "new", overwrite=False)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_without_overwrite_a_model_appearing_during_the_save_is_not_replaced(tmp_path,
                                                                             monkeypatch):
    real = checkpoints.atomic_write_bytes
    rival = []

    def rival_first(path, data, **kw):
        if str(path).endswith(".json") and not rival:
            rival.append(1)
            _save(tmp_path, 1, "old")  # another process saves "m" just before our commit
        return real(path, data, **kw)

    monkeypatch.setattr(checkpoints, "atomic_write_bytes", rival_first)
    with pytest.raises(CheckpointExists):
        _save(tmp_path, 2, "new", overwrite=False)
    assert _state(tmp_path) == ("old", "old")
    assert _leftovers(tmp_path) == []  # our new weights were removed again


def test_overwrite_replaces_and_removes_the_old_weights(tmp_path):
    old = _save(tmp_path, 1, "old")
    new = _save(tmp_path, 2, "new")
    assert new != old and not old.exists()
    assert _files(tmp_path) == sorted(["m.json", new.name])
    assert json.loads((tmp_path / "m.json").read_text())["weights"] == new.name
    assert _state(tmp_path) == ("new", "new")
