"""Screenshots of the map at phone, laptop and projector sizes, to look at and to compare.

    .venv/bin/python -m tools.screenshots OUTDIR [--compare OTHERDIR]

(from the repository root; `.venv/bin/python tools/screenshots.py` runs it the same way).

Serves the working tree in production mode (as the benchmarks do: collected, hashed static
files and the bundled script), loads the Kharkov 1942 page and its embed at each size on a few
days and mid-day times, waits until the morph is whole, and writes one PNG each to OUTDIR. With
--compare, each picture is set against the one of the same name in OTHERDIR (taken from another
commit, say in a git worktree) and the number of differing pixels is printed; the exit status is
1 if any differ.
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    # Run by its path: run again as the module, so that the project is imported as a package
    # from the repository root (the current folder), never by adding to Python's path.
    os.execv(sys.executable, [sys.executable, "-m", "tools.screenshots", *sys.argv[1:]])

from tests.benchmarks.server import REPO, Server, launch_chromium  # noqa: E402

SIZES = {"phone": (390, 844), "laptop": (1366, 768), "projector": (1920, 1080)}
MOMENTS = ["1942-05-12", "1942-05-17T12:00", "1942-05-22", "1942-05-24T06:00", "1942-05-26"]
PAGES = {"page": "/operations/kharkov-1942/", "embed": "/embed/kharkov-1942/"}
# The map is whole once its first frame is drawn and, between two days, the morph's fields are in.
WHOLE = """() => document.documentElement.dataset.battlemapReady === 'true'
  && window.battlemap && window.battlemap.debug.morphComplete"""


def take(outdir):
    from playwright.sync_api import sync_playwright

    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="battlemap-screens-") as tmp:
        server = Server(Path(tmp))
        server.prepare(REPO / "geodata" / "kharkov-1942")
        server.start()
        try:
            with sync_playwright() as playwright:
                browser = launch_chromium(playwright)
                for size, (width, height) in SIZES.items():
                    context = browser.new_context(viewport={"width": width, "height": height}, reduced_motion="reduce")
                    page = context.new_page()
                    for name, path in PAGES.items():
                        for moment in MOMENTS:
                            page.goto(f"{server.url}{path}?date={moment}")
                            page.wait_for_function(WHOLE, timeout=60000)
                            # Two frames more, so that what was asked for has been painted.
                            page.evaluate("new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
                            target = outdir / f"{name}-{size}-{moment.replace(':', '')}.png"
                            page.screenshot(path=str(target), full_page=name == "page")
                            print(target)
                    context.close()
                browser.close()
        finally:
            server.stop()


def compare(outdir, other):
    from PIL import Image, ImageChops

    differing = 0
    for picture in sorted(outdir.glob("*.png")):
        counterpart = other / picture.name
        if not counterpart.exists():
            print(f"{picture.name}: not in {other}")
            differing += 1
            continue
        a, b = Image.open(picture).convert("RGB"), Image.open(counterpart).convert("RGB")
        if a.size != b.size:
            print(f"{picture.name}: {a.size} against {b.size}")
            differing += 1
            continue
        # A pixel differs where any channel does: the largest channel difference, as 0 or 255.
        difference = ImageChops.difference(a, b)
        red, green, blue = difference.split()
        largest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
        changed = largest.point(lambda value: 255 if value else 0).histogram()[255]
        print(f"{picture.name}: {changed} pixels differ")
        differing += changed > 0
    return differing


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--compare", type=Path, metavar="OTHERDIR", help="compare each picture with OTHERDIR's")
    args = parser.parse_args()
    take(args.outdir)
    if args.compare:
        sys.exit(1 if compare(args.outdir, args.compare) else 0)


if __name__ == "__main__":
    main()
