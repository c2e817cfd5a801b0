"""Issue #14's targets for the operation page, measured beside a Leaflet.TimeDimension peer in the same run.

Run from the repository root:

    .venv/bin/python -m tests.benchmarks.page_targets [--loads 5] [--quick] [--json]

It serves the app with gunicorn in production mode (server.py: collected, hashed,
precompressed static files, the bundled script) with Kharkov 1942 and synthetic operations 10 and
100 times its size (formations × days), and beside it the peer page (tests/benchmarks/peer/: the
same timeline drawn the way Leaflet.TimeDimension's documentation shows, with milsymbol icons as
markers), copied into the collected static files and precompressed the same way, so both pages
come from the same server with the same compression. In headless Chromium, cold browser cache (a
new context per load), it measures:

- first complete frame (our `battlemap:first-frame` mark; the peer's `peer:first-frame`, once each
  of its TimeDimension layers has shown the first day), median of --loads loads; the embed page too;
- bytes (compressed) and requests before the first frame, and for the whole page;
- the same first frame while a second Chromium scrubs our page beside it;
- frame interval and drawing work while scrubbing the whole operation, requests during the scrub,
  and the JS heap after it (after a forced garbage collection);
- jank after the first frame: playing from the moment the page is ready, and scrubbing, for 5 s;
- scale: the first frame at 1×, 10× and 100× Kharkov, and the scrub of the 100× operation.

Every target is printed with a verdict, and the peer's figures beside ours with the ratio.
- school laptops and phones (slow_cpu.py): ready time and playing frame intervals with Chromium's
  CPU slowed 1× and 4×, beside the peer slowed the same way, and the detail the map settled on;
- the mobile audit (mobile_audit.py): Lighthouse 12.2.3's mobile preset on the map page, the embed
  and the peer, scores and metrics side by side.

--quick: 2 loads, no 100× operation and no Lighthouse audit (a run of a few minutes).
--no-slow-cpu, --no-audit: leave those parts out.
"""

import argparse
import json
import math
import os
import statistics
import tempfile
import threading
from pathlib import Path

from tests.benchmarks.frame_times import SCRUB, summary, write_synthetic_operation
from tests.benchmarks.mobile_audit import report as report_audit
from tests.benchmarks.mobile_audit import run_audit
from tests.benchmarks.pages import OUR_READY, PEER_READY, serve_peer, verdict
from tests.benchmarks.server import REPO, Server, launch_chromium
from tests.benchmarks.slow_cpu import report as report_slow_cpu
from tests.benchmarks.slow_cpu import run_slow_cpu

SLOW_CPU_SECONDS = 8

REFRESH_MS = 1000 / 60
# An animation frame cannot come sooner than the refresh; half a millisecond over is timer jitter.
WITHIN_REFRESH_MS = REFRESH_MS + 0.5
FRAMES_PER_DAY = 30
TARGETS = {"first_frame_ms": 500, "embed_first_frame_ms": 400, "first_frame_under_load_ms": 800,
           "page_kb": 200, "requests_before_first_frame": 12, "worst_frame_ms": 50, "heap_mb": 25}


BEFORE_FIRST_FRAME = """(mark) => {
  const at = performance.getEntriesByName(mark)[0].startTime;
  const entries = [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')];
  const before = entries.filter((e) => e.startTime <= at);
  return { at, requests: before.length, bytes: before.reduce((sum, e) => sum + e.encodedBodySize, 0) };
}"""
ALL_BYTES = """() => {
  const entries = [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')];
  return { requests: entries.length, bytes: entries.reduce((sum, e) => sum + e.encodedBodySize, 0) };
}"""
# The peer scrubbed as its slider scrubs: each frame shows the day the continuous time falls in
# (TimeDimension has only the days); `work` is the time its layers take to update in the frame.
PEER_SCRUB = """async (framesPerDay) => {
  const { map, times } = window.peer;
  const total = Math.round((times.length - 1) * framesPerDay);
  const intervals = [];
  const work = [];
  await new Promise((resolve) => {
    let previous = null;
    let frame = 0;
    const step = (timestamp) => {
      if (previous !== null) intervals.push(timestamp - previous);
      previous = timestamp;
      if (frame > total) return resolve();
      const startedAt = performance.now();
      map.timeDimension.setCurrentTime(times[Math.min(times.length - 1, Math.floor(frame / framesPerDay))]);
      work.push(performance.now() - startedAt);
      frame++;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  return { intervals, work, frames: total };
}"""
# Frame intervals for `seconds` from now while the map plays (or is scrubbed back and forth).
FRAMES_FOR = """async ([seconds, mode]) => {
  const bm = window.battlemap;
  if (mode === 'play') bm.clock.play();
  const intervals = [];
  const until = performance.now() + seconds * 1000;
  await new Promise((resolve) => {
    let previous = null;
    let frame = 0;
    const step = (timestamp) => {
      if (previous !== null) intervals.push(timestamp - previous);
      previous = timestamp;
      if (timestamp > until) return resolve();
      // Scrubbing as a hand does: a day and a half a second, back and forth.
      if (mode === 'scrub') bm.clock.setTime(Math.abs(((frame++ / 40) % (2 * bm.clock.maxTime)) - bm.clock.maxTime), 'scrub');
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  bm.clock.pause();
  return intervals;
}"""


