"""Images onto the canvas: drag and drop, large and hostile files, decoding off the GUI thread."""

from __future__ import annotations

import struct
import threading
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from ae_desktop.core.data.idx import load_test
from ae_desktop.ui import main_window

from .helpers import SEVEN, stroke

DIGIT = load_test().images[1]  # a 2


def _digit_png(path: Path, side: int = 112) -> Path:
    """The test digit as dark ink on white paper, ``side`` pixels wide."""
    im = Image.fromarray(255 - DIGIT).resize((side, side), Image.NEAREST)
    im.save(path)
    return path


def _big_png(path: Path, side: int) -> Path:
    """A ``side`` x ``side`` scan: white paper, the digit drawn large in the middle."""
    paper = Image.new("L", (side, side), 255)
    ink = Image.fromarray(255 - DIGIT).resize((side // 2, side // 2), Image.NEAREST)
    paper.paste(ink, (side // 4, side // 4))
    paper.save(path, compress_level=1)
    return path


def _png_claiming(path: Path, width: int, height: int) -> Path:
    """A 60-byte PNG whose header claims ``width`` x ``height`` pixels (a decompression bomb)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
                     + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b""))
    return path


def _mime(*paths: Path | str) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl(p) if isinstance(p, str) else QUrl.fromLocalFile(str(p))
                  for p in paths])
    return mime


def _drag_and_drop(w, mime: QMimeData) -> bool:
    """Drag ``mime`` over the middle of the canvas and drop it there, as the OS does.

    Returns whether the drop was accepted.
    """
    target = w.canvas
    pos = QPointF(target.width() / 2, target.height() / 2)
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def _original_matches_digit(w) -> bool:
    r = w.last_result
    return (r is not None and not r.empty
            and float(np.mean((r.digit - DIGIT / 255.0) ** 2)) < 0.01)


@pytest.fixture
def decode_threads(monkeypatch):
    """The threads on which image files are decoded."""
    seen: list[threading.Thread] = []
    real = main_window.load_ink

    def recording(path):
        seen.append(threading.current_thread())
        return real(path)

    monkeypatch.setattr(main_window, "load_ink", recording)
    return seen


def test_dropping_an_image_file_puts_the_digit_on_the_canvas(make_window, qtbot, tmp_path,
                                                             decode_threads):
    w = make_window()
    png = _digit_png(tmp_path / "two.png")
    with qtbot.waitSignal(w.image_load_finished, timeout=10000) as done:
        assert _drag_and_drop(w, _mime(png))
    assert done.args == [str(png), True]
    assert not w.canvas.is_empty()
    assert "two.png" in w.statusBar().currentMessage()
    qtbot.waitUntil(lambda: _original_matches_digit(w), timeout=10000)  # preprocessed: a 2
    assert decode_threads and threading.main_thread() not in decode_threads
    w.undo_action.trigger()  # a drop is undoable like a stroke
    assert w.canvas.is_empty()


def test_dropping_bad_files_says_why_and_leaves_the_canvas_alone(make_window, qtbot, tmp_path):
    w = make_window()
    stroke(w.canvas, SEVEN)
    before = w.canvas.raster()
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG not really")
    notes = tmp_path / "notes.txt"
    notes.write_text("a shopping list")
    for path, reason in ((broken, "not an image"), (notes, "not an image"),
                         (tmp_path / "gone.png", "not found")):
        with qtbot.waitSignal(w.image_load_finished, timeout=10000) as done:
            assert _drag_and_drop(w, _mime(path))
        assert done.args == [str(path), False]
        assert path.name in w.warnings[-1] and reason in w.warnings[-1]
        assert path.name in w.statusBar().currentMessage()
        assert "Internal error" not in w.warnings[-1]
        assert np.array_equal(w.canvas.raster(), before)


def test_a_drag_without_a_local_file_is_refused(make_window, tmp_path):
    w = make_window()
    text = QMimeData()
    text.setText("7")
    assert not _drag_and_drop(w, text)
    assert not _drag_and_drop(w, _mime("https://example.com/seven.png"))
    assert w.canvas.is_empty()


def test_a_large_scan_is_reduced_off_the_gui_thread(make_window, qtbot, tmp_path,
                                                    decode_threads):
    w = make_window()
    big = _big_png(tmp_path / "scan.png", 4800)  # 23 megapixels, under the limit
    job = w.load_image_file(str(big))
    assert job and w.canvas.is_empty()  # nothing decoded on the GUI thread meanwhile
    assert "Opening scan.png" in w.statusBar().currentMessage()
    with qtbot.waitSignal(w.image_load_finished, timeout=30000) as done:
        pass
    assert done.args == [str(big), True]
    assert decode_threads and threading.main_thread() not in decode_threads
    qtbot.waitUntil(lambda: _original_matches_digit(w), timeout=10000)


@pytest.mark.parametrize(("side", "maker"), [(6000, _big_png), (100_000, _png_claiming)])
def test_too_large_images_are_refused_with_a_clear_message(make_window, qtbot, tmp_path,
                                                           side, maker):
    w = make_window()
    stroke(w.canvas, SEVEN)
    before = w.canvas.raster()
    path = maker(tmp_path / "huge.png", side, side) if maker is _png_claiming \
        else maker(tmp_path / "huge.png", side)
    with qtbot.waitSignal(w.image_load_finished, timeout=30000) as done:
        w.load_image_file(str(path))
    assert done.args == [str(path), False]
    assert "too large" in w.warnings[-1] and "huge.png" in w.warnings[-1]
    assert "too large" in w.statusBar().currentMessage()
    assert np.array_equal(w.canvas.raster(), before)


def test_the_last_image_asked_for_wins(make_window, qtbot, tmp_path):
    w = make_window()
    big = _big_png(tmp_path / "first.png", 4000)
    small = Image.fromarray(255 - load_test().images[0]).resize((112, 112), Image.NEAREST)  # a 7
    small.save(tmp_path / "second.png")
    finished = []
    w.image_load_finished.connect(lambda path, ok: finished.append((Path(path).name, ok)))
    w.load_image_file(str(big))
    w.load_image_file(str(tmp_path / "second.png"))
    qtbot.waitUntil(lambda: bool(finished), timeout=30000)
    assert finished == [("second.png", True)]
    qtbot.waitUntil(lambda: w.last_result is not None and not w.last_result.empty, timeout=10000)
    seven = load_test().images[0] / 255.0
    qtbot.waitUntil(lambda: float(np.mean((w.last_result.digit - seven) ** 2)) < 0.01,
                    timeout=10000)
    w.undo_action.trigger()
    assert w.canvas.is_empty()  # the first image never reached the canvas


def test_a_large_clipboard_image_is_pasted_off_the_gui_thread(make_window, qtbot,
                                                              monkeypatch):
    seen = []
    real = main_window.qimage_to_rgba

    def recording(image):
        seen.append((threading.current_thread(), image.width()))
        return real(image)

    monkeypatch.setattr(main_window, "qimage_to_rgba", recording)
    w = make_window()
    img = QImage(3000, 3000, QImage.Format.Format_RGB32)
    img.fill(Qt.GlobalColor.white)
    for y in range(600, 2400):
        for x in range(1400, 1600, 40):
            img.setPixel(x, y, 0xFF000000)
    QApplication.clipboard().setImage(img)
    with qtbot.waitSignal(w.image_load_finished, timeout=30000) as done:
        w.paste_action.trigger()
    assert done.args == ["clipboard", True]
    assert not w.canvas.is_empty()
    assert seen and all(t is not threading.main_thread() for t, _ in seen)
    assert max(width for _, width in seen) <= 1024  # reduced before conversion


def test_dropping_onto_the_window_frame_works_too(make_window, qtbot, tmp_path):
    w = make_window()
    png = _digit_png(tmp_path / "two.png")
    pos = QPoint(5, w.height() // 2)
    mime = _mime(png)
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(w, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(w.image_load_finished, timeout=10000):
        QApplication.sendEvent(w, QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime,
                                             Qt.MouseButton.LeftButton,
                                             Qt.KeyboardModifier.NoModifier))
    assert not w.canvas.is_empty()
