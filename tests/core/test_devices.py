"""Device choice: auto / cpu / cuda / mps, with a CPU fallback that says so."""

from __future__ import annotations

import pytest
import torch

from ae_desktop.cli import main
from ae_desktop.core.compute import devices
from ae_desktop.core.store.checkpoints import load_checkpoint
from ae_desktop.core.train.trainer import BatchProgress, TrainConfig, TrainingFinished, train


@pytest.fixture
def no_gpu(monkeypatch):
    monkeypatch.setattr(devices, "cuda_available", lambda: False)
    monkeypatch.setattr(devices, "mps_available", lambda: False)


def test_auto_picks_a_gpu_when_one_is_there(monkeypatch):
    monkeypatch.setattr(devices, "cuda_available", lambda: True)
    monkeypatch.setattr(devices, "mps_available", lambda: False)
    assert devices.resolve_device("auto") == devices.DeviceChoice("cuda")
    monkeypatch.setattr(devices, "cuda_available", lambda: False)
    monkeypatch.setattr(devices, "mps_available", lambda: True)
    assert devices.resolve_device("auto") == devices.DeviceChoice("mps")


@pytest.mark.parametrize("asked,why", [("cuda", "no CUDA GPU"), ("mps", "MPS is not")])
def test_a_missing_device_falls_back_to_the_cpu_and_says_why(no_gpu, asked, why):
    got = devices.resolve_device(asked)
    assert got.device == "cpu" and why in got.note and asked.upper() in got.note


def test_auto_and_cpu_on_a_machine_without_gpu_need_no_note(no_gpu):
    assert devices.resolve_device("auto") == devices.DeviceChoice("cpu", "")
    assert devices.resolve_device("cpu") == devices.DeviceChoice("cpu", "")


def test_an_unknown_device_is_refused_with_the_choices():
    with pytest.raises(ValueError, match="auto, cpu, cuda, mps"):
        devices.resolve_device("tpu")
    with pytest.raises(ValueError, match="device must be one of"):
        TrainConfig("dense_100", device="tpu").validate()


def test_training_reports_and_records_the_device_it_used(no_gpu, full_mnist_dir):
    cfg = TrainConfig("dense_100", epochs=1, limit=200, batch_size=100, val_limit=50,
                      final_eval=False, data_dir=str(full_mnist_dir), device="cuda")
    events = list(train(cfg))
    progress = [e for e in events if isinstance(e, BatchProgress)]
    assert {e.device for e in progress} == {"cpu"}
    assert "no CUDA GPU" in progress[0].device_note
    meta = next(e for e in events if isinstance(e, TrainingFinished)).result.metadata
    assert meta["training"]["device_used"] == "cpu"
    assert meta["training"]["device"] == "cuda"
    assert "--device cuda" in meta["training"]["command"]


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")
def test_training_on_cuda_gives_cpu_figures_of_the_same_quality(full_mnist_dir):
    cfg = TrainConfig("conv_upsampling", epochs=1, limit=2000, val_limit=500,
                      final_eval=False, data_dir=str(full_mnist_dir), device="cuda")
    meta = next(e for e in train(cfg) if isinstance(e, TrainingFinished)).result.metadata
    assert meta["training"]["device_used"] == "cuda"
    assert meta["metrics"]["bce"] < 0.3


def test_cli_device_flag_falls_back_with_a_message_and_saves(no_gpu, tmp_path, full_mnist_dir,
                                                            capsys):
    out = tmp_path / "on_cpu"
    assert main(["train", "dense_100", "--epochs", "1", "--limit", "200", "--device", "cuda",
                 "--data-dir", str(full_mnist_dir), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "CUDA was asked for but no CUDA GPU is available; using the CPU" in err
    assert "training on cpu" in err
    assert load_checkpoint(out).metadata["training"]["device_used"] == "cpu"
