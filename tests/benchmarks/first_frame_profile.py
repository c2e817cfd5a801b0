"""Where the first frame's time goes: the page's milestones and the main thread's busiest functions.

    .venv/bin/python -m tests.benchmarks.first_frame_profile [--loads 3] [--embed] [--top 25]

Serves Kharkov 1942 in production mode (as page_targets.py does), loads the operation page cold
`--loads` times and prints, for the median load, when each milestone came (response of the page,
each script and the timeline document, the modules ready, the data parsed, the first frame) and
the long tasks before the first frame; then it loads once more under the CPU profiler and prints
the functions with the most self time from the first script to the first frame. A diagnosis, not a target: the
verdicts are page_targets.py's.
"""

import argparse
import json
import statistics
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

from tests.benchmarks.server import REPO, Server, launch_chromium

READY = "html[data-battlemap-ready='true']"
# Long tasks are only observed from the moment an observer exists: one is registered before any
# of the page's scripts runs.
OBSERVE_LONG_TASKS = """
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });
"""
# Under the profiler the page profiles itself from its first script to the first-frame mark
# (console.profile reaches the DevTools protocol's Profiler), so no later work is counted.
PROFILE_TO_FIRST_FRAME = """
console.profile('first-frame');
const mark = performance.mark.bind(performance);
performance.mark = (name, ...rest) => {
  const entry = mark(name, ...rest);
  if (name === 'battlemap:first-frame') console.profileEnd('first-frame');
  return entry;
};
"""
MILESTONES = """() => {
  const frame = performance.getEntriesByName('battlemap:first-frame')[0].startTime;
  const navigation = performance.getEntriesByType('navigation')[0];
  const rows = [
    ['page: response ends', navigation.responseEnd],
    ['page: DOM parsed', navigation.domInteractive],
  ];
  for (const entry of performance.getEntriesByType('resource')) {
    if (entry.startTime > frame) continue;
    const name = entry.name.replace(location.origin, '').split('?')[0];
    rows.push([`${name}: requested`, entry.startTime], [`${name}: first byte`, entry.responseStart],
      [`${name}: received (${Math.round(entry.encodedBodySize / 1024)} KB)`, entry.responseEnd]);
  }
  for (const mark of performance.getEntriesByType('mark')) if (mark.startTime <= frame) rows.push([mark.name, mark.startTime]);
  rows.push(['DOMContentLoaded', navigation.domContentLoadedEventEnd]);
  rows.sort((a, b) => a[1] - b[1]);
  return { frame, rows, longTasks: window.__longTasks.filter((t) => t.start < frame) };
}"""


def load(browser, url, viewport, profile=False):
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    context.add_init_script(OBSERVE_LONG_TASKS)
    page = context.new_page()
    profiles = []
    if profile:
        cdp = context.new_cdp_session(page)
        cdp.on("Profiler.consoleProfileFinished", lambda event: profiles.append(event["profile"]))
        cdp.send("Profiler.enable")
        cdp.send("Profiler.setSamplingInterval", {"interval": 200})
        page.add_init_script(PROFILE_TO_FIRST_FRAME)
    page.goto(url)
    page.wait_for_selector(READY, state="attached", timeout=120000)
    figures = page.evaluate(MILESTONES)
    if profile:
        page.wait_for_timeout(500)
        if not profiles:
            raise RuntimeError("the page sent no profile: console.profile did not reach the profiler")
        figures["profile"] = profiles[0]
    context.close()
    return figures


def self_times(profile, top):
    """Self time per function (name, file, line) from a CPU profile's samples, in ms."""
    nodes = {node["id"]: node for node in profile["nodes"]}
    deltas = profile.get("timeDeltas", [])
    counts = Counter()
    for sample, delta in zip(profile["samples"], deltas):
        frame = nodes[sample]["callFrame"]
        url = frame["url"].rsplit("/", 1)[-1] or "(native)"
        counts[(frame["functionName"] or "(anonymous)", url, frame["lineNumber"] + 1)] += delta / 1000
    return counts.most_common(top)


def keep_names(static_root):
    """Rebuild the collected bundle unminified, so that the profile names its functions and its
    line numbers find them in the sources; its compressed copies go, so the server sends it."""
    manifest = json.loads((static_root / "staticfiles.json").read_text())["paths"]
    bundle = static_root / manifest["battlemap/build/battlemap.bundle.js"]
    esbuild = REPO / "tools" / "build" / "node_modules" / ".bin" / "esbuild"
    subprocess.run([str(esbuild), str(REPO / "tools" / "build" / "page-bundle.js"), "--bundle", "--format=iife",
                    "--target=es2020", f"--outfile={bundle}"],
                   check=True, capture_output=True)
    for suffix in (".gz", ".br"):
        bundle.with_name(bundle.name + suffix).unlink(missing_ok=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--loads", type=int, default=3, help="cold loads; the median one is printed (default 3)")
    parser.add_argument("--embed", action="store_true", help="profile the embed page (800 × 450) instead")
    parser.add_argument("--names", action="store_true",
                        help="keep the bundle's function names (it is then larger and a little slower to load)")
    parser.add_argument("--save", metavar="FILE", help="write the profile there (.cpuprofile: DevTools opens it)")
    parser.add_argument("--top", type=int, default=25, help="functions listed from the profile (default 25)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="battlemap-profile-") as tmp:
        server = Server(Path(tmp))
        server.prepare(REPO / "geodata" / "kharkov-1942", add_static=keep_names if args.names else None)
        server.start()
        path = "embed" if args.embed else "operations"
        url = f"{server.url}/{path}/kharkov-1942/"
        viewport = (800, 450) if args.embed else (1280, 720)
        try:
            with sync_playwright() as playwright:
                browser = launch_chromium(playwright)
                load(browser, url, viewport)  # warms the server and the disk cache, not the browser's
                runs = sorted((load(browser, url, viewport) for _ in range(args.loads)), key=lambda r: r["frame"])
                profiled = load(browser, url, viewport, profile=True)
                browser.close()
        finally:
            server.stop()
    if args.save:
        Path(args.save).write_text(json.dumps(profiled["profile"]))
    median = runs[len(runs) // 2]
    print(f"{url}: first frames {[round(r['frame']) for r in runs]} ms; the median load:")
    for name, at in median["rows"]:
        print(f"  {at:7.1f} ms  {name}")
    print("long tasks before the first frame:", ", ".join(f"{t['duration']:.0f} ms at {t['start']:.0f}" for t in median["longTasks"]) or "none")
    print(f"\nself time from the first script to the first frame, profiled load (first frame {profiled['frame']:.0f} ms, "
          "the profiler slows it):")
    for (name, url_name, line), ms in self_times(profiled["profile"], args.top):
        print(f"  {ms:6.1f} ms  {name}  {url_name}:{line}")
    print(f"  (median first frame of the {args.loads} unprofiled loads: {statistics.median(r['frame'] for r in runs):.0f} ms)")


if __name__ == "__main__":
    main()
