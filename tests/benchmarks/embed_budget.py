"""Embed budget: the embed page's compressed size and first complete frame, cold cache, production mode.

Run from the repository root: .venv/bin/python -m tests.benchmarks.embed_budget [--operation geodata/kharkov-1942]
Uses the benchmarks' production server (server.py: collected, hashed, precompressed static files).
Targets (issue #9): under 250 KB compressed, first complete frame under 800 ms.
"""

import argparse
import json
import statistics
import tempfile
from pathlib import Path

from tests.benchmarks.frame_times import PAGE_BYTES
from tests.benchmarks.server import REPO, Server, launch_chromium

TARGETS = {"page_kb": 250, "first_frame_ms": 800}


def load_embed(browser, server, slug):
    """One cold load of the embed at 800x450: first-frame mark and bytes of every resource."""
    context = browser.new_context(viewport={"width": 800, "height": 450})
    page = context.new_page()
    page.goto(f"{server.url}/embed/{slug}/")
    page.wait_for_selector("html[data-battlemap-ready='true']", state="attached", timeout=30000)
    first_frame = page.evaluate("performance.getEntriesByName('battlemap:first-frame')[0].startTime")
    page.wait_for_load_state("networkidle")
    resources = page.evaluate(PAGE_BYTES)
    context.close()
    return first_frame, resources


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--operation", default=str(REPO / "geodata" / "kharkov-1942"))
    parser.add_argument("--loads", type=int, default=5)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    folder = Path(args.operation).resolve()
    slug = json.loads((folder / "operation.json").read_text())["slug"]
    with tempfile.TemporaryDirectory(prefix="battlemap-embed-bench-") as tmp:
        server = Server(Path(tmp))
        server.prepare(folder)
        server.start()
        try:
            with sync_playwright() as playwright:
                browser = launch_chromium(playwright)
                load_embed(browser, server, slug)  # warm the server, not the browser
                loads = [load_embed(browser, server, slug) for _ in range(args.loads)]
                browser.close()
        finally:
            server.stop()
    first_frames = sorted(first for first, _ in loads)
    resources = loads[-1][1]
    kb = sum(r["encoded"] for r in resources) / 1024
    median = statistics.median(first_frames)
    print(f"embed /embed/{slug}/ at 800x450, cold cache, production static files")
    print(f"  compressed size   {kb:7.1f} KB ({len(resources)} requests)   "
          f"[{'ok' if kb < TARGETS['page_kb'] else 'OVER'}: < {TARGETS['page_kb']} KB]")
    print(f"  first frame       {median:7.0f} ms median of {len(first_frames)} "
          f"({', '.join(f'{t:.0f}' for t in first_frames)})   "
          f"[{'ok' if median < TARGETS['first_frame_ms'] else 'OVER'}: < {TARGETS['first_frame_ms']} ms]")


if __name__ == "__main__":
    main()
