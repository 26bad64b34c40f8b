"""load_models: one bad checkpoint never hides the others, whatever goes wrong with it."""

import json
import shutil

import pytest

from ae_desktop.core.store import zoo
from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR
from ae_desktop.core.store.zoo import load_models


@pytest.fixture
def folder(tmp_path):
    for name in ("conv_selu", "dense_100", "vae_2d"):
        for suffix in (".json", ".safetensors"):
            shutil.copy(SHIPPED_MODELS_DIR / f"{name}{suffix}", tmp_path / f"{name}{suffix}")
    return tmp_path


@pytest.mark.parametrize("exc,reason", [
    (KeyError("format"), "unexpected error: KeyError: 'format'"),
    (RecursionError("maximum recursion depth exceeded"), "unexpected error: RecursionError"),
    (MemoryError(), "not enough memory to load this model"),
])
def test_an_unexpected_failure_is_reported_and_the_rest_load(folder, monkeypatch, exc, reason):
    real = zoo.load_checkpoint

    def flaky(path):
        if "dense_100" in str(path):
            raise exc
        return real(path)

    monkeypatch.setattr(zoo, "load_checkpoint", flaky)
    report = load_models([folder])
    assert sorted(m.name for m in report.models) == ["conv_selu", "vae_2d"]
    [failure] = report.failures
    assert failure.path == folder / "dense_100.json" and reason in failure.reason
    assert report.errors == [f"{folder / 'dense_100.json'}: {failure.reason}"]


def test_metadata_the_window_would_choke_on_is_reported_not_loaded(folder):
    meta = json.loads((folder / "vae_2d.json").read_text())
    meta["metrics"] = 5  # ModelInfo does dict(meta["metrics"])
    (folder / "vae_2d.json").write_text(json.dumps(meta))
    report = load_models([folder])
    assert sorted(m.name for m in report.models) == ["conv_selu", "dense_100"]
    assert [str(f.path) for f in report.failures] == [str(folder / "vae_2d.json")]
    assert "metrics must be an object" in report.failures[0].reason


def test_a_model_whose_weights_file_is_missing_is_reported(folder):
    (folder / "conv_selu.safetensors").unlink()
    report = load_models([folder])
    assert sorted(m.name for m in report.models) == ["dense_100", "vae_2d"]
    assert report.failures[0].reason == "weights file not found"


def test_a_failing_tidy_up_does_not_stop_loading(folder, monkeypatch):
    def broken(_folder):
        raise PermissionError("read-only")

    monkeypatch.setattr(zoo, "clean_model_folder", broken)
    assert len(load_models([folder]).models) == 3
