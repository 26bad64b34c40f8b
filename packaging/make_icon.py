"""Draw the app icon from a real MNIST digit: original on the left, a soft copy on the right."""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from ae_desktop.core.data.idx import load_test

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"


def main() -> None:
    digit = load_test().images[0]  # a 7
    size = 256
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((8, 8, size - 8, size - 8), radius=40, fill=(28, 32, 44, 255))
    tile = Image.fromarray(digit).resize((112, 112), Image.NEAREST)
    soft = Image.fromarray(digit).filter(ImageFilter.GaussianBlur(0.9)).resize((112, 112),
                                                                              Image.BILINEAR)
    blue = Image.new("RGBA", (112, 112), (90, 170, 255, 255))
    im.paste(Image.new("RGBA", (112, 112), (235, 235, 235, 255)), (14, 72), tile)
    im.paste(blue, (130, 72), soft)
    d.polygon([(118, 120), (128, 128), (118, 136)], fill=(200, 200, 200, 255))
    OUT.mkdir(parents=True, exist_ok=True)
    for s in (256, 128, 64, 48, 32):
        im.resize((s, s), Image.LANCZOS).save(OUT / f"ae-desktop-{s}.png")
    im.save(OUT / "ae-desktop.ico", sizes=[(256, 256), (64, 64), (48, 48), (32, 32), (16, 16)])
    print(sorted(p.name for p in OUT.iterdir()))


if __name__ == "__main__":
    main()
