"""Issue #24's school-laptop figures: the operation page with Chromium's CPU slowed, beside the peer.

Run from the repository root:

    .venv/bin/python -m tests.benchmarks.slow_cpu [--rates 1 4] [--loads 3] [--seconds 8] [--json]

It serves the app as the page benchmark does (server.py: gunicorn, production mode, the bundle,
hashed and precompressed static files) with Kharkov 1942, and the Leaflet.TimeDimension peer page
beside it. For each CPU slow-down rate (Chromium's `Emulation.setCPUThrottlingRate`, which is
what DevTools' "4× slowdown" does), in a new browser context per load (cold cache), it measures:

- **ready**: navigation to the page's first complete frame (our `battlemap:first-frame` mark, the
  peer's `peer:first-frame`), the median of --loads loads;
- **playing**: the interval between animation frames while the map plays Kharkov from its first
  day, for --seconds seconds from the moment the page is ready (p50, p95, worst, and how many
  frames took over 100 ms); the peer plays with its TimeDimension player (one day a second, as
  ours plays at its default speed);
- for ours, the detail the map settled on (`html[data-battlemap-detail]`: full, or which work it
  shed) and whether it said so.

Targets at 4×: p95 <= 25 ms, no frame over 100 ms, ready within 2 s.
"""

import argparse
import json
import os
import statistics
import tempfile
from pathlib import Path

from tests.benchmarks.frame_times import summary
from tests.benchmarks.pages import OUR_READY, PEER_READY, serve_peer, verdict
from tests.benchmarks.server import REPO, Server, launch_chromium

TARGETS = {"play_p95_ms": 25, "worst_frame_ms": 100, "ready_ms": 2000}

# Frame intervals for `seconds` from now while the page plays: ours by its clock, the peer by its
# TimeDimension player. The map's detail level is read at the end.
PLAY_FRAMES = """async ([seconds, ours]) => {
  if (ours) window.battlemap.clock.play();
  else document.querySelector('.timecontrol-play').click();
  const intervals = [];
  const until = performance.now() + seconds * 1000;
  await new Promise((resolve) => {
    let previous = null;
    const step = (timestamp) => {
      if (previous !== null) intervals.push(timestamp - previous);
      previous = timestamp;
      if (timestamp > until) return resolve();
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  if (ours) window.battlemap.clock.pause();
  const root = document.documentElement;
  const notice = document.querySelector('[data-role="detail-notice"]');
  const said = notice && notice.querySelector('.bm-notice__title');
  return { intervals, detail: root.dataset.battlemapDetail || null,
           said: notice && said && !notice.hidden ? said.textContent.trim() : null };
}"""


def throttled_page(browser, rate, viewport=(1280, 720)):
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": rate})
    return page


def load(browser, url, rate, ready, mark):
    page = throttled_page(browser, rate)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    page.wait_for_selector(ready, state="attached", timeout=120000)
    ready_ms = page.evaluate("(mark) => performance.getEntriesByName(mark)[0].startTime", mark)
    return page, ready_ms, errors


def measure(browser, url, rate, *, ours, loads, seconds):
    ready, mark = (OUR_READY, "battlemap:first-frame") if ours else (PEER_READY, "peer:first-frame")
    # One load to warm the server, then cold-cache loads for the ready time.
    page, _, _ = load(browser, url, rate, ready, mark)
    page.context.close()
    ready_times = []
    for _ in range(loads):
        page, ready_ms, errors = load(browser, url, rate, ready, mark)
        ready_times.append(ready_ms)
        page.context.close()
    # Play from the moment a fresh load is ready, as a pupil presses Play.
    page, _, errors = load(browser, url, rate, ready, mark)
    played = page.evaluate(PLAY_FRAMES, [seconds, ours])
    page.context.close()
    intervals = played["intervals"]
    return {"ready_ms": statistics.median(ready_times), "ready_all": [round(t) for t in ready_times],
            "play": summary(intervals), "frames": len(intervals),
            "over_100ms": sum(1 for i in intervals if i > 100), "detail": played["detail"], "said": played["said"],
            "errors": errors}


