"""Issue #24's mobile audit: Lighthouse 12's mobile preset on the map page, the embed and the Leaflet.TimeDimension peer.

Run from the repository root:

    .venv/bin/python -m tests.benchmarks.mobile_audit [--runs 3] [--json]

It serves the app with gunicorn in production mode (server.py) with Kharkov 1942, and the peer page
from the same server as page_targets.py does, then runs Lighthouse (pinned at 12.2.3 in
tools/audit/; `npm ci` there first if its node_modules is missing) against each page in turn, --runs
times: performance category only, the default mobile form factor and its simulated throttling
(slow 4G, 4x CPU), headless Chromium (CHROMIUM_PATH, else Debian's). It prints each page's median
performance score, FCP, LCP, total blocking time, cumulative layout shift and speed index side by
side, the issue's targets (map page and embed each >= 90 and ahead of the peer, CLS < 0.1,
TBT < 200 ms) met or missed, and, from the map page's median run, what shifts the layout, the
LCP element, the long tasks and the scripts that take the main thread (Lighthouse 12.2.3 cannot name
the shifting elements with a recent Chromium, so --runs loads of the map page under the same
emulation name them from the page's own layout-shift entries). Every page is served from
127.0.0.1; any request elsewhere that Lighthouse records is printed.
"""

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

from tests.benchmarks.pages import serve_peer
from tests.benchmarks.server import CHROMIUM_ARGS, CHROMIUM_PATH, REPO, Server

AUDIT = REPO / "tools" / "audit"
LIGHTHOUSE = AUDIT / "node_modules" / ".bin" / "lighthouse"
CHROME_FLAGS = ["--headless=new", *CHROMIUM_ARGS]
PAGES = {"map": "/operations/kharkov-1942/", "embed": "/embed/kharkov-1942/",
         "peer": "/static/peer/index.html?operation=kharkov-1942"}
# (key, label, Lighthouse audit id, unit, scale from Lighthouse's numericValue)
METRICS = [("score", "performance score", None, "", 1),
           ("fcp_ms", "first contentful paint", "first-contentful-paint", "ms", 1),
           ("lcp_ms", "largest contentful paint", "largest-contentful-paint", "ms", 1),
           ("tbt_ms", "total blocking time", "total-blocking-time", "ms", 1),
           ("cls", "cumulative layout shift", "cumulative-layout-shift", "", 1),
           ("si_ms", "speed index", "speed-index", "ms", 1)]
TARGETS = {"score": 90, "cls": 0.1, "tbt_ms": 200}
# Lighthouse's mobile preset (Moto G Power) and the DevTools throttling that matches its simulation.
MOBILE = {"viewport": {"width": 412, "height": 823}, "device_scale_factor": 1.75, "is_mobile": True, "has_touch": True}
SLOW_4G = {"offline": False, "latency": 150 * 3.75, "downloadThroughput": 1.6 * 1024 * 1024 / 8 * 0.9,
           "uploadThroughput": 750 * 1024 / 8 * 0.9}
# Every layout shift and LCP candidate the page reports, each element named as a selector would.
OBSERVE_SHIFTS = """() => {
  const name = (node) => {
    if (!node) return '(removed from the page)';
    let element = node.nodeType === 1 ? node : node.parentElement;
    const parts = [];
    while (element && parts.length < 3 && element !== document.body) {
      let part = element.localName + (element.id ? '#' + element.id : '');
      part += [...element.classList].slice(0, 2).map((c) => '.' + c).join('');
      parts.unshift(part);
      if (element.id) break;
      element = element.parentElement;
    }
    return parts.join(' > ');
  };
  const box = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
  window.__shifts = [];
  window.__lcp = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__shifts.push({ at: entry.startTime, value: entry.value,
        sources: entry.sources.map((s) => ({ element: name(s.node), from: box(s.previousRect), to: box(s.currentRect) })) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lcp.push({ at: entry.startTime, size: entry.size, element: name(entry.element) });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}"""


def ensure_lighthouse():
    """Install the pinned Lighthouse from tools/audit/package-lock.json when it is not there."""
    if not LIGHTHOUSE.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=AUDIT, check=True)
    version = subprocess.run([str(LIGHTHOUSE), "--version"], capture_output=True, text=True, check=True)
    return version.stdout.strip()


def lighthouse(url, workdir):
    """One Lighthouse run of `url`; its JSON report."""
    report = workdir / "report.json"
    env = {**os.environ, "CHROME_PATH": CHROMIUM_PATH}
    subprocess.run([str(LIGHTHOUSE), url, "--output=json", f"--output-path={report}", "--quiet",
                    "--only-categories=performance", "--throttling-method=simulate",
                    f"--chrome-flags={' '.join(CHROME_FLAGS)}"], env=env, check=True)
    result = json.loads(report.read_text())
    report.unlink()
    if result.get("runtimeError"):
        raise RuntimeError(f"Lighthouse on {url}: {result['runtimeError']}")
    return result


