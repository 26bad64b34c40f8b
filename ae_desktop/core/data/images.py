"""Reading digit images from files and writing image strips (Pillow, no Qt).

Image files come from users and may be hostile: :func:`load_ink` checks the file
and the pixel count its header declares before decoding anything, reduces large
images before converting them to floats, and turns every failure into one
:class:`ImageLoadError` line ("too large", "not an image").
"""

from __future__ import annotations

import math
import os
import re
import stat
import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont, UnidentifiedImageError

from .. import reasons as R
from ..reasons import Reason
from ..store.atomic import atomic_write

# A 24-megapixel camera photo still loads; Pillow's own limit (89 MP, error at 179 MP)
# lets through images of 4 bytes x 179 MP = 716 MB once decoded.
MAX_PIXELS = 25_000_000
MAX_FILE_BYTES = 250_000_000
# Larger images are reduced (box filter) until their longest side is at most this,
# before any float conversion. The canvas is 280 px and the models see 20 px, so
# nothing visible is lost.
MAX_SIDE = 1024


class ImageLoadError(ValueError):
    """A file is missing, not an image, or cannot be decoded."""


def _ink_from01(a: np.ndarray) -> np.ndarray:
    """Ink from grey ``(H, W)`` or RGBA ``(H, W, 4)`` floats in [0, 1] (see ink_from_array)."""
    if a.ndim == 3:
        if a.shape[2] == 4 and a[..., 3].min() < 0.99:
            return a[..., 3].copy()
        a = a[..., :3].mean(axis=2)
    border = np.concatenate([a[0], a[-1], a[:, 0], a[:, -1]])
    if float(np.median(border)) > 0.5:
        a = 1.0 - a
    return a.astype(np.float32)


def ink_from_array(pixels: np.ndarray) -> np.ndarray:
    """Greyscale ink raster in [0, 1] (ink = 1) from uint8 grey ``(H, W)`` or RGBA ``(H, W, 4)``.

    Transparent backgrounds use alpha as ink; otherwise the polarity is read
    from the border (a light border means dark ink on light paper, which is
    inverted).
    """
    return _ink_from01(np.asarray(pixels, dtype=np.float32) / 255.0)


def _working(im: Image.Image) -> tuple[Image.Image, float]:
    """``im`` in a mode numpy and ``Image.reduce`` handle, and the value of full intensity."""
    mode = im.mode
    if mode in ("RGBA", "LA", "PA") or (mode == "P" and "transparency" in im.info):
        return im.convert("RGBA"), 255.0
    if mode.startswith("I;16"):
        return im.convert("I"), 65535.0
    if mode in ("I", "F"):
        hi = float(im.getextrema()[1])
        # 8-bit data stored wide, 16-bit data, or anything else scaled to its maximum;
        # float data already in [0, 1] stays as it is.
        for full in ((1.0,) if mode == "F" else ()) + (255.0, 65535.0):
            if hi <= full:
                return im, full
        return im, hi if math.isfinite(hi) else 1.0
    if mode == "LAB":
        return im.getchannel("L"), 255.0
    return im.convert("L"), 255.0


def _pixels01(im: Image.Image) -> np.ndarray:
    """A loaded image as grey ``(H, W)`` or RGBA ``(H, W, 4)`` float32 in [0, 1], at most
    :data:`MAX_SIDE` pixels on its longest side."""
    im, full = _working(im)
    factor = math.ceil(max(im.size) / MAX_SIDE)
    if factor > 1:
        im = im.reduce(factor)
    a = np.asarray(im, dtype=np.float32) / np.float32(full)
    if im.mode in ("I", "F"):  # wide data may hold NaN, negatives or values above full
        a = np.clip(np.nan_to_num(a, nan=0.0, posinf=1.0, neginf=0.0), 0.0, 1.0)
    return a


def ink_from_pil(im: Image.Image) -> np.ndarray:
    """Ink raster from any Pillow image (see :func:`ink_from_array`)."""
    return _ink_from01(_pixels01(im))


def _too_large(path: Path, what: str) -> ImageLoadError:
    return ImageLoadError(Reason(R.IMAGE_TOO_LARGE, path=str(path), what=what, limit=MAX_PIXELS))


