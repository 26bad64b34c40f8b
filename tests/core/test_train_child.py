"""The training child's last step: it saves only for a live parent that did not cancel."""

from __future__ import annotations

import dataclasses
import threading
from types import SimpleNamespace

import pytest

from ae_desktop.core.train import child as train_child
from ae_desktop.core.train import trainer as training
from ae_desktop.core.train.messages import RunCancelled, RunFinished
from ae_desktop.core.train.trainer import BatchProgress, EpochEnd, TrainConfig, TrainingFinished


class ParentGone(BaseException):
    """Stands in for os._exit, which would end the test process."""


def _watch(alive: bool):
    return SimpleNamespace(parent_alive=lambda: alive)


@pytest.fixture
def config(full_mnist_dir) -> dict:
    return dataclasses.asdict(TrainConfig("dense_100", epochs=1, limit=200, batch_size=64,
                                          val_limit=50, final_eval=False,
                                          data_dir=str(full_mnist_dir)))


@pytest.fixture
def exits(monkeypatch):
    def parent_gone():
        raise ParentGone()

    monkeypatch.setattr(train_child, "_parent_gone", parent_gone)


def _files(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_run_sends_typed_progress_then_saves(config, tmp_path, exits):
    sent = []
    outcome = train_child._run(config, str(tmp_path / "m"), SimpleNamespace(send=sent.append),
                               threading.Event(), _watch(True), 1)
    assert isinstance(outcome, RunFinished)
    assert outcome.metadata["name"] == "m" and "history" not in outcome.metadata
    assert {type(m) for m in sent} == {BatchProgress, EpochEnd}
    assert "m.json" in _files(tmp_path)


def test_nothing_is_saved_when_the_parent_died_before_the_save(config, tmp_path, exits):
    with pytest.raises(ParentGone):
        train_child._run(config, str(tmp_path / "m"), SimpleNamespace(send=lambda m: None),
                         threading.Event(), _watch(False), 1)
    assert _files(tmp_path) == []


def test_a_cancel_during_the_final_evaluation_saves_nothing(config, tmp_path, exits,
                                                            monkeypatch):
    stop = threading.Event()
    real_train = training.train

    def cancelled_after_the_last_batch(cfg, should_stop=None, **kw):
        for ev in real_train(cfg, should_stop=should_stop, **kw):
            if isinstance(ev, TrainingFinished):
                stop.set()  # the user pressed Cancel while the test set was evaluated
            yield ev

    monkeypatch.setattr(training, "train", cancelled_after_the_last_batch)
    outcome = train_child._run(config, str(tmp_path / "m"), SimpleNamespace(send=lambda m: None),
                               stop, _watch(True), 1)
    assert outcome == RunCancelled()
    assert _files(tmp_path) == []


def test_a_model_that_appeared_during_the_run_is_kept_and_the_new_one_gets_its_own_name(
        config, tmp_path, exits):
    # The user did not confirm a replacement: another run (or a copy) that created the
    # same name while this one trained must not be replaced.
    first = train_child._run(config, str(tmp_path / "m"), SimpleNamespace(send=lambda m: None),
                             threading.Event(), _watch(True), 1)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    second = train_child._run(config, str(tmp_path / "m"), SimpleNamespace(send=lambda m: None),
                              threading.Event(), _watch(True), 1, False)
    assert isinstance(first, RunFinished) and isinstance(second, RunFinished)
    assert second.metadata["name"] == "m_2"
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name in before} == before
    assert "m_2.json" in _files(tmp_path)


def test_a_confirmed_replacement_replaces(config, tmp_path, exits):
    train_child._run(config, str(tmp_path / "m"), SimpleNamespace(send=lambda m: None),
                     threading.Event(), _watch(True), 1)
    outcome = train_child._run(config, str(tmp_path / "m"), SimpleNamespace(send=lambda m: None),
                               threading.Event(), _watch(True), 1, True)
    assert outcome.metadata["name"] == "m"
    assert sorted(p.name for p in tmp_path.glob("*.json")) == ["m.json"]
