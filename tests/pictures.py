"""Measures of rendered pictures that several test files share."""

import io

import numpy as np
from PIL import Image

# The picture is cut in squares a twelfth of its width a side (100 px of a 1200 px preview, 67 px of
# an 800 px embed): a square is blank when all but 0.5 % of it is the paper.
TILES_ACROSS = 12


def blank_share(png, box=None, paper=None):
    """The share of a picture's squares (inside `box`, (left, top, right, bottom)) that hold nothing
    but the paper: its colour (the top-left pixel's unless given) within 6 levels."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    if box:
        image = image.crop(box)
    tile = image.width // TILES_ACROSS
    pixels = np.asarray(image).astype(int)
    paper = np.array(paper if paper is not None else pixels[0, 0])
    near = np.abs(pixels - paper).sum(axis=2) <= 6
    height, width = near.shape
    tiles = [near[y:y + tile, x:x + tile].mean() >= 0.995
             for y in range(0, height - tile + 1, tile) for x in range(0, width - tile + 1, tile)]
    return sum(tiles) / len(tiles)
