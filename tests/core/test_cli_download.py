"""`ae-desktop download` end to end against a mirror on 127.0.0.1 (never the internet)."""

import shutil
import socket

import numpy as np
import pytest

from ae_desktop.cli import main
from ae_desktop.core.data.idx import load_split
from ae_desktop.core.store.atomic import TEMP_SUFFIX

from .test_download import BUNDLED, serve  # noqa: F401 - serve is a fixture

FILES = ["t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz",
         "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"]


PREFIX = "ae-desktop download: error: "


def _error_line(err: str) -> str:
    """The one error message, which must end stderr (progress may precede it)."""
    assert err.count(PREFIX) == 1 and err.endswith("\n"), err
    message = err.split(PREFIX)[1]
    assert message.count("\n") == 1 and "\r" not in message, err
    return message


def test_download_fetches_and_verifies_every_file(serve, tmp_path, monkeypatch,  # noqa: F811
                                                  full_mnist_dir, capsys):
    monkeypatch.setenv("AE_DESKTOP_MIRRORS", serve(full_mnist_dir))
    dest = tmp_path / "data"
    assert main(["download", "--data-dir", str(dest)]) == 0
    out = capsys.readouterr().out
    assert sorted(p.name for p in dest.iterdir()) == FILES
    assert sorted(out.split()) == sorted(str(dest / f) for f in FILES)
    train, test = load_split(dest, "train"), load_split(dest, "test")
    assert len(train) == 60_000 and len(test) == 10_000
    assert np.array_equal(train.labels, load_split(full_mnist_dir, "train").labels)


def test_a_checksum_mismatch_fails_with_one_line_and_writes_nothing(serve, tmp_path,  # noqa: F811
                                                                    monkeypatch, capsys):
    srv = tmp_path / "srv"
    srv.mkdir()
    # Valid IDX data, but not the training images: only the checksum can tell.
    shutil.copy(BUNDLED / "t10k-images-idx3-ubyte.gz", srv / "train-images-idx3-ubyte.gz")
    url = serve(srv)
    monkeypatch.setenv("AE_DESKTOP_MIRRORS", url)
    dest = tmp_path / "data"
    assert main(["download", "--data-dir", str(dest)]) == 1
    err = capsys.readouterr().err
    line = _error_line(err)
    assert "could not download train-images-idx3-ubyte" in line and "SHA-256" in line
    assert url in line and "Traceback" not in err
    assert not dest.exists() or list(dest.iterdir()) == []  # no file, no temporary


def test_the_error_starts_on_a_line_of_its_own_after_progress(serve, tmp_path,  # noqa: F811
                                                              monkeypatch, capsys):
    srv = tmp_path / "srv"
    srv.mkdir()
    shutil.copy(BUNDLED / "t10k-images-idx3-ubyte.gz", srv / "train-images-idx3-ubyte.gz")
    monkeypatch.setenv("AE_DESKTOP_MIRRORS", serve(srv))
    assert main(["download", "--data-dir", str(tmp_path / "data")]) == 1
    err = capsys.readouterr().err
    assert "%" in err  # progress was shown ...
    assert err.split("\n")[-2].startswith(PREFIX)  # ... and the error does not trail it


def test_a_mirror_that_is_down_fails_with_one_line(tmp_path, monkeypatch, capsys):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("AE_DESKTOP_MIRRORS", f"http://127.0.0.1:{port}/")
    dest = tmp_path / "data"
    assert main(["download", "--data-dir", str(dest)]) == 1
    err = capsys.readouterr().err
    line = _error_line(err)
    assert err.startswith(PREFIX)  # nothing was downloaded, so no progress either
    assert f"127.0.0.1:{port}" in line and "refused" in line.lower()
    assert "internet connection" in line and "Traceback" not in err
    assert err.count("\n") == 1
    assert not any(p.name.endswith((".gz", TEMP_SUFFIX)) for p in dest.rglob("*"))


@pytest.mark.parametrize("var", ["AE_DESKTOP_MIRRORS", "AE_DESKTOP_MNIST_MIRRORS"])
def test_the_mirror_variable_replaces_the_builtin_mirrors(serve, tmp_path, monkeypatch,  # noqa: F811
                                                          capsys, var):
    url = serve(tmp_path / "empty")
    monkeypatch.setenv(var, url)
    assert main(["download", "--data-dir", str(tmp_path / "data")]) == 1
    line = _error_line(capsys.readouterr().err)
    assert url in line and "amazonaws" not in line and "googleapis" not in line
