"""MNIST-format datasets: strict IDX reader, dataset locations, the bundled test set."""

from __future__ import annotations

import gzip
import os
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import platformdirs

IMAGES_MAGIC = 0x00000803
LABELS_MAGIC = 0x00000801

SPLIT_FILES = {
    "train": ("train-images-idx3-ubyte", "train-labels-idx1-ubyte"),
    "test": ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"),
}
SPLIT_COUNTS = {"train": 60_000, "test": 10_000}

DATA_ENV_VAR = "AE_DESKTOP_DATA"
RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"
BUNDLED_MNIST_DIR = RESOURCES_DIR / "mnist"


class DatasetError(ValueError):
    """A dataset file is missing, unreadable or not valid IDX data."""


class DatasetNotFoundError(DatasetError):
    """No copy of the requested split exists in the searched folder."""


@dataclass(frozen=True)
class Dataset:
    """Images as uint8 ``(N, 28, 28)`` and labels as uint8 ``(N,)``."""

    images: np.ndarray
    labels: np.ndarray
    source: str

    def __len__(self) -> int:
        return len(self.labels)

    def float_images(self) -> np.ndarray:
        """Images as float32 ``(N, 1, 28, 28)`` in [0, 1]."""
        return (self.images.astype(np.float32) / 255.0)[:, None, :, :]


def _read_bytes(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DatasetNotFoundError(f"{path}: file not found") from None
    except OSError as exc:
        raise DatasetError(f"{path}: cannot read file ({exc.strerror or exc})") from None
    if raw[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(raw)
        except (OSError, EOFError, zlib.error) as exc:
            raise DatasetError(f"{path}: corrupt gzip data ({exc})") from None
    return raw


def parse_idx(data: bytes, name: str = "<bytes>") -> np.ndarray:
    """Parse decompressed IDX bytes of MNIST images or labels, validating everything."""
    if len(data) == 0:
        raise DatasetError(f"{name}: file is empty")
    if len(data) < 8:
        raise DatasetError(f"{name}: file too short for an IDX header ({len(data)} bytes)")
    magic, count = struct.unpack(">II", data[:8])
    if magic == IMAGES_MAGIC:
        if len(data) < 16:
            raise DatasetError(f"{name}: image file too short for its header ({len(data)} bytes)")
        rows, cols = struct.unpack(">II", data[8:16])
        if (rows, cols) != (28, 28):
            raise DatasetError(f"{name}: images are {rows}x{cols}, expected 28x28")
        expected = 16 + count * rows * cols
        if len(data) != expected:
            raise DatasetError(
                f"{name}: header says {count} images ({expected} bytes) but the file has "
                f"{len(data)} bytes ({'truncated' if len(data) < expected else 'trailing data'})"
            )
        return np.frombuffer(data, dtype=np.uint8, offset=16).reshape(count, rows, cols)
    if magic == LABELS_MAGIC:
        expected = 8 + count
        if len(data) != expected:
            raise DatasetError(
                f"{name}: header says {count} labels ({expected} bytes) but the file has "
                f"{len(data)} bytes ({'truncated' if len(data) < expected else 'trailing data'})"
            )
        labels = np.frombuffer(data, dtype=np.uint8, offset=8)
        if labels.size and labels.max() > 9:
            raise DatasetError(f"{name}: label {int(labels.max())} is out of range 0-9")
        return labels
    raise DatasetError(
        f"{name}: bad magic number 0x{magic:08x} (expected 0x{IMAGES_MAGIC:08x} for images "
        f"or 0x{LABELS_MAGIC:08x} for labels); not an MNIST IDX file"
    )


def read_idx(path: str | os.PathLike) -> np.ndarray:
    """Read one IDX file (gzip-compressed or raw) with full validation."""
    path = Path(path)
    return parse_idx(_read_bytes(path), str(path))


def _find_file(folder: Path, stem: str) -> Path:
    for candidate in (folder / stem, folder / f"{stem}.gz"):
        if candidate.is_file():
            return candidate
    raise DatasetNotFoundError(f"{folder / stem}[.gz]: file not found")


def split_present(folder: str | os.PathLike, split: str) -> bool:
    """Whether both files of ``split`` exist in ``folder`` (not validated)."""
    try:
        for stem in SPLIT_FILES[split]:
            _find_file(Path(folder), stem)
    except DatasetNotFoundError:
        return False
    return True


def load_split(folder: str | os.PathLike, split: str) -> Dataset:
    """Load and cross-check the images and labels of ``split`` from ``folder``."""
    if split not in SPLIT_FILES:
        raise ValueError(f"unknown split {split!r}; use 'train' or 'test'")
    folder = Path(folder)
    img_stem, lbl_stem = SPLIT_FILES[split]
    img_path, lbl_path = _find_file(folder, img_stem), _find_file(folder, lbl_stem)
    images, labels = read_idx(img_path), read_idx(lbl_path)
    if images.ndim != 3:
        raise DatasetError(f"{img_path}: holds labels, not images")
    if labels.ndim != 1:
        raise DatasetError(f"{lbl_path}: holds images, not labels")
    if len(images) != len(labels):
        raise DatasetError(
            f"{img_path}: {len(images)} images but {lbl_path.name} has {len(labels)} labels"
        )
    return Dataset(images, labels, str(folder))


def user_data_dir() -> Path:
    """Per-user folder where downloaded datasets live."""
    return Path(platformdirs.user_data_dir("ae-desktop", appauthor=False)) / "datasets" / "mnist"


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """Dataset folder: ``explicit``, else ``$AE_DESKTOP_DATA``, else the per-user folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DATA_ENV_VAR)
    if env:
        return Path(env).expanduser()
    return user_data_dir()


def load_train(data_dir: str | os.PathLike | None = None) -> Dataset:
    """The 60,000-digit training set from the resolved data folder."""
    folder = resolve_data_dir(data_dir)
    try:
        return load_split(folder, "train")
    except DatasetNotFoundError as exc:
        raise DatasetNotFoundError(
            f"MNIST training set not found in {folder} ({exc}). Download it with "
            f"'ae-desktop download' or point --data-dir / {DATA_ENV_VAR} at a folder "
            "holding the IDX files."
        ) from None


_bundled_test: Dataset | None = None


def load_test(data_dir: str | os.PathLike | None = None) -> Dataset:
    """The 10,000-digit test set: from ``data_dir`` if given, else the bundled copy."""
    global _bundled_test
    if data_dir:
        return load_split(Path(data_dir).expanduser(), "test")
    if _bundled_test is None:
        _bundled_test = load_split(BUNDLED_MNIST_DIR, "test")
    return _bundled_test
