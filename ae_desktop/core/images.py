"""Reading digit images from files and writing image strips (Pillow, no Qt)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, UnidentifiedImageError

MAX_PIXELS = 40_000_000


class ImageLoadError(ValueError):
    """A file is missing, not an image, or cannot be decoded."""


def ink_from_array(pixels: np.ndarray) -> np.ndarray:
    """Greyscale ink raster in [0, 1] (ink = 1) from uint8 grey ``(H, W)`` or RGBA ``(H, W, 4)``.

    Transparent backgrounds use alpha as ink; otherwise the polarity is read
    from the border (a light border means dark ink on light paper, which is
    inverted).
    """
    a = np.asarray(pixels, dtype=np.float32) / 255.0
    if a.ndim == 3:
        if a.shape[2] == 4 and a[..., 3].min() < 0.99:
            return a[..., 3].copy()
        a = a[..., :3].mean(axis=2)
    border = np.concatenate([a[0], a[-1], a[:, 0], a[:, -1]])
    if float(np.median(border)) > 0.5:
        a = 1.0 - a
    return a.astype(np.float32)


def ink_from_pil(im: Image.Image) -> np.ndarray:
    """Ink raster from any Pillow image (see :func:`ink_from_array`)."""
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        return ink_from_array(np.asarray(im.convert("RGBA")))
    return ink_from_array(np.asarray(im.convert("L")))


def load_ink(path: str | os.PathLike) -> np.ndarray:
    """Load an image file as an ink raster in [0, 1]; clear error on failure."""
    path = Path(path)
    try:
        with Image.open(path) as im:
            if im.width * im.height > MAX_PIXELS:
                raise ImageLoadError(f"{path}: image is too large ({im.width}x{im.height})")
            im.load()
            return ink_from_pil(im)
    except FileNotFoundError:
        raise ImageLoadError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise ImageLoadError(f"{path}: is a folder, not an image") from None
    except UnidentifiedImageError:
        raise ImageLoadError(f"{path}: not an image file Pillow can read") from None
    except (OSError, SyntaxError, ValueError) as exc:
        if isinstance(exc, ImageLoadError):
            raise
        raise ImageLoadError(f"{path}: cannot decode image ({exc})") from None


def to_u8(img01: np.ndarray) -> np.ndarray:
    return (np.clip(img01, 0.0, 1.0) * 255 + 0.5).astype(np.uint8)


def gray_image(img01: np.ndarray) -> Image.Image:
    """A [0, 1] array as an 8-bit greyscale Pillow image."""
    return Image.fromarray(to_u8(img01), "L")


def strip_image(panels: list[tuple[str, np.ndarray]], scale: int = 6) -> Image.Image:
    """Side-by-side panels (white ink on black, like the app) with captions below."""
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
            draw.text((x, pad + cell + 4 + 12 * j), line[: cell // 6], fill=(230, 230, 230))
    return out


def save_png(image: Image.Image, path: str | os.PathLike) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    image.save(tmp, format="PNG")
    os.replace(tmp, path)
    return path
