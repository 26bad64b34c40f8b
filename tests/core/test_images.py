"""Image files from users: hostile ones give one clear error, large ones load cheaply."""

import os
import struct
import threading
import tracemalloc
import warnings
import zlib

import numpy as np
import pytest
from PIL import Image

from ae_desktop.cli import main
from ae_desktop.core.data.idx import load_test
from ae_desktop.core.data.images import (
    MAX_PIXELS,
    ImageLoadError,
    ink_from_array,
    load_ink,
    save_png,
)
from ae_desktop.core.live.preprocess import preprocess
from ae_desktop.core.store.atomic import TEMP_SUFFIX


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_claiming(width: int, height: int) -> bytes:
    """A small PNG whose header claims ``width`` x ``height`` pixels (its data is one row)."""
    return (b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(bytes(width + 1)))
            + _chunk(b"IEND", b""))


def _page(scale: int = 5, digit: int = 0) -> np.ndarray:
    """A test digit as dark ink on light paper, ``28 * scale`` pixels square (uint8)."""
    ink = load_test().images[digit]
    return 255 - np.kron(ink, np.ones((scale, scale), np.uint8))


def _png_bytes(arr: np.ndarray) -> bytes:
    import io

    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, format="PNG")
    return buf.getvalue()


def _idat_garbage() -> bytes:
    png = _png_claiming(64, 64)
    return png.replace(zlib.compress(bytes(65)), b"\x78\x9c" + bytes(range(200)))


