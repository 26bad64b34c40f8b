"""Download against a local HTTP server on 127.0.0.1 (tests never reach the internet)."""

import gzip
import http.server
import shutil
import threading
from pathlib import Path

import numpy as np
import pytest

from ae_desktop.core.data import load_split
from ae_desktop.core.download import DownloadError, download_dataset

BUNDLED = Path(__file__).resolve().parents[2] / "resources" / "mnist"


class _Handler(http.server.SimpleHTTPRequestHandler):
    truncate: set[str] = set()

    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        name = self.path.rsplit("/", 1)[-1]
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

    def start(folder: Path, truncate=()):
        handler = type("H", (_Handler,), {"truncate": set(truncate)})
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