def report(results, seconds):
    print(f"\nKharkov 1942, production mode, playing {seconds} s from ready; ours beside the Leaflet.TimeDimension peer")
    print(f"{'':34} {'ours':>24} {'peer':>24}")
    for rate, pair in results.items():
        ours, peer = pair["ours"], pair["peer"]
        print(f"CPU slowed {rate}x")
        for name, key in (("ready (first frame), ms", "ready_ms"),):
            print(f"  {name:32} {ours[key]:24.0f} {peer[key]:24.0f}")
        for name, key in (("play: frame interval p50, ms", "p50"), ("play: frame interval p95, ms", "p95"),
                          ("play: worst frame, ms", "max")):
            print(f"  {name:32} {ours['play'][key]:24.1f} {peer['play'][key]:24.1f}")
        print(f"  {'play: frames over 100 ms':32} {ours['over_100ms']:24d} {peer['over_100ms']:24d}")
        print(f"  {'detail the map settled on':32} {str(ours['detail']):>24} {'':>24}")
        if ours["said"]:
            print(f"  the map said: {ours['said']!r}")
        print(f"  (ready, ours: {ours['ready_all']}; peer: {peer['ready_all']})")
    print("\nTargets (at 4x)")
    for rate, pair in results.items():
        if rate != 4:
            continue
        ours = pair["ours"]
        checks = [
            (f"playing: frame interval p95 <= {TARGETS['play_p95_ms']} ms", ours["play"]["p95"] <= TARGETS["play_p95_ms"],
             f"{ours['play']['p95']:.1f} ms"),
            (f"playing: no frame over {TARGETS['worst_frame_ms']} ms", ours["over_100ms"] == 0,
             f"worst {ours['play']['max']:.1f} ms, {ours['over_100ms']} over"),
            (f"ready within {TARGETS['ready_ms']} ms", ours["ready_ms"] <= TARGETS["ready_ms"], f"{ours['ready_ms']:.0f} ms"),
        ]
        for name, ok, figures in checks:
            print(f"  [{verdict(ok):6}] {name}: {figures}")
    errors = {f"{rate}x {who}": entry["errors"] for rate, pair in results.items() for who, entry in pair.items() if entry["errors"]}
    if errors:
        print(f"  page errors: {errors}")
    print(f"\n({os.cpu_count()} CPUs seen.)")


def run_slow_cpu(browser, server, rates=(1, 4), loads=3, seconds=8):
    """The figures at each CPU slow-down rate, ours and the peer's, from the running `server`."""
    ours_url = f"{server.url}/operations/kharkov-1942/"
    peer_url = f"{server.url}/static/peer/index.html?operation=kharkov-1942"
    results = {}
    for rate in rates:
        rate = int(rate) if rate == int(rate) else rate
        results[rate] = {
            "ours": measure(browser, ours_url, rate, ours=True, loads=loads, seconds=seconds),
            "peer": measure(browser, peer_url, rate, ours=False, loads=loads, seconds=seconds),
        }
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rates", type=float, nargs="+", default=[1, 4], help="CPU slow-down rates (default 1 4)")
    parser.add_argument("--loads", type=int, default=3, help="cold loads per ready-time median (default 3)")
    parser.add_argument("--seconds", type=float, default=8, help="seconds of playing measured (default 8)")
    parser.add_argument("--json", action="store_true", help="also print the results as JSON")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="battlemap-slow-cpu-") as tmp:
        server = Server(Path(tmp))
        server.prepare(REPO / "geodata" / "kharkov-1942", add_static=serve_peer)
        server.start()
        try:
            with sync_playwright() as playwright:
                browser = launch_chromium(playwright)
                results = run_slow_cpu(browser, server, args.rates, args.loads, args.seconds)
                browser.close()
        finally:
            server.stop()
    report(results, args.seconds)
    if args.json:
        print(json.dumps(results, indent=1, default=str))


if __name__ == "__main__":
    main()
