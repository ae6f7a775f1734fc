"""Draws the integration's brand images (custom_components/odin/brand/*.png).

Run inside the project environment: ``odin_run python scripts/make_brand.py``.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "custom_components" / "odin" / "brand"


def draw_icon(size: int, *, dark: bool) -> Image.Image:
    """A ring (the farm) around a nozzle printing a layer line."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    s = size / 256
    fg = (235, 240, 250, 255) if dark else (21, 48, 92, 255)
    accent = (255, 152, 0, 255)
    d.ellipse((20 * s, 20 * s, 236 * s, 236 * s), outline=fg, width=round(22 * s))
    # nozzle
    d.polygon(
        [(98 * s, 62 * s), (158 * s, 62 * s), (158 * s, 112 * s), (128 * s, 150 * s),
         (98 * s, 112 * s)],
        fill=fg,
    )
    # layer lines
    d.rounded_rectangle((70 * s, 164 * s, 186 * s, 180 * s), radius=8 * s, fill=accent)
    d.rounded_rectangle((84 * s, 188 * s, 172 * s, 202 * s), radius=7 * s, fill=fg)
    return img


def main() -> None:
    """Write icon/logo (+@2x, dark variants)."""
    OUT.mkdir(parents=True, exist_ok=True)
    for dark in (False, True):
        prefix = "dark_" if dark else ""
        for name in ("icon", "logo"):
            draw_icon(256, dark=dark).save(OUT / f"{prefix}{name}.png", optimize=True)
            draw_icon(512, dark=dark).save(OUT / f"{prefix}{name}@2x.png", optimize=True)


if __name__ == "__main__":
    main()
