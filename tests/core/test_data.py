import gzip
import struct
import time
import tracemalloc
import zlib

import numpy as np
import pytest

from ae_desktop.core.data import idx as data
from ae_desktop.core.data.idx import DatasetError, load_split, load_test, read_idx, resolve_data_dir


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


# -- bounded reads -------------------------------------------------------------------------

def _deflate_bomb(head: bytes, zeros: int, block: int = 16 << 20) -> bytes:
    """A valid gzip file of ``head`` + ``zeros`` zero bytes, built in ~0.1 s (3 GB -> ~3 MB)."""
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    out = [b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", co.compress(head), co.flush(zlib.Z_FULL_FLUSH)]
    # After a full flush the compressor starts afresh, so one compressed block of
    # zeros can be repeated as often as needed.
    one = co.compress(bytes(block)) + co.flush(zlib.Z_FULL_FLUSH)
    crc, zero_block = zlib.crc32(head), bytes(block)
    for _ in range(zeros // block):
        out.append(one)
        crc = zlib.crc32(zero_block, crc)
    out.append(co.flush(zlib.Z_FINISH))
    out.append(struct.pack("<II", crc, (len(head) + zeros // block * block) & 0xFFFFFFFF))
    return b"".join(out)


def test_gzip_bomb_stops_after_the_size_its_header_declares(tmp_path):
    # 10,000 images declared (7.8 MB), followed by 3 GB of zeros: ~3 MB on disk.
    path = tmp_path / "t10k-images-idx3-ubyte.gz"
    path.write_bytes(_deflate_bomb(struct.pack(">IIII", 0x803, 10_000, 28, 28), 3 << 30))
    assert path.stat().st_size < 4_000_000
    tracemalloc.start()
    t0 = time.perf_counter()
    try:
        with pytest.raises(DatasetError) as info:
            read_idx(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    elapsed = time.perf_counter() - t0
    msg = str(info.value)
    assert str(path) in msg and "declares 10000 images (7.8 MB)" in msg
    assert "decompresses to more" in msg and "\n" not in msg
    # Stopped at about the declared size: a full decompression holds 3 GB.
    assert peak < 3 * 7_840_016, f"peak memory {peak / 1e6:.0f} MB"
    assert elapsed < 10


def test_gzip_labels_with_more_data_than_declared_are_refused(tmp_path):
    path = tmp_path / "t10k-labels-idx1-ubyte.gz"
    path.write_bytes(_deflate_bomb(struct.pack(">II", 0x801, 10), 64 << 20, block=1 << 20))
    with pytest.raises(DatasetError, match=r"declares 10 labels \(18 bytes\) but decompresses to more"):
        read_idx(path)


@pytest.mark.parametrize("compress", [False, True])
def test_a_declared_count_above_the_limit_is_refused_before_reading(tmp_path, compress):
    head = struct.pack(">IIII", 0x803, 2_000_000, 28, 28)
    path = tmp_path / "huge-idx3-ubyte"
    path.write_bytes(gzip.compress(head) if compress else head)
    with pytest.raises(DatasetError, match="declares 2000000 images; the limit is 1,000,000"):
        read_idx(path)


def test_an_oversized_raw_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "train-images-idx3-ubyte"
    with open(path, "wb") as fh:  # sparse: 900 MB that take no disk space
        fh.write(struct.pack(">IIII", 0x803, 1_000_000, 28, 28))
        fh.truncate(900_000_000)
    tracemalloc.start()
    try:
        with pytest.raises(DatasetError, match=r"900\.0 MB.*limit is 784\.0 MB"):
            read_idx(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000


def test_a_raw_file_whose_size_disagrees_with_its_header_is_refused_before_reading(tmp_path):
    path = tmp_path / "train-images-idx3-ubyte"
    with open(path, "wb") as fh:  # header says 10 images; 500 MB follow (sparse)
        fh.write(struct.pack(">IIII", 0x803, 10, 28, 28))
        fh.truncate(500_000_000)
    tracemalloc.start()
    try:
        with pytest.raises(DatasetError, match="trailing data"):
            read_idx(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000


def test_loaded_datasets_are_read_only(tmp_path):
    # The bundled test set is cached and shared: no caller may change it in place.
    ds = load_test()
    for arr in (ds.images, ds.labels):
        with pytest.raises(ValueError, match="read-only"):
            arr[0] = 1
    path = tmp_path / "x-idx3-ubyte.gz"
    path.write_bytes(gzip.compress(_images()))
    with pytest.raises(ValueError, match="read-only"):
        read_idx(path)[0, 0, 0] = 1
