"""Issue #30's first-frame target: the map page in Ukrainian (and German, Russian) against English, in one run.

Run from the repository root:

    .venv/bin/python -m tests.benchmarks.languages [--loads 7] [--json]

It serves the app with gunicorn in production mode (server.py: the bundle built, the static files
collected, hashed and precompressed) with Kharkov 1942, and loads /operations/kharkov-1942/?lang=XX
in headless Chromium with a cold browser cache (a new context per load). The languages take turns
load by load, so that a machine growing busier or quieter during the run weighs on each alike. It
prints, per language, the median first complete frame (our `battlemap:first-frame` mark), the
bytes and requests before it, and the ratio to English; the target is Ukrainian within 10 % of
English.
"""

import argparse
import json
import statistics
import tempfile
from pathlib import Path

from tests.benchmarks.page_targets import cold_load
from tests.benchmarks.pages import OUR_READY, verdict
from tests.benchmarks.server import REPO, Server, launch_chromium

LANGUAGES = ("en", "uk", "de", "ru")
# Ukrainian's first frame may take at most this much longer than English's.
TARGET_RATIO = 1.10


def measure(browser, base_url, loads):
    """Each language's cold loads, taken in turns, after one warming load each."""
    runs = {lang: [] for lang in LANGUAGES}
    for round_number in range(loads + 1):
        for lang in LANGUAGES:
            page, figures = cold_load(browser, f"{base_url}?lang={lang}", OUR_READY, "battlemap:first-frame")
            html_lang = page.evaluate("document.documentElement.lang")
            page.context.close()
            if figures["errors"]:
                raise SystemExit(f"?lang={lang}: the page reported errors: {figures['errors']}")
            if not html_lang.startswith(lang):
                raise SystemExit(f"?lang={lang}: the page answered in '{html_lang}'")
            if round_number:
                runs[lang].append(figures)
    return {lang: {"first_frame_ms": statistics.median(r["first_frame_ms"] for r in figures),
                   "all_ms": [round(r["first_frame_ms"]) for r in figures],
                   "kb_before": statistics.median(r["kb_before"] for r in figures),
                   "requests_before": statistics.median(r["requests_before"] for r in figures)}
            for lang, figures in runs.items()}


def report(results):
    english = results["en"]["first_frame_ms"]
    print("\nKharkov 1942 map page, production mode, cold browser cache, by language")
    print(f"{'':6} {'first frame, ms':>16} {'KB before':>10} {'requests':>9} {'/ English':>10}")
    for lang, figures in results.items():
        print(f"{lang:6} {figures['first_frame_ms']:16.0f} {figures['kb_before']:10.1f} {figures['requests_before']:9.0f} "
              f"{figures['first_frame_ms'] / english:10.2f}   {figures['all_ms']}")
    ukrainian = results["uk"]["first_frame_ms"]
    print("\nTarget")
    print(f"  Ukrainian's first frame within {round((TARGET_RATIO - 1) * 100)} % of English's: "
          f"{verdict(ukrainian <= english * TARGET_RATIO)} ({ukrainian:.0f} ms against {english:.0f} ms)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--loads", type=int, default=7, help="cold loads per language (default 7)")
    parser.add_argument("--json", action="store_true", help="also print the results as JSON")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="battlemap-languages-") as tmp:
        server = Server(Path(tmp))
        server.prepare(REPO / "geodata" / "kharkov-1942")
        server.start()
        try:
            with sync_playwright() as playwright:
                browser = launch_chromium(playwright)
                results = measure(browser, f"{server.url}/operations/kharkov-1942/", args.loads)
                browser.close()
        finally:
            server.stop()
    report(results)
    if args.json:
        print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