def cold_load(browser, url, ready, mark, viewport=(1280, 720)):
    """One load in a new context (empty cache): first frame, what came before it, the whole page."""
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto(url)
    page.wait_for_selector(ready, state="attached", timeout=120000)
    before = page.evaluate(BEFORE_FIRST_FRAME, mark)
    page.wait_for_load_state("networkidle")
    whole = page.evaluate(ALL_BYTES)
    return page, {"first_frame_ms": before["at"], "requests_before": before["requests"], "kb_before": before["bytes"] / 1024,
                  "requests": whole["requests"], "kb": whole["bytes"] / 1024, "errors": errors}


def first_frames(browser, url, ready, mark, loads, viewport=(1280, 720)):
    """Median of `loads` cold loads (after one that warms the server), and the loads' figures."""
    page, _ = cold_load(browser, url, ready, mark, viewport)
    page.context.close()
    runs = []
    for _ in range(loads):
        page, figures = cold_load(browser, url, ready, mark, viewport)
        page.context.close()
        runs.append(figures)
    runs.sort(key=lambda figures: figures["first_frame_ms"])
    median = runs[len(runs) // 2]
    return {**median, "first_frame_ms": statistics.median(r["first_frame_ms"] for r in runs),
            "all_ms": [round(r["first_frame_ms"]) for r in runs]}


def heap_mb(page):
    """The page's JS heap after a garbage collection, typed arrays' buffers included (V8 keeps
    them outside the heap proper: the morph's distance fields are such buffers)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("HeapProfiler.enable")
    cdp.send("HeapProfiler.collectGarbage")
    usage = cdp.send("Runtime.getHeapUsage")
    cdp.detach()
    return (usage["usedSize"] + usage.get("backingStorageSize", 0)) / 1024 / 1024


def scrub(browser, url, ready, mark, ours):
    """Scrub the whole operation once the page is ready (ours: once its morph is prepared)."""
    page, _ = cold_load(browser, url, ready, mark)
    if ours:
        page.wait_for_selector("html[data-battlemap-prepared='true']", state="attached", timeout=300000)
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    result = page.evaluate(SCRUB if ours else PEER_SCRUB, FRAMES_PER_DAY)
    figures = {"interval": summary(result["intervals"]), "work": summary(result["work"]), "frames": result["frames"],
               "requests_during": len(requests), "heap_mb": heap_mb(page)}
    page.context.close()
    return figures


def jank_after_ready(browser, url, mode, seconds=5):
    """Frame intervals from the moment the page is ready: playing, or scrubbing."""
    page, _ = cold_load(browser, url, OUR_READY, "battlemap:first-frame")
    intervals = page.evaluate(FRAMES_FOR, [seconds, mode])
    page.context.close()
    return summary(intervals)


class BusyNeighbour:
    """A second Chromium scrubbing our page over and over, until stopped."""

    def __init__(self, url):
        self.url = url
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            page = browser.new_page(viewport={"width": 1280, "height": 720})
            page.goto(self.url)
            page.wait_for_selector(OUR_READY, state="attached", timeout=120000)
            while not self._stop.is_set():
                page.evaluate(FRAMES_FOR, [2, "scrub"])
            browser.close()

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=60)


def ratio(ours, peer):
    return f"{ours / peer:5.2f}" if peer else "  n/a"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--loads", type=int, default=5, help="cold loads per first-frame median (default 5)")
    parser.add_argument("--quick", action="store_true", help="2 loads and no 100x operation")
    parser.add_argument("--json", action="store_true", help="also print the results as JSON")
    parser.add_argument("--no-slow-cpu", action="store_true", help="leave out the figures with the CPU slowed")
    parser.add_argument("--no-audit", action="store_true", help="leave out the Lighthouse mobile audit")
    args = parser.parse_args()
    loads = 2 if args.quick else args.loads
    from playwright.sync_api import sync_playwright

    kharkov = REPO / "geodata" / "kharkov-1942"
    results = {}
    with tempfile.TemporaryDirectory(prefix="battlemap-targets-") as tmp:
        workdir = Path(tmp)
        server = Server(workdir)
        server.prepare(kharkov, add_static=serve_peer)
        scales = {1: "kharkov-1942"}
        for scale in (10,) if args.quick else (10, 100):
            slug, formations, days = write_synthetic_operation(workdir / f"synthetic-{scale}x", base=kharkov, scale=math.sqrt(scale))
            server.manage("load_operation", str(workdir / f"synthetic-{scale}x"))
            scales[scale] = slug
        server.start()
        ours_url = f"{server.url}/operations/kharkov-1942/"
        embed_url = f"{server.url}/embed/kharkov-1942/"
        peer_url = f"{server.url}/static/peer/index.html?operation=kharkov-1942"
        try:
            with sync_playwright() as playwright:
                browser = launch_chromium(playwright)
                results["ours"] = first_frames(browser, ours_url, OUR_READY, "battlemap:first-frame", loads)
                results["peer"] = first_frames(browser, peer_url, PEER_READY, "peer:first-frame", loads)
                results["embed"] = first_frames(browser, embed_url, OUR_READY, "battlemap:first-frame", loads, (800, 450))
                with BusyNeighbour(ours_url):
                    results["ours_under_load"] = first_frames(browser, ours_url, OUR_READY, "battlemap:first-frame", loads)
                    results["peer_under_load"] = first_frames(browser, peer_url, PEER_READY, "peer:first-frame", loads)
                results["ours_scrub"] = scrub(browser, ours_url, OUR_READY, "battlemap:first-frame", True)
                results["peer_scrub"] = scrub(browser, peer_url, PEER_READY, "peer:first-frame", False)
                results["play_from_ready"] = jank_after_ready(browser, ours_url, "play")
                results["scrub_from_ready"] = jank_after_ready(browser, ours_url, "scrub")
                results["scale"] = {}
                for scale, slug in scales.items():
                    url = f"{server.url}/operations/{slug}/"
                    entry = first_frames(browser, url, OUR_READY, "battlemap:first-frame", max(1, loads // 2))
                    if scale == max(scales):
                        entry["scrub"] = scrub(browser, url, OUR_READY, "battlemap:first-frame", True)
                    results["scale"][scale] = entry
                if not args.no_slow_cpu:
                    results["slow_cpu"] = run_slow_cpu(browser, server, loads=max(2, loads // 2 + 1))
                browser.close()
            if not (args.quick or args.no_audit):
                results["mobile_audit"] = run_audit(server, workdir, runs=3)
        finally:
            server.stop()
    report(results)
    if "slow_cpu" in results:
        report_slow_cpu(results["slow_cpu"], SLOW_CPU_SECONDS)
    if "mobile_audit" in results:
        report_audit(results["mobile_audit"])
    if args.json:
        print(json.dumps(results, indent=1, default=str))


def report(results):
    ours, peer, embed = results["ours"], results["peer"], results["embed"]
    loaded_ours, loaded_peer = results["ours_under_load"], results["peer_under_load"]
    scrub_ours, scrub_peer = results["ours_scrub"], results["peer_scrub"]
    print("\nKharkov 1942, production mode, cold browser cache; ours beside the Leaflet.TimeDimension peer")
    print(f"{'':44} {'ours':>10} {'peer':>10} {'ours/peer':>10}")
    rows = [
        ("first complete frame, ms (median)", ours["first_frame_ms"], peer["first_frame_ms"]),
        ("  ... with a second Chromium scrubbing", loaded_ours["first_frame_ms"], loaded_peer["first_frame_ms"]),
        ("requests before the first frame", ours["requests_before"], peer["requests_before"]),
        ("KB (compressed) before the first frame", ours["kb_before"], peer["kb_before"]),
        ("whole page, KB compressed", ours["kb"], peer["kb"]),
        ("whole page, requests", ours["requests"], peer["requests"]),
        ("scrub: frame interval p50, ms", scrub_ours["interval"]["p50"], scrub_peer["interval"]["p50"]),
        ("scrub: frame interval p95, ms", scrub_ours["interval"]["p95"], scrub_peer["interval"]["p95"]),
        ("scrub: worst frame, ms", scrub_ours["interval"]["max"], scrub_peer["interval"]["max"]),
        ("scrub: drawing work p50, ms", scrub_ours["work"]["p50"], scrub_peer["work"]["p50"]),
        ("scrub: drawing work p95, ms", scrub_ours["work"]["p95"], scrub_peer["work"]["p95"]),
        ("scrub: requests during it", scrub_ours["requests_during"], scrub_peer["requests_during"]),
        ("JS heap after a full scrub, MB", scrub_ours["heap_mb"], scrub_peer["heap_mb"]),
    ]
    for name, mine, theirs in rows:
        print(f"{name:44} {mine:10.1f} {theirs:10.1f} {ratio(mine, theirs):>10}")
    print(f"  (first frames, ours: {ours['all_ms']}; peer: {peer['all_ms']}; under load, ours: {loaded_ours['all_ms']}; "
          f"peer: {loaded_peer['all_ms']})")
    print("  (the peer has no morph: it shows whole days only, so its scrub redraws once a day, not every frame)")

    play, scrub_ready = results["play_from_ready"], results["scrub_from_ready"]
    print("\nTargets")
    checks = [
        (f"first complete frame < {TARGETS['first_frame_ms']} ms and ahead of the peer",
         ours["first_frame_ms"] < TARGETS["first_frame_ms"] and ours["first_frame_ms"] < peer["first_frame_ms"],
         f"{ours['first_frame_ms']:.0f} ms (peer {peer['first_frame_ms']:.0f} ms)"),
        (f"embed first frame < {TARGETS['embed_first_frame_ms']} ms", embed["first_frame_ms"] < TARGETS["embed_first_frame_ms"],
         f"{embed['first_frame_ms']:.0f} ms {embed['all_ms']}"),
        (f"with a second Chromium scrubbing, < {TARGETS['first_frame_under_load_ms']} ms",
         loaded_ours["first_frame_ms"] < TARGETS["first_frame_under_load_ms"], f"{loaded_ours['first_frame_ms']:.0f} ms"),
        (f"page < {TARGETS['page_kb']} KB compressed", ours["kb"] < TARGETS["page_kb"], f"{ours['kb']:.0f} KB in {ours['requests']} requests"),
        (f"no more than {TARGETS['requests_before_first_frame']} requests before the first frame",
         ours["requests_before"] <= TARGETS["requests_before_first_frame"], f"{ours['requests_before']}"),
        ("playing from ready: p95 within one refresh, no frame over 50 ms",
         play["p95"] <= WITHIN_REFRESH_MS and play["max"] <= TARGETS["worst_frame_ms"],
         f"p50 {play['p50']:.1f} p95 {play['p95']:.1f} max {play['max']:.1f} ms"),
        ("scrubbing from ready: p95 within one refresh, no frame over 50 ms",
         scrub_ready["p95"] <= WITHIN_REFRESH_MS and scrub_ready["max"] <= TARGETS["worst_frame_ms"],
         f"p50 {scrub_ready['p50']:.1f} p95 {scrub_ready['p95']:.1f} max {scrub_ready['max']:.1f} ms"),
        (f"JS heap after a full scrub < {TARGETS['heap_mb']} MB and no more than the peer's",
         scrub_ours["heap_mb"] < TARGETS["heap_mb"] and scrub_ours["heap_mb"] <= scrub_peer["heap_mb"],
         f"{scrub_ours['heap_mb']:.1f} MB (peer {scrub_peer['heap_mb']:.1f} MB)"),
        ("every peer figure beaten", all(mine <= theirs for _, mine, theirs in rows),
         ", ".join(name.strip() for name, mine, theirs in rows if mine > theirs) or "all"),
    ]
    scale = results["scale"]
    biggest = max(scale)
    growth = math.log(scale[biggest]["first_frame_ms"] / scale[1]["first_frame_ms"]) / math.log(biggest)
    checks.append((f"scale: first frame grows sub-linearly (exponent < 1) up to {biggest}x", growth < 1,
                   ", ".join(f"{s}x {entry['first_frame_ms']:.0f} ms ({entry['kb']:.0f} KB)" for s, entry in scale.items())
                   + f"; exponent {growth:.2f}"))
    big_scrub = scale[biggest]["scrub"]["interval"]
    checks.append((f"scale: the {biggest}x operation scrubs with p95 within one refresh", big_scrub["p95"] <= WITHIN_REFRESH_MS,
                   f"p50 {big_scrub['p50']:.1f} p95 {big_scrub['p95']:.1f} max {big_scrub['max']:.1f} ms"))
    for name, ok, figures in checks:
        print(f"  [{verdict(ok):6}] {name}: {figures}")
    errors = {name: entry["errors"] for name, entry in results.items() if isinstance(entry, dict) and entry.get("errors")}
    if errors:
        print(f"  console errors: {errors}")
    print(f"\n({os.cpu_count()} CPUs seen; scrubbing at {FRAMES_PER_DAY} frames per day; p95 'within one refresh' is "
          f"<= {WITHIN_REFRESH_MS:.1f} ms.)")


if __name__ == "__main__":
    main()