def figures(result):
    audits = result["audits"]
    score = result["categories"]["performance"]["score"]
    out = {"score": round(score * 100) if score is not None else None}
    for key, _, audit, _, scale in METRICS[1:]:
        value = audits[audit].get("numericValue")
        out[key] = value * scale if value is not None else None
    return out


def items(result, audit):
    details = result["audits"].get(audit, {}).get("details") or {}
    return details.get("items") or []


def node_label(node):
    if not isinstance(node, dict):
        return str(node)
    label = node.get("selector") or node.get("snippet") or ""
    if node.get("nodeLabel"):
        label += f" ({node['nodeLabel'][:60]!s})"
    return label


def short_url(url, origin):
    return url[len(origin):] if url.startswith(origin) else url


def contributors(result, origin):
    """What the report blames: elements that shift, the LCP element, long tasks, busy scripts."""
    shifts = []
    for item in items(result, "layout-shifts") or items(result, "layout-shift-elements"):
        causes = []
        for sub in (item.get("subItems") or {}).get("items", []):
            cause = sub.get("extra") or sub.get("cause")
            if isinstance(cause, dict):
                cause = cause.get("value") if cause.get("type") == "url" else node_label(cause)
            causes.append(str(cause) if cause else "")
        shifts.append({"element": node_label(item.get("node")), "score": item.get("score"),
                       "causes": [c for c in causes if c]})
    lcp = [node_label(item.get("node")) for item in items(result, "largest-contentful-paint-element")
           if item.get("node")]
    for item in items(result, "largest-contentful-paint-element"):
        for sub in (item.get("items") or []):
            if isinstance(sub, dict) and sub.get("node"):
                lcp.append(node_label(sub["node"]))
    long_tasks = [{"url": short_url(item.get("url", ""), origin), "start_ms": item.get("startTime"),
                   "duration_ms": item.get("duration")} for item in items(result, "long-tasks")]
    scripts = [{"url": short_url(item.get("url", ""), origin), "total_ms": item.get("total"),
                "scripting_ms": item.get("scripting"), "parse_ms": item.get("scriptParseCompile")}
               for item in items(result, "bootup-time")]
    breakdown = [{"group": item.get("groupLabel") or item.get("group"), "ms": item.get("duration")}
                 for item in items(result, "mainthread-work-breakdown")]
    return {"layout_shifts": shifts, "lcp_element": lcp, "long_tasks": long_tasks,
            "scripts": scripts, "main_thread": breakdown}


def foreign_requests(result, origin):
    return sorted({item["url"] for item in items(result, "network-requests")
                   if not item.get("url", "").startswith(origin) and urlparse(item.get("url", "")).scheme in {"http", "https", "ws", "wss"}})


def median_of(runs):
    out = {}
    for key, *_ in METRICS:
        values = [run[key] for run in runs if run[key] is not None]
        out[key] = statistics.median(values) if values else None
    out["scores"] = [run["score"] for run in runs]
    return out


def observed_shifts(url, settle_s=3):
    """Lighthouse 12.2.3 cannot name the shifting elements with a recent Chromium (its layout-shifts
    and largest-contentful-paint-element audits fail on the trace's PipelineReporter events), so a
    load under the same emulation (Moto G Power, 4x CPU, slow 4G applied by DevTools) names them
    from the page's own layout-shift and LCP entries."""
    from playwright.sync_api import sync_playwright

    from tests.benchmarks.server import launch_chromium

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        context = browser.new_context(**MOBILE)
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", SLOW_4G)
        page.add_init_script(f"({OBSERVE_SHIFTS})()")
        page.goto(url, timeout=120000)
        page.wait_for_load_state("load", timeout=120000)
        page.wait_for_timeout(settle_s * 1000)
        found = page.evaluate("() => ({ shifts: window.__shifts, lcp: window.__lcp, cls: window.__shifts.reduce((t, s) => t + s.value, 0) })")
        browser.close()
    return found


