"""Make a scan from a text PDF, as a tired office scanner would: rotated, blurred, speckled, JPEG'd.

Seeded, so a test reads the same image every run. Pages become grayscale JPEG images in a PDF
without a text layer, like the scans municipalities publish.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter


def degrade_page(image: Image.Image, rng: np.random.Generator, angle: float, blur: float, speckle: float,
                 quality: int) -> Image.Image:
    image = image.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    pixels = np.asarray(image).copy()
    noise = rng.random(pixels.shape)
    pixels[noise < speckle / 2] = 0
    pixels[noise > 1 - speckle / 2] = 255
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue()))


def make_scan(source: Path, target: Path, seed: int = 14, dpi: int = 200, pages: list[int] | None = None,
              blur: float = 0.7, speckle: float = 0.002, quality: int = 50,
              angles: tuple[float, float] = (1.0, 2.0)) -> Path:
    """Render `source` (0-based `pages`, default all) and write the degraded scan to `target`, each page
    turned by an angle between `angles` (degrees) one way or the other."""
    rng = np.random.default_rng(seed)
    pdf = pdfium.PdfDocument(str(source))
    images = []
    for i in pages if pages is not None else range(len(pdf)):
        gray = pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        angle = float(rng.uniform(*angles) * rng.choice([-1, 1]))
        images.append(degrade_page(gray, rng, angle, blur, speckle, quality))
    pdf.close()
    images[0].save(target, "PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return target
