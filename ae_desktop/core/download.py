"""Download MNIST-format datasets from public mirrors, verified and written atomically."""

from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .data import DatasetError, parse_idx


@dataclass(frozen=True)
class RemoteFile:
    name: str  # file name without .gz
    sha256: str | None = None  # of the decompressed bytes
    gz_md5: str | None = None  # of the .gz as published (when no sha256 is known)


@dataclass(frozen=True)
class RemoteDataset:
    name: str
    mirrors: tuple[str, ...]
    files: tuple[RemoteFile, ...]


MNIST = RemoteDataset(
    "mnist",
    (
        "https://ossci-datasets.s3.amazonaws.com/mnist/",
        "https://storage.googleapis.com/cvdf-datasets/mnist/",
        "http://yann.lecun.com/exdb/mnist/",
    ),
    (
        RemoteFile(
            "train-images-idx3-ubyte",
            "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
        ),
        RemoteFile(
            "train-labels-idx1-ubyte",
            "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
        ),
        RemoteFile(
            "t10k-images-idx3-ubyte",
            "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
        ),
        RemoteFile(
            "t10k-labels-idx1-ubyte",
            "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
        ),
    ),
)

# Zalando publishes MD5 sums of the .gz files only; the decompressed bytes are
# additionally validated as IDX.
FASHION_MNIST = RemoteDataset(
    "fashion-mnist",
    ("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",),
    (
        RemoteFile("train-images-idx3-ubyte", gz_md5="8d4fb7e6c68d591d4c3dfef9ec88bf0d"),
        RemoteFile("train-labels-idx1-ubyte", gz_md5="25c81989df183df01b3e8a0aad5dffbe"),
        RemoteFile("t10k-images-idx3-ubyte", gz_md5="bef4ecab320f06d8554ea6380940ec79"),
        RemoteFile("t10k-labels-idx1-ubyte", gz_md5="bb300cfdad3c16e7a12a480ee83cd310"),
    ),
)

DATASETS = {d.name: d for d in (MNIST, FASHION_MNIST)}
MIRRORS_ENV_VAR = "AE_DESKTOP_MNIST_MIRRORS"  # comma-separated base URLs tried first

# progress(file_name, bytes_done, bytes_total or None)
ProgressCallback = Callable[[str, int, int | None], None]


class DownloadError(DatasetError):
    """No mirror delivered a verified copy of a file."""


class DownloadCancelled(Exception):
    """The caller asked to stop."""


def _fetch(url: str, progress: ProgressCallback | None, name: str,
           should_stop: Callable[[], bool] | None, timeout: float) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        total = response.headers.get("Content-Length")
        total_n = int(total) if total and total.isdigit() else None
        chunks, done = [], 0
        while True:
            if should_stop is not None and should_stop():
                raise DownloadCancelled()
            chunk = response.read(64 * 1024)
            if not chunk:
                break
            chunks.append(chunk)
            done += len(chunk)
            if progress is not None:
                progress(name, done, total_n)
        if total_n is not None and done != total_n:
            raise OSError(f"transfer interrupted after {done} of {total_n} bytes")
        return b"".join(chunks)


def _verify(remote: RemoteFile, payload: bytes) -> bytes:
    """Return the decompressed bytes if they match the known checksum, else raise."""
    if remote.gz_md5 is not None and hashlib.md5(payload).hexdigest() != remote.gz_md5:
        raise ValueError("MD5 of the .gz does not match the published value")
    try:
        raw = gzip.decompress(payload) if payload[:2] == b"\x1f\x8b" else payload
    except (OSError, EOFError, zlib.error) as exc:
        raise ValueError(f"corrupt gzip data ({exc})") from None
    if remote.sha256 is not None and hashlib.sha256(raw).hexdigest() != remote.sha256:
        raise ValueError("SHA-256 of the decompressed data does not match the known value")
    parse_idx(raw, remote.name)  # structure check as well
    return raw


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def download_dataset(
    dest: str | os.PathLike,
    dataset: str = "mnist",
    *,
    splits: tuple[str, ...] = ("train", "test"),
    mirrors: tuple[str, ...] | None = None,
    progress: ProgressCallback | None = None,
    should_stop: Callable[[], bool] | None = None,
    timeout: float = 30.0,
) -> list[Path]:
    """Download the files of ``dataset`` into ``dest`` and return their paths.

    Each file is fetched from the mirrors in order until one delivers bytes that
    pass verification; it is written gzip-compressed via a temporary file and a
    rename, so a failed or interrupted download never leaves a valid-looking file.
    Files already present and valid are kept.
    """
    spec = DATASETS.get(dataset)
    if spec is None:
        raise DownloadError(f"unknown dataset {dataset!r}; choose one of: {', '.join(DATASETS)}")
    env = os.environ.get(MIRRORS_ENV_VAR) if dataset == "mnist" else None
    mirrors = mirrors or (tuple(m for m in env.split(",") if m) if env else spec.mirrors)
    dest = Path(dest)
    prefixes = {"train": "train-", "test": "t10k-"}
    wanted = [f for f in spec.files if any(f.name.startswith(prefixes[s]) for s in splits)]
    written: list[Path] = []
    for remote in wanted:
        target = dest / f"{remote.name}.gz"
        if target.is_file() and remote.sha256 is not None:
            try:
                _verify(remote, target.read_bytes())
                written.append(target)
                continue
            except (ValueError, DatasetError):
                pass  # replace a damaged copy
        errors = []
        for base in mirrors:
            url = base.rstrip("/") + f"/{remote.name}.gz"
            try:
                payload = _fetch(url, progress, remote.name, should_stop, timeout)
                raw = _verify(remote, payload)
            except DownloadCancelled:
                raise
            except (urllib.error.URLError, OSError, ValueError, DatasetError) as exc:
                reason = getattr(exc, "reason", None) or exc
                errors.append(f"{url}: {reason}")
                continue
            _atomic_write(target, gzip.compress(raw, compresslevel=6, mtime=0))
            written.append(target)
            break
        else:
            raise DownloadError(
                f"could not download {remote.name}: " + "; ".join(errors)
                + ". Check the internet connection, or copy the IDX files into "
                f"{dest} by hand."
            )
    return written