HOSTILE = {
    "empty": (lambda: b"", "not an image"),
    "text": (lambda: b"hello, this is a shopping list\n", "not an image"),
    "random-bytes": (lambda: np.random.default_rng(1).bytes(5000), "not an image"),
    "png-signature-only": (lambda: b"\x89PNG\r\n\x1a\n", "not an image"),
    "truncated-png": (lambda: _png_bytes(_page())[:300], "not an image"),
    "corrupt-png-data": (_idat_garbage, "not an image"),
    "gif-header-only": (lambda: b"GIF89a" + bytes(20), "not an image"),
    "30-megapixels": (lambda: _png_claiming(6000, 5000),
                      f"too large (6000 x 5000 pixels; the limit is {MAX_PIXELS:,} pixels)"),
    "100-megapixels": (lambda: _png_claiming(10_000, 10_000), "too large"),
    "400-megapixels": (lambda: _png_claiming(20_000, 20_000), "too large"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_file_gives_one_clear_error(tmp_path, case):
    make, needle = HOSTILE[case]
    path = tmp_path / "digit.png"
    path.write_bytes(make())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(ImageLoadError) as info:
            load_ink(path)
    msg = str(info.value)
    assert msg.startswith(f"{path}: ") and needle in msg and "\n" not in msg, msg
    assert not [w for w in caught if issubclass(w.category, Image.DecompressionBombWarning)]


def test_a_folder_is_not_an_image(tmp_path):
    with pytest.raises(ImageLoadError, match="not an image.*folder"):
        load_ink(tmp_path)


def test_a_huge_file_is_refused_before_decoding(tmp_path):
    path = tmp_path / "huge.png"
    with open(path, "wb") as fh:  # sparse: 300 MB that take no disk space
        fh.write(_png_bytes(_page()))
        fh.truncate(300_000_000)
    with pytest.raises(ImageLoadError, match=r"too large \(300\.0 MB; the limit is"):
        load_ink(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    errors = []

    def load():
        try:
            load_ink(fifo)
        except ImageLoadError as exc:
            errors.append(str(exc))

    t = threading.Thread(target=load, daemon=True)
    t.start()
    t.join(5)
    if t.is_alive():  # unblock the reader before failing
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        t.join(5)
        pytest.fail("load_ink blocked on a named pipe")
    assert errors and "not an image" in errors[0]


# -- unusual but valid images load correctly ------------------------------------------------

@pytest.mark.parametrize("fmt", ["png", "tiff"])
def test_16_bit_greyscale_reads_like_the_same_image_in_8_bit(tmp_path, fmt):
    page8 = _page()
    Image.fromarray(page8).save(tmp_path / f"a8.{fmt}")
    Image.fromarray(page8.astype(np.uint16) * 257).save(tmp_path / f"a16.{fmt}")
    assert Image.open(tmp_path / f"a16.{fmt}").mode.startswith("I")
    ink8, ink16 = load_ink(tmp_path / f"a8.{fmt}"), load_ink(tmp_path / f"a16.{fmt}")
    np.testing.assert_allclose(ink16, ink8, atol=1e-6)
    assert ink8.max() > 0.99  # there is ink, and the test compares something


def test_a_lab_tiff_uses_its_lightness(tmp_path):
    grey = Image.fromarray(_page())
    neutral = Image.new("L", grey.size, 128)
    Image.merge("LAB", (grey, neutral, neutral)).save(tmp_path / "lab.tif")
    grey.save(tmp_path / "grey.png")
    np.testing.assert_array_equal(load_ink(tmp_path / "lab.tif"), load_ink(tmp_path / "grey.png"))


def test_a_cmyk_jpeg_loads_like_its_rgb_version(tmp_path):
    rgb = Image.fromarray(_page()).convert("RGB")
    rgb.save(tmp_path / "rgb.jpg", quality=95)
    rgb.convert("CMYK").save(tmp_path / "cmyk.jpg", quality=95)
    a = preprocess(load_ink(tmp_path / "cmyk.jpg"))
    b = preprocess(load_ink(tmp_path / "rgb.jpg"))
    assert a.max() > 0.9 and np.abs(a - b).max() < 0.05


def test_an_animated_gif_uses_its_first_frame(tmp_path):
    first, second = Image.fromarray(_page(digit=0)), Image.fromarray(_page(digit=2))
    first.save(tmp_path / "anim.gif", save_all=True, append_images=[second], duration=100)
    first.save(tmp_path / "first.png")
    np.testing.assert_array_equal(load_ink(tmp_path / "anim.gif"), load_ink(tmp_path / "first.png"))


def test_ordinary_images_load_exactly_as_before(tmp_path):
    page = _page()
    rgb = np.stack([page, page // 2, page], axis=2)
    Image.fromarray(rgb).save(tmp_path / "rgb.png")
    expected = ink_from_array(np.asarray(Image.fromarray(rgb).convert("L")))
    np.testing.assert_array_equal(load_ink(tmp_path / "rgb.png"), expected)
    rgba = np.zeros((*page.shape, 4), np.uint8)
    rgba[..., 3] = 255 - page  # ink drawn on a transparent background
    Image.fromarray(rgba).save(tmp_path / "rgba.png")
    np.testing.assert_array_equal(load_ink(tmp_path / "rgba.png"), (255 - page) / np.float32(255))


@pytest.mark.parametrize("fmt,size", [("jpeg", (4000, 3000)), ("png", (5000, 5000))])
def test_a_large_photo_is_reduced_before_conversion(tmp_path, fmt, size):
    # A digit photographed large: it loads, gives the same model input as decoding it at
    # full size would, and the float conversion never touches the full-size pixels.
    w, h = size
    digit = Image.fromarray(_page(scale=1)).resize((h * 3 // 4, h * 3 // 4), Image.BICUBIC)
    photo = Image.new("L", size, 255)
    photo.paste(digit, ((w - digit.width) // 2, h // 8))
    path = tmp_path / f"photo.{fmt}"
    photo.save(path, quality=92) if fmt == "jpeg" else photo.save(path)
    assert w * h <= MAX_PIXELS
    tracemalloc.start()
    try:
        ink = load_ink(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000, f"peak memory {peak / 1e6:.0f} MB"
    full = ink_from_array(np.asarray(Image.open(path).convert("L")))
    assert np.abs(preprocess(ink) - preprocess(full)).max() < 0.05
    assert ink.shape[1] / ink.shape[0] == pytest.approx(w / h, rel=0.01)


# -- the command line -----------------------------------------------------------------------

@pytest.mark.parametrize("case", ["empty", "text", "truncated-png", "30-megapixels",
                                  "400-megapixels"])
def test_reconstruct_reports_a_bad_image_in_one_line(tmp_path, capsys, case):
    make, needle = HOSTILE[case]
    path = tmp_path / "digit.png"
    path.write_bytes(make())
    out = tmp_path / "out.png"
    assert main(["reconstruct", str(path), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("ae-desktop reconstruct: error: ") and err.count("\n") == 1, err
    assert needle in err and "Traceback" not in err and "Internal error" not in err
    assert not out.exists()


# -- writing PNGs ---------------------------------------------------------------------------

def test_a_png_save_failing_midway_keeps_the_old_file_and_leaves_no_temporary(tmp_path,
                                                                             monkeypatch):
    out = tmp_path / "strip.png"
    save_png(Image.new("L", (8, 8), 200), out)
    before = out.read_bytes()

    def failing_save(self, fp, format=None, **params):
        if isinstance(fp, (str, os.PathLike)):
            with open(fp, "wb") as fh:
                fh.write(b"\x89PNG\r\n\x1a\n half a file")
        else:
            fp.write(b"\x89PNG\r\n\x1a\n half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Image.Image, "save", failing_save)
    with pytest.raises(OSError, match="No space left"):
        save_png(Image.new("L", (8, 8), 0), out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["strip.png"]


def test_a_png_save_onto_a_folder_fails_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "taken.png"
    target.mkdir()
    with pytest.raises(OSError):
        save_png(Image.new("L", (8, 8)), target)
    assert target.is_dir() and [p.name for p in tmp_path.iterdir()] == ["taken.png"]
    assert not list(tmp_path.glob(f"*{TEMP_SUFFIX}"))


@pytest.mark.parametrize("scale", [1.0, 255.0, 65535.0, 1e9])
def test_float_and_32_bit_images_are_scaled_to_their_range(tmp_path, scale):
    ink = (255 - _page()) / np.float32(255)  # light ink on black
    Image.fromarray((ink * scale).astype(np.float32), "F").save(tmp_path / "f.tif")
    np.testing.assert_allclose(load_ink(tmp_path / "f.tif"), ink, atol=1e-6)
    if scale > 1:
        Image.fromarray((ink * scale).astype(np.int32), "I").save(tmp_path / "i.tif")
        np.testing.assert_allclose(load_ink(tmp_path / "i.tif"), ink, atol=1 / scale + 1e-6)