def _check_file(path: Path) -> None:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise ImageLoadError(Reason(R.FILE_NOT_FOUND, name=str(path))) from None
    except OSError as exc:
        raise ImageLoadError(Reason(R.CANNOT_READ_FILE, name=str(path),
                                    error=exc.strerror or str(exc))) from None
    if stat.S_ISDIR(st.st_mode):
        raise ImageLoadError(Reason(R.IMAGE_IS_FOLDER, path=str(path)))
    if not stat.S_ISREG(st.st_mode):
        raise ImageLoadError(Reason(R.IMAGE_NOT_REGULAR, path=str(path)))
    if st.st_size == 0:
        raise ImageLoadError(Reason(R.IMAGE_EMPTY, path=str(path)))
    if st.st_size > MAX_FILE_BYTES:
        raise ImageLoadError(Reason(R.IMAGE_FILE_TOO_LARGE, path=str(path),
                                    size=f"{st.st_size / 1e6:.1f}",
                                    limit=f"{MAX_FILE_BYTES / 1e6:.0f}"))


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


def load_ink(path: str | os.PathLike) -> np.ndarray:
    """Load an image file as an ink raster in [0, 1]; one clear ImageLoadError on failure.

    The file's size and the pixel count its header declares are checked before
    anything is decoded (:data:`MAX_PIXELS`, well below Pillow's own limit).
    Images larger than :data:`MAX_SIDE` are reduced while decoding (JPEG) or
    right after (box filter), before any float conversion. Only the first frame
    of an animation is used.
    """
    path = Path(path)
    _check_file(path)
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its two limits; make that an error as well. (The
            # filter is process-wide, so another thread may briefly undo it: the pixel
            # check below is what guarantees the limit.)
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as im:
                w, h = im.size
                if w * h > MAX_PIXELS:
                    raise _too_large(path, Reason(R.IMAGE_SIZE_PIXELS, width=w, height=h))
                if max(w, h) > MAX_SIDE:
                    im.draft(None, (MAX_SIDE, MAX_SIDE))  # JPEG decodes at 1/2 .. 1/8 size
                im.load()
                pixels = _pixels01(im)
    except ImageLoadError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        m = re.search(r"\((\d+) pixels\)", str(exc))
        raise _too_large(path, Reason(R.IMAGE_PIXELS, n=int(m[1])) if m
                         else Reason(R.IMAGE_MORE_THAN_PILLOW)) from None
    except UnidentifiedImageError:
        raise ImageLoadError(Reason(R.IMAGE_UNKNOWN_FORMAT, path=str(path))) from None
    except MemoryError:
        raise ImageLoadError(Reason(R.IMAGE_NO_MEMORY, path=str(path))) from None
    except Exception as exc:  # noqa: BLE001 - Pillow's decoders raise many types on bad data
        raise ImageLoadError(Reason(R.IMAGE_UNDECODABLE, path=str(path),
                                    error=_reason(exc))) from None
    return _ink_from01(pixels)


def to_u8(img01: np.ndarray) -> np.ndarray:
    return (np.clip(img01, 0.0, 1.0) * 255 + 0.5).astype(np.uint8)


def gray_image(img01: np.ndarray) -> Image.Image:
    """A [0, 1] array as an 8-bit greyscale Pillow image."""
    return Image.fromarray(to_u8(img01), "L")


def strip_image(panels: list[tuple[str, np.ndarray]], scale: int = 6,
                font_path: str | os.PathLike | None = None,
                font_size: int = 11) -> Image.Image:
    """Side-by-side panels (white ink on black, like the app) with captions below.

    The captions use PIL's default font, or the TrueType font at ``font_path`` (e.g. one
    that covers Hangul) at ``font_size`` pixels when given."""
    font = ImageFont.truetype(str(font_path), font_size) if font_path is not None else None
    cell = 28 * scale
    pad, caption = 8, 30
    width = pad + len(panels) * (cell + pad)
    out = Image.new("RGB", (width, cell + 2 * pad + caption), (32, 32, 36))
    draw = ImageDraw.Draw(out)
    for i, (label, img) in enumerate(panels):
        x = pad + i * (cell + pad)
        tile = gray_image(img).resize((cell, cell), Image.NEAREST)
        out.paste(tile.convert("RGB"), (x, pad))
        for j, line in enumerate(label.split("\n")[:2]):
            draw.text((x, pad + cell + 4 + 12 * j), line[: cell // 6], fill=(230, 230, 230),
                      font=font)
    return out


def save_png(image: Image.Image, path: str | os.PathLike) -> Path:
    """Write ``image`` as PNG atomically: the old file stays intact if writing fails."""
    return atomic_write(path, lambda fh: image.save(fh, format="PNG"))