def run_audit(server, workdir, runs):
    """Lighthouse `runs` times on each page of the running `server` (which serves the peer too),
    and the map page's own layout-shift entries as many times; the results as report() reads them."""
    version = ensure_lighthouse()
    raw = {name: [] for name in PAGES}
    for path in PAGES.values():  # the server's first answers, before any audit
        urllib.request.urlopen(server.url + path, timeout=30).read()
    for _ in range(runs):
        for name, path in PAGES.items():  # the pages in turn, so drift touches all alike
            raw[name].append(lighthouse(server.url + path, workdir))
    # The shift depends on the order the page's work lands in; the load with the most is kept.
    observed_loads = [observed_shifts(server.url + PAGES["map"]) for _ in range(runs)]
    observed = {**max(observed_loads, key=lambda load: load["cls"]),
                "all_cls": [round(load["cls"], 3) for load in observed_loads]}
    origin = server.url
    results = {"lighthouse": version, "runs": runs, "pages": {}, "map_observed": observed}
    for name, reports in raw.items():
        page_runs = [figures(report) for report in reports]
        median = median_of(page_runs)
        # The run whose score is the median's stands for the page in the breakdown.
        by_score = sorted(range(len(page_runs)), key=lambda i: (page_runs[i]["score"] or 0))
        typical = reports[by_score[len(by_score) // 2]]
        results["pages"][name] = {"median": median, "runs": page_runs, "contributors": contributors(typical, origin),
                                  "foreign_requests": sorted({u for r in reports for u in foreign_requests(r, origin)}),
                                  "warnings": sorted({w for r in reports for w in r.get("runWarnings", [])})}
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page, median taken (default 3)")
    parser.add_argument("--json", action="store_true", help="also print the results as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="battlemap-audit-") as tmp:
        workdir = Path(tmp)
        server = Server(workdir)
        server.prepare(REPO / "geodata" / "kharkov-1942", add_static=serve_peer)
        server.start()
        try:
            results = run_audit(server, workdir, args.runs)
        finally:
            server.stop()
    report(results)
    if args.json:
        print(json.dumps(results, indent=1, default=str))


def show(key, value):
    if value is None:
        return "n/a"
    if key == "score":
        return f"{value:.0f}"
    if key == "cls":
        return f"{value:.3f}"
    return f"{value:,.0f} ms"


def report(results):
    pages = results["pages"]
    print(f"\nKharkov 1942, production mode; Lighthouse {results['lighthouse']}, mobile preset (simulated slow 4G, "
          f"4x CPU), median of {results['runs']} runs per page")
    print(f"{'':28} {'map page':>12} {'embed':>12} {'peer':>12}")
    for key, label, *_ in METRICS:
        print(f"{label:28} " + " ".join(f"{show(key, pages[name]['median'][key]):>12}" for name in PAGES))
    print("  (scores of each run: " + "; ".join(f"{name} {pages[name]['median']['scores']}" for name in PAGES) + ")")

    peer = pages["peer"]["median"]
    print("\nTargets")
    for name in ("map", "embed"):
        page = pages[name]["median"]
        label = "map page" if name == "map" else "embed"
        checks = [
            (f"{label}: score >= {TARGETS['score']} and ahead of the peer",
             page["score"] is not None and peer["score"] is not None
             and page["score"] >= TARGETS["score"] and page["score"] > peer["score"],
             f"{show('score', page['score'])} (peer {show('score', peer['score'])})"),
            (f"{label}: cumulative layout shift < {TARGETS['cls']}",
             page["cls"] is not None and page["cls"] < TARGETS["cls"], show("cls", page["cls"])),
            (f"{label}: total blocking time < {TARGETS['tbt_ms']} ms",
             page["tbt_ms"] is not None and page["tbt_ms"] < TARGETS["tbt_ms"], show("tbt_ms", page["tbt_ms"])),
        ]
        for check, ok, value in checks:
            print(f"  [{'met' if ok else 'MISSED':6}] {check}: {value}")

    found = pages["map"]["contributors"]
    print("\nThe map page's median run: what shifts, what blocks")
    print("  layout shifts (shift score, element, likely causes):")
    for shift in found["layout_shifts"]:
        score = f"{shift['score']:.3f}" if shift["score"] is not None else ""
        causes = f"; causes: {', '.join(shift['causes'])}" if shift["causes"] else ""
        print(f"    {score:>6} {shift['element']}{causes}")
    observed = results["map_observed"]
    if not found["layout_shifts"]:
        print("    (none named by Lighthouse: its layout-shifts audit failed; see below)")
    print(f"  LCP element: {', '.join(found['lcp_element']) or 'not named by Lighthouse (its audit failed); see below'}")
    print("  long tasks (simulated, ms):")
    for task in found["long_tasks"][:10]:
        print(f"    {task['duration_ms']:7.0f} at {task['start_ms']:7.0f}  {task['url']}")
    print("  scripts by main-thread time (total / scripting / parse+compile, ms):")
    for script in found["scripts"][:10]:
        print(f"    {script['total_ms']:7.0f} {script['scripting_ms']:7.0f} {script['parse_ms']:7.0f}  {script['url']}")
    print("  main thread by kind (ms): " + ", ".join(f"{part['group']} {part['ms']:.0f}" for part in found["main_thread"]))
    print(f"\nThe map page under the same emulation, from its own entries: CLS of each load {observed['all_cls']}; "
          f"the load with the most:")
    for shift in sorted(observed["shifts"], key=lambda s: -s["value"])[:8]:
        print(f"  shift {shift['value']:.3f} at {shift['at']:6.0f} ms:")
        for source in shift["sources"]:
            print(f"    {source['element']}  {source['from']} -> {source['to']}")
    for candidate in observed["lcp"]:
        print(f"  LCP candidate at {candidate['at']:6.0f} ms, {candidate['size']} px: {candidate['element']}")
    for name in PAGES:
        if pages[name]["foreign_requests"]:
            print(f"  requests off 127.0.0.1 on the {name} page: {pages[name]['foreign_requests']}")
        for warning in pages[name]["warnings"]:
            print(f"  Lighthouse warning on the {name} page: {warning}")


if __name__ == "__main__":
    main()
