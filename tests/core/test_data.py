import gzip
import struct

import numpy as np
import pytest

from ae_desktop.core import data
from ae_desktop.core.data import DatasetError, load_split, load_test, read_idx, resolve_data_dir


def _images(n=3, rows=28, cols=28, magic=0x803, count=None, extra=b""):
    body = np.arange(n * rows * cols, dtype=np.uint8).tobytes()
    return struct.pack(">IIII", magic, n if count is None else count, rows, cols) + body + extra


def _labels(n=3, count=None, values=None):
    vals = bytes(values if values is not None else [i % 10 for i in range(n)])
    return struct.pack(">II", 0x801, n if count is None else count) + vals


def test_reads_raw_and_gzip_identically(tmp_path):
    raw = tmp_path / "a-idx3-ubyte"
    raw.write_bytes(_images())
    gz = tmp_path / "b-idx3-ubyte.gz"
    gz.write_bytes(gzip.compress(_images()))
    a, b = read_idx(raw), read_idx(gz)
    assert a.shape == (3, 28, 28) and np.array_equal(a, b)


@pytest.mark.parametrize("payload,needle", [
    (b"", "empty"),
    (b"\x00\x00\x08", "too short"),
    (_images(magic=0x1234), "bad magic"),
    (_images()[:-10], "truncated"),
    (_images(count=5), "truncated"),
    (_images(extra=b"xx"), "trailing data"),
    (_images(rows=32, cols=32), "32x32"),
    (_labels(values=[1, 2, 12]), "out of range"),
    (bytes(np.random.default_rng(0).integers(0, 256, 5000, dtype=np.uint8)), "bad magic"),
])
def test_corrupt_files_raise_one_clear_error_naming_the_file(tmp_path, payload, needle):
    path = tmp_path / "broken-idx"
    path.write_bytes(payload)
    with pytest.raises(DatasetError) as info:
        read_idx(path)
    assert str(path) in str(info.value) and needle in str(info.value)


def test_corrupt_gzip_is_reported(tmp_path):
    path = tmp_path / "x.gz"
    path.write_bytes(gzip.compress(_images())[:40])
    with pytest.raises(DatasetError, match="gzip"):
        read_idx(path)


def test_split_with_mismatched_counts_is_rejected(tmp_path):
    (tmp_path / "t10k-images-idx3-ubyte").write_bytes(_images(n=3))
    (tmp_path / "t10k-labels-idx1-ubyte").write_bytes(_labels(n=4))
    with pytest.raises(DatasetError, match="3 images but"):
        load_split(tmp_path, "test")


def test_missing_training_set_explains_how_to_get_it(tmp_path):
    with pytest.raises(data.DatasetNotFoundError, match="ae-desktop download"):
        data.load_train(tmp_path)


def test_bundled_test_set_is_the_real_mnist_test_set():
    ds = load_test()
    assert ds.images.shape == (10_000, 28, 28) and ds.labels.shape == (10_000,)
    assert np.bincount(ds.labels).tolist()[:3] == [980, 1135, 1032]
    assert ds.labels[:5].tolist() == [7, 2, 1, 0, 4]


def test_full_training_set_loads(full_mnist_dir):
    ds = load_split(full_mnist_dir, "train")
    assert len(ds) == 60_000 and ds.labels[:3].tolist() == [5, 0, 4]


def test_data_dir_precedence(monkeypatch, tmp_path):
    monkeypatch.setenv("AE_DESKTOP_DATA", str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "cli") == tmp_path / "cli"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("AE_DESKTOP_DATA")
    assert resolve_data_dir(None) == data.user_data_dir()
