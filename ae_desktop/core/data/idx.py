"""MNIST-format datasets: strict IDX reader, dataset locations, the bundled test set."""

from __future__ import annotations

import gzip
import os
import stat
import struct
import zlib
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np
import platformdirs

from .. import reasons as R
from ..reasons import Reason

IMAGES_MAGIC = 0x00000803
LABELS_MAGIC = 0x00000801

SPLIT_FILES = {
    "train": ("train-images-idx3-ubyte", "train-labels-idx1-ubyte"),
    "test": ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"),
}
SPLIT_COUNTS = {"train": 60_000, "test": 10_000}

# Bounded reads: an IDX file may declare at most MAX_ITEMS images or labels (MNIST has
# 70,000, EMNIST's largest split about 700,000), and no file may be larger than the raw
# file of that many images; gzip data is decompressed only up to the declared size.
MAX_ITEMS = 1_000_000
MAX_FILE_BYTES = 16 + MAX_ITEMS * 28 * 28  # 784 MB
_CHUNK = 1 << 20

DATA_ENV_VAR = "AE_DESKTOP_DATA"
RESOURCES_DIR = Path(__file__).resolve().parents[3] / "resources"
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


def size_text(n: int) -> str:
    """A byte count for messages: ``7.8 MB``, ``4.5 kB``, ``18 bytes``."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return Reason(R.SIZE_BYTES, n=n)


def _declared(head: bytes, name: str) -> tuple[int, Reason]:
    """``(total bytes, "N images")`` that an IDX header promises; raises on a bad header.

    ``head`` holds the first 8 bytes (16 for images) of the decompressed file.
    """
    magic, count = struct.unpack(">II", head[:8])
    if magic == IMAGES_MAGIC:
        if len(head) < 16:
            raise DatasetError(Reason(R.IDX_IMAGE_HEADER_SHORT, name=name, n=len(head)))
        rows, cols = struct.unpack(">II", head[8:16])
        if (rows, cols) != (28, 28):
            raise DatasetError(Reason(R.IDX_NOT_28, name=name, rows=rows, cols=cols))
        what, total = Reason(R.IDX_N_IMAGES, n=count), 16 + count * rows * cols
    elif magic == LABELS_MAGIC:
        what, total = Reason(R.IDX_N_LABELS, n=count), 8 + count
    else:
        raise DatasetError(Reason(R.IDX_BAD_MAGIC, name=name, magic=f"0x{magic:08x}",
                                  images=f"0x{IMAGES_MAGIC:08x}", labels=f"0x{LABELS_MAGIC:08x}"))
    if count > MAX_ITEMS:
        raise DatasetError(Reason(R.IDX_TOO_MANY_ITEMS, name=name, what=what, limit=MAX_ITEMS))
    return total, what


def _length_error(name: str, what: str, total: int, actual: int | None) -> DatasetError:
    has = Reason(R.IDX_MORE) if actual is None else Reason(R.SIZE_BYTES, n=actual)
    kind = Reason(R.IDX_TRUNCATED if actual is not None and actual < total
                  else R.IDX_TRAILING_DATA)
    return DatasetError(Reason(R.IDX_LENGTH, name=name, what=what, total=total, has=has,
                               kind=kind))


def read_idx_stream(fh: BinaryIO, name: str, *, size: int | None = None,
                    max_bytes: int = MAX_FILE_BYTES) -> bytearray:
    """The decompressed bytes of one IDX file, never reading more than its header declares.

    ``fh`` is a seekable binary file positioned at the start of a raw or
    gzip-compressed IDX file. The header is read first; the body is then read
    (and decompressed) only up to the size the header declares, plus one byte
    to detect excess, so a small file that would expand to gigabytes is refused
    after that size. ``size`` is the file's length when known (a raw file is
    then checked against its header before its body is read); ``max_bytes``
    caps the size a header may declare. A short result (truncated file) is left
    for :func:`parse_idx` to report.
    """
    magic2 = fh.read(2)
    fh.seek(-len(magic2), os.SEEK_CUR)
    gzipped = magic2 == b"\x1f\x8b"
    try:
        with gzip.GzipFile(fileobj=fh, mode="rb") if gzipped else nullcontext(fh) as stream:
            return _read_declared(stream, name, gzipped, size, max_bytes)
    except (OSError, EOFError, zlib.error) as exc:
        kind = Reason(R.IDX_CORRUPT_GZIP if gzipped else R.IDX_CANNOT_READ)
        raise DatasetError(Reason(R.IDX_READ_PROBLEM, name=name, kind=kind,
                                  error=str(exc))) from None


def _read_declared(stream: BinaryIO, name: str, gzipped: bool, size: int | None,
                   max_bytes: int) -> bytearray:
    head = stream.read(8)
    if len(head) == 8 and head[:4] == struct.pack(">I", IMAGES_MAGIC):
        head += stream.read(8)
    if len(head) < 8:
        return bytearray(head)  # parse_idx names the problem
    total, what = _declared(head, name)
    if total > max_bytes:
        raise DatasetError(Reason(R.IDX_DECLARES_TOO_MUCH, name=name, what=what,
                                  size=size_text(total), limit=size_text(max_bytes)))
    if not gzipped and size is not None and size != total:
        raise _length_error(name, what, total, size)
    buf = bytearray(total + 1)  # one byte more than declared, to detect excess
    buf[:len(head)] = head
    n = len(head)
    while n < len(buf):
        chunk = stream.read(min(_CHUNK, len(buf) - n))
        if not chunk:
            break
        buf[n:n + len(chunk)] = chunk
        n += len(chunk)
    if n > total:
        if gzipped:
            raise DatasetError(Reason(R.IDX_DECOMPRESSES_MORE, name=name, what=what,
                                      size=size_text(total)))
        raise _length_error(name, what, total, None)
    del buf[n:]
    return buf


def _read_bytes(path: Path) -> bytearray:
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            raise DatasetError(Reason(R.IDX_IS_FOLDER, name=str(path)))
        if not stat.S_ISREG(st.st_mode):
            raise DatasetError(Reason(R.IDX_NOT_REGULAR, name=str(path)))
        if st.st_size > MAX_FILE_BYTES:
            raise DatasetError(Reason(R.IDX_FILE_TOO_LARGE, name=str(path),
                                      size=size_text(st.st_size),
                                      limit=size_text(MAX_FILE_BYTES), items=MAX_ITEMS))
        with open(path, "rb") as fh:
            return read_idx_stream(fh, str(path), size=st.st_size)
    except FileNotFoundError:
        raise DatasetNotFoundError(Reason(R.FILE_NOT_FOUND, name=str(path))) from None
    except OSError as exc:
        raise DatasetError(Reason(R.CANNOT_READ_FILE, name=str(path),
                                  error=exc.strerror or str(exc))) from None


def parse_idx(data: bytes | bytearray, name: str = "<bytes>") -> np.ndarray:
    """Parse decompressed IDX bytes of MNIST images or labels, validating everything."""
    if len(data) == 0:
        raise DatasetError(Reason(R.IDX_EMPTY, name=name))
    if len(data) < 8:
        raise DatasetError(Reason(R.IDX_HEADER_SHORT, name=name, n=len(data)))
    total, what = _declared(bytes(data[:16]), name)
    if len(data) != total:
        raise _length_error(name, what, total, len(data))
    if data[:4] == struct.pack(">I", IMAGES_MAGIC):
        arr = np.frombuffer(data, dtype=np.uint8, offset=16).reshape(-1, 28, 28)
    else:
        arr = np.frombuffer(data, dtype=np.uint8, offset=8)
        if arr.size and arr.max() > 9:
            raise DatasetError(Reason(R.IDX_LABEL_RANGE, name=name, label=int(arr.max())))
    arr.flags.writeable = False  # datasets are shared (the bundled test set is cached)
    return arr


def read_idx(path: str | os.PathLike) -> np.ndarray:
    """Read one IDX file (gzip-compressed or raw) with full validation and bounded memory."""
    path = Path(path)
    return parse_idx(_read_bytes(path), str(path))


def _find_file(folder: Path, stem: str) -> Path:
    for candidate in (folder / stem, folder / f"{stem}.gz"):
        if candidate.is_file():
            return candidate
    raise DatasetNotFoundError(Reason(R.FILE_NOT_FOUND, name=f"{folder / stem}[.gz]"))


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
        raise ValueError(Reason(R.IDX_UNKNOWN_SPLIT, split=repr(split)))
    folder = Path(folder)
    img_stem, lbl_stem = SPLIT_FILES[split]
    img_path, lbl_path = _find_file(folder, img_stem), _find_file(folder, lbl_stem)
    images, labels = read_idx(img_path), read_idx(lbl_path)
    if images.ndim != 3:
        raise DatasetError(Reason(R.IDX_LABELS_NOT_IMAGES, name=str(img_path)))
    if labels.ndim != 1:
        raise DatasetError(Reason(R.IDX_IMAGES_NOT_LABELS, name=str(lbl_path)))
    if len(images) != len(labels):
        raise DatasetError(Reason(R.IDX_COUNTS_DIFFER, name=str(img_path), images=len(images),
                                  labels_file=lbl_path.name, labels=len(labels)))
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
        raise DatasetNotFoundError(Reason(R.TRAINING_SET_NOT_FOUND, folder=str(folder),
                                          reason=str(exc), variable=DATA_ENV_VAR)) from None


_bundled_test: Dataset | None = None


def load_test(data_dir: str | os.PathLike | None = None) -> Dataset:
    """The 10,000-digit test set: from ``data_dir`` if given, else the bundled copy."""
    global _bundled_test
    if data_dir:
        return load_split(Path(data_dir).expanduser(), "test")
    if _bundled_test is None:
        _bundled_test = load_split(BUNDLED_MNIST_DIR, "test")
    return _bundled_test
