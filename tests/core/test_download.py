"""Download against a local HTTP server on 127.0.0.1 (tests never reach the internet)."""

import gzip
import http.server
import shutil
import struct
import threading
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from ae_desktop.core.data.download import DATASETS, MNIST, DownloadError, download_dataset
from ae_desktop.core.data.idx import load_split

from .test_data import _deflate_bomb

BUNDLED = Path(__file__).resolve().parents[2] / "resources" / "mnist"


class _Handler(http.server.SimpleHTTPRequestHandler):
    truncate: set[str] = set()
    special: dict = {}  # file name -> function(handler) that answers the request

    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        name = self.path.rsplit("/", 1)[-1]
        if name in self.special:
            try:
                self.special[name](self)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client hung up, as it should
            self.close_connection = True
            return
        if name in self.truncate:
            body = (Path(self.directory) / name).read_bytes()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 3])
            self.wfile.flush()
            self.connection.close()
            return
        super().do_GET()


@pytest.fixture
def serve(tmp_path):
    servers = []

    def start(folder: Path, truncate=(), special=None):
        handler = type("H", (_Handler,), {"truncate": set(truncate), "special": special or {}})
        srv = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), lambda *a: handler(*a, directory=str(folder)))
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        servers.append(srv)
        return f"http://127.0.0.1:{srv.server_address[1]}/"

    yield start
    for s in servers:
        s.shutdown()
        s.server_close()


def test_downloads_verifies_and_reports_progress(serve, tmp_path, full_mnist_dir):
    url = serve(full_mnist_dir)
    seen = []
    dest = tmp_path / "dl"
    paths = download_dataset(dest, splits=("test",), mirrors=(url,),
                             progress=lambda n, d, t: seen.append((n, d, t)))
    assert sorted(p.name for p in paths) == ["t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"]
    assert seen and seen[-1][1] == seen[-1][2]
    ds = load_split(dest, "test")
    assert np.array_equal(ds.labels, load_split(full_mnist_dir, "test").labels)


def test_falls_back_to_the_next_mirror(serve, tmp_path):
    dead = serve(tmp_path / "nothing-here")
    good = serve(BUNDLED)
    download_dataset(tmp_path / "dl", splits=("test",), mirrors=(dead, good))
    assert load_split(tmp_path / "dl", "test").images.shape == (10_000, 28, 28)


def test_checksum_mismatch_is_rejected_and_leaves_no_file(serve, tmp_path):
    tampered = tmp_path / "srv"
    tampered.mkdir()
    shutil.copy(BUNDLED / "t10k-labels-idx1-ubyte.gz", tampered)
    raw = bytearray(gzip.decompress((BUNDLED / "t10k-images-idx3-ubyte.gz").read_bytes()))
    raw[5000] ^= 0xFF  # one flipped pixel: still valid IDX, wrong content
    (tampered / "t10k-images-idx3-ubyte.gz").write_bytes(gzip.compress(bytes(raw)))
    dest = tmp_path / "dl"
    with pytest.raises(DownloadError, match="SHA-256"):
        download_dataset(dest, splits=("test",), mirrors=(serve(tampered),))
    assert not dest.exists() or not any(dest.iterdir())  # no file, no temporary left


def test_interrupted_transfer_leaves_no_file(serve, tmp_path):
    url = serve(BUNDLED, truncate={"t10k-images-idx3-ubyte.gz"})
    dest = tmp_path / "dl"
    with pytest.raises(DownloadError, match="t10k-images"):
        download_dataset(dest, splits=("test",), mirrors=(url,), timeout=5)
    assert not (dest / "t10k-images-idx3-ubyte.gz").exists()


def test_offline_gives_a_clear_error(tmp_path):
    with pytest.raises(DownloadError, match="internet connection"):
        download_dataset(tmp_path, splits=("test",), mirrors=("http://127.0.0.1:9/",), timeout=2)


# -- bounded downloads -----------------------------------------------------------------

def _huge_length(h):
    h.send_response(200)
    h.send_header("Content-Length", "3000000000")
    h.end_headers()
    h.wfile.write(bytes(1 << 20))


def _endless(chunked):
    def answer(h):
        h.send_response(200)
        if chunked:
            h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        block = bytes(64 * 1024)
        for _ in range(3200):  # 200 MB unless the client hangs up
            h.wfile.write(b"%x\r\n%s\r\n" % (len(block), block) if chunked else block)
        if chunked:
            h.wfile.write(b"0\r\n\r\n")
    return answer


