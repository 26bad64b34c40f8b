"""Shared test setup: headless Qt, quiet torch threads, where MNIST is."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
# Read once, before the per-test isolation below removes it from the environment.
MNIST_DIR = Path(os.environ.get("AE_DESKTOP_DATA") or ROOT.parent / "shared" / "datasets" / "mnist")


@pytest.fixture(scope="session")
def full_mnist_dir() -> Path:
    """The full MNIST (train + test): $AE_DESKTOP_DATA or ../shared/datasets/mnist."""
    if not any((MNIST_DIR / f).exists() for f in
               ("train-images-idx3-ubyte.gz", "train-images-idx3-ubyte")):
        pytest.fail(f"MNIST training files not found in {MNIST_DIR}; set AE_DESKTOP_DATA")
    return MNIST_DIR


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Never read or write the real per-user folders or settings from tests."""
    base = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("AE_DESKTOP_MODELS", str(base / "models"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    monkeypatch.delenv("AE_DESKTOP_DATA", raising=False)
    yield base
