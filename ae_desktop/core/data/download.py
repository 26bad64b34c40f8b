"""Download MNIST-format datasets from public mirrors, verified and written atomically."""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .. import reasons as R
from ..reasons import Reason, join
from ..store.atomic import atomic_write_bytes
from .idx import DatasetError, parse_idx, read_idx_stream, size_text


@dataclass(frozen=True)
class RemoteFile:
    name: str  # file name without .gz
    sha256: str | None = None  # of the decompressed bytes
    gz_md5: str | None = None  # of the .gz as published (when no sha256 is known)
    raw_size: int = 0  # decompressed bytes, 0 if unknown; bounds the transfer

    @property
    def max_transfer(self) -> int:
        """The most bytes a mirror may send for this file, compressed or not."""
        if not self.raw_size:
            return MAX_DOWNLOAD_BYTES
        # A mirror may serve the file uncompressed; gzip grows incompressible data by
        # 5 bytes per 64 kB at most. The margin covers both with room to spare.
        return min(MAX_DOWNLOAD_BYTES, self.raw_size + self.raw_size // 100 + 64 * 1024)


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
    ),
    (
        RemoteFile(
            "train-images-idx3-ubyte",
            "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
            raw_size=47_040_016,
        ),
        RemoteFile(
            "train-labels-idx1-ubyte",
            "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
            raw_size=60_008,
        ),
        RemoteFile(
            "t10k-images-idx3-ubyte",
            "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
            raw_size=7_840_016,
        ),
        RemoteFile(
            "t10k-labels-idx1-ubyte",
            "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
            raw_size=10_008,
        ),
    ),
)

# Zalando publishes MD5 sums of the .gz files only; the decompressed bytes are
# additionally validated as IDX. Zalando's own mirror is plain http (an S3 website
# endpoint has no https): the published MD5s, not the transport, protect the user.
FASHION_MNIST = RemoteDataset(
    "fashion-mnist",
    ("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",),
    (
        RemoteFile("train-images-idx3-ubyte", gz_md5="8d4fb7e6c68d591d4c3dfef9ec88bf0d",
                   raw_size=47_040_016),
        RemoteFile("train-labels-idx1-ubyte", gz_md5="25c81989df183df01b3e8a0aad5dffbe",
                   raw_size=60_008),
        RemoteFile("t10k-images-idx3-ubyte", gz_md5="bef4ecab320f06d8554ea6380940ec79",
                   raw_size=7_840_016),
        RemoteFile("t10k-labels-idx1-ubyte", gz_md5="bb300cfdad3c16e7a12a480ee83cd310",
                   raw_size=10_008),
    ),
)

DATASETS = {d.name: d for d in (MNIST, FASHION_MNIST)}

# Comma-separated base URLs used *instead of* the built-in mirrors (a local or
# company mirror; tests point it at 127.0.0.1). Files are checked all the same.
MIRRORS_ENV_VAR = "AE_DESKTOP_MIRRORS"
MNIST_MIRRORS_ENV_VAR = "AE_DESKTOP_MNIST_MIRRORS"  # older name, MNIST only; still honoured
# No file of a known dataset comes near this; it bounds files of unknown size.
MAX_DOWNLOAD_BYTES = 100_000_000

# progress(file_name, bytes_done, bytes_total or None)
ProgressCallback = Callable[[str, int, int | None], None]


class DownloadError(DatasetError):
    """No mirror delivered a verified copy of a file."""


class DownloadCancelled(Exception):
    """The caller asked to stop."""