def test_a_huge_content_length_is_refused_before_reading(serve, tmp_path):
    url = serve(BUNDLED, special={"t10k-labels-idx1-ubyte.gz": _huge_length})
    seen = []
    dest = tmp_path / "dl"
    with pytest.raises(DownloadError, match=r"t10k-labels.*announces 3\.0 GB; the limit for this file is [0-9.]+ kB; refusing"):
        download_dataset(dest, splits=("test",), mirrors=(url,),
                         progress=lambda n, d, t: seen.append((n, d)))
    assert all(d == 0 for n, d in seen if n == "t10k-labels-idx1-ubyte")
    assert not (dest / "t10k-labels-idx1-ubyte.gz").exists()


@pytest.mark.parametrize("chunked", [False, True], ids=["no-length", "chunked"])
def test_a_transfer_longer_than_the_limit_is_cut_off(serve, tmp_path, chunked):
    # No Content-Length (or chunked): only the running count can stop 200 MB of junk.
    url = serve(BUNDLED, special={"t10k-labels-idx1-ubyte.gz": _endless(chunked)})
    seen = []
    dest = tmp_path / "dl"
    with pytest.raises(DownloadError, match=r"t10k-labels.*sent more than .*; refusing"):
        download_dataset(dest, splits=("test",), mirrors=(url,),
                         progress=lambda n, d, t: seen.append((n, d)))
    received = max(d for n, d in seen if n == "t10k-labels-idx1-ubyte")
    assert received < 200_000  # the labels file is 10 kB; stopped long before 200 MB
    assert not (dest / "t10k-labels-idx1-ubyte.gz").exists()


def test_a_gzip_bomb_from_a_mirror_is_refused_without_expanding_it(serve, tmp_path):
    srv = tmp_path / "srv"
    srv.mkdir()
    # Declares 1,000,000 images (784 MB) and holds 700 MB of zeros; 0.7 MB on the wire.
    bomb = _deflate_bomb(struct.pack(">IIII", 0x803, 1_000_000, 28, 28), 700 << 20, 1 << 20)
    (srv / "t10k-images-idx3-ubyte.gz").write_bytes(bomb)
    tracemalloc.start()
    try:
        with pytest.raises(DownloadError, match=r"declares 1000000 images \(784\.0 MB\); the limit is 7\.8 MB"):
            download_dataset(tmp_path / "dl", splits=("test",), mirrors=(serve(srv),))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 30_000_000, f"peak memory {peak / 1e6:.0f} MB"


def test_an_oversized_local_copy_is_replaced_without_reading_it(serve, tmp_path):
    dest = tmp_path / "dl"
    dest.mkdir()
    with open(dest / "t10k-labels-idx1-ubyte.gz", "wb") as fh:
        fh.truncate(300_000_000)  # sparse: a damaged copy of 300 MB
    tracemalloc.start()
    try:
        download_dataset(dest, splits=("test",), mirrors=(serve(BUNDLED),))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert load_split(dest, "test").labels[:3].tolist() == [7, 2, 1]
    assert peak < 50_000_000, f"peak memory {peak / 1e6:.0f} MB"


def test_mnist_mirrors_are_https_and_plain_http_only_comes_with_a_checksum():
    assert MNIST.mirrors and all(m.startswith("https://") for m in MNIST.mirrors)
    for ds in DATASETS.values():
        assert ds.mirrors
        if any(not m.startswith("https://") for m in ds.mirrors):
            assert all(f.sha256 or f.gz_md5 for f in ds.files), ds.name


def test_the_mirror_variable_applies_to_every_dataset(serve, tmp_path, monkeypatch):
    # Fashion-MNIST through a local mirror that serves MNIST: the variable was used (the
    # error names the local URL) and the checksum caught the wrong files.
    url = serve(BUNDLED)
    monkeypatch.setenv("AE_DESKTOP_MIRRORS", url)
    with pytest.raises(DownloadError) as info:
        download_dataset(tmp_path / "dl", "fashion-mnist", splits=("test",), timeout=5)
    assert url in str(info.value) and "MD5" in str(info.value)
    assert "amazonaws" not in str(info.value)