def _fetch(url: str, progress: ProgressCallback | None, name: str,
           should_stop: Callable[[], bool] | None, timeout: float, limit: int) -> bytes:
    """The body at ``url``; never holds more than ``limit`` bytes, whatever the server says."""
    with urllib.request.urlopen(url, timeout=timeout) as response:
        total = response.headers.get("Content-Length")
        total_n = int(total) if total and total.isdigit() else None
        if total_n is not None and total_n > limit:
            raise OSError(Reason(R.DOWNLOAD_ANNOUNCED_TOO_LARGE, size=size_text(total_n),
                                 limit=size_text(limit)))
        body = bytearray()
        while True:
            if should_stop is not None and should_stop():
                raise DownloadCancelled()
            chunk = response.read(min(64 * 1024, limit + 1 - len(body)))
            if not chunk:
                break
            body += chunk
            if len(body) > limit:
                raise OSError(Reason(R.DOWNLOAD_SENT_TOO_MUCH, limit=size_text(limit), name=name))
            if progress is not None:
                progress(name, len(body), total_n)
        if total_n is not None and len(body) != total_n:
            raise OSError(Reason(R.DOWNLOAD_INTERRUPTED, done=len(body), total=total_n))
        return bytes(body)


def _verify(remote: RemoteFile, payload: bytes) -> bytearray:
    """Return the decompressed bytes if they match the known checksum, else raise.

    Decompression stops at the size the IDX header declares, which may not exceed
    the file's known size: a small payload cannot expand into gigabytes.
    """
    if remote.gz_md5 is not None and hashlib.md5(payload).hexdigest() != remote.gz_md5:
        raise ValueError(Reason(R.DOWNLOAD_MD5))
    limit = remote.raw_size or MAX_DOWNLOAD_BYTES
    raw = read_idx_stream(io.BytesIO(payload), remote.name, max_bytes=limit)
    if remote.sha256 is not None and hashlib.sha256(raw).hexdigest() != remote.sha256:
        raise ValueError(Reason(R.DOWNLOAD_SHA256))
    parse_idx(raw, remote.name)  # structure check as well
    return raw


def _mirrors_from_env(dataset: str) -> tuple[str, ...] | None:
    for var in ((MNIST_MIRRORS_ENV_VAR,) if dataset == "mnist" else ()) + (MIRRORS_ENV_VAR,):
        value = os.environ.get(var, "")
        mirrors = tuple(m.strip() for m in value.split(",") if m.strip())
        if mirrors:
            return mirrors
    return None


def _local_copy_ok(remote: RemoteFile, target: Path) -> bool:
    """Whether ``target`` already holds a verified copy (read only if its size is plausible)."""
    if remote.sha256 is None:
        return False
    try:
        if target.stat().st_size > remote.max_transfer:
            return False
        _verify(remote, target.read_bytes())
    except (OSError, ValueError):
        return False
    return True


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
        raise DownloadError(Reason(R.DOWNLOAD_UNKNOWN_DATASET, name=repr(dataset),
                                   choices=", ".join(DATASETS)))
    mirrors = mirrors or _mirrors_from_env(dataset) or spec.mirrors
    dest = Path(dest)
    prefixes = {"train": "train-", "test": "t10k-"}
    wanted = [f for f in spec.files if any(f.name.startswith(prefixes[s]) for s in splits)]
    written: list[Path] = []
    for remote in wanted:
        target = dest / f"{remote.name}.gz"
        if _local_copy_ok(remote, target):
            written.append(target)
            continue  # otherwise a missing or damaged copy is replaced
        errors = []
        for base in mirrors:
            url = base.rstrip("/") + f"/{remote.name}.gz"
            try:
                payload = _fetch(url, progress, remote.name, should_stop, timeout,
                                 remote.max_transfer)
                raw = _verify(remote, payload)
            except DownloadCancelled:
                raise
            except (urllib.error.URLError, OSError, ValueError, DatasetError) as exc:
                reason = getattr(exc, "reason", None) or exc
                errors.append(Reason(R.DOWNLOAD_MIRROR_FAILED, url=url, reason=str(reason)))
                continue
            atomic_write_bytes(target, gzip.compress(raw, compresslevel=6, mtime=0))
            written.append(target)
            break
        else:
            raise DownloadError(Reason(R.DOWNLOAD_FAILED, name=remote.name, errors=join(errors),
                                       folder=str(dest)))
    return written
