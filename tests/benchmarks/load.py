"""Load benchmark of the documented production deployment, on loopback only.

Run from the repository root (needs Debian's caddy, nginx-light, wrk and postgresql):

    .venv/bin/python -m tests.benchmarks.load [--duration 30] [--connections 64 128]

It starts a throwaway PostgreSQL (tools/pgtmp.sh), brings the stack up with deploy/up.sh (Caddy
with TLS in front, then nginx keeping the API's documents and the static files, then gunicorn,
2 workers x 4 threads, whitenoise for static files), then for each
connection count runs wrk for `--duration` seconds against the timeline, one day's situation, the
stats and a static file, all through Caddy, and prints requests/s, p50 and p99 latency, errors and
each endpoint's throughput as a fraction of the static file's in the same run. Then it opens twelve
slowloris sockets (one header line every two seconds) and measures the timeline's latency again
beside them, and reads the gunicorn workers' resident memory. Everything is stopped at the end.

Targets (issue #11): zero errors; every API endpoint at least half the static file's throughput;
p99 under 100 ms at 64 connections; the slowloris sockets change nothing for other readers;
worker RSS under 200 MB after the run.
"""

import argparse
import os
import re
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BASE = "https://localhost:8443"
ENDPOINTS = {
    "timeline": "/api/operations/kharkov-1942/timeline/",
    "situation": "/api/operations/kharkov-1942/situation/?date=1942-05-22",
    "stats": "/api/operations/kharkov-1942/stats/",
}
UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0}


def _ms(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(number) * UNITS[unit]


def wrk(path, connections, duration):
    """requests/s, p50 ms, p99 ms and errors of one wrk run through the proxy."""
    # wrk's threads share the cores with the stack it measures: no more of them than cores.
    command = ["wrk", f"-t{min(os.cpu_count() or 2, connections)}", f"-c{connections}", f"-d{duration}s", "--latency",
               "-H", "Accept-Encoding: gzip", f"{BASE}{path}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = _ms(re.search(r"\s50%\s+(\S+)", output).group(1))
    p99 = _ms(re.search(r"\s99%\s+(\S+)", output).group(1))
    errors = 0
    if match := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        errors += int(match.group(1))
    if match := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output):
        errors += sum(int(n) for n in match.groups())
    return {"rate": rate, "p50": p50, "p99": p99, "errors": errors}


def static_path():
    """The hashed URL of Leaflet's script, as the operation page links it."""
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    page = urllib.request.urlopen(f"{BASE}/operations/kharkov-1942/", context=context).read().decode()
    return re.search(r'(/static/vendor/leaflet/leaflet\.[0-9a-f]+\.js)', page).group(1)


def slowloris(stop, sockets=12):
    """Twelve clients that send one header line every two seconds and never finish."""
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    open_sockets = []
    for _ in range(sockets):
        raw = socket.create_connection(("127.0.0.1", 8443), timeout=5)
        conn = context.wrap_socket(raw, server_hostname="localhost")
        conn.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n")
        open_sockets.append(conn)
    while not stop.wait(2):
        for conn in list(open_sockets):
            try:
                conn.sendall(b"X-Slow: 1\r\n")
            except OSError:
                open_sockets.remove(conn)  # the proxy gave up on it: that is its job
    for conn in open_sockets:
        conn.close()


def worker_rss_mb(pid_file):
    master = int(Path(pid_file).read_text())
    children = subprocess.run(["pgrep", "-P", str(master)], capture_output=True, text=True).stdout.split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024)
    return sizes


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=30)
    parser.add_argument("--connections", type=int, nargs="+", default=[64, 128])
    args = parser.parse_args()
    for tool, package in (("wrk", "wrk"), ("caddy", "caddy"), ("nginx", "nginx-light")):
        if subprocess.run(["which", tool], capture_output=True).returncode:
            sys.exit(f"{tool} is not installed (Debian: apt-get install {package})")

    work = Path(tempfile.mkdtemp(prefix="battlemap-load-"))
    work.chmod(0o755)  # the PostgreSQL server runs as its own user
    env = {**os.environ, "BATTLEMAP_RUN_DIR": str(work / "run")}
    database_url = subprocess.run(["tools/pgtmp.sh", "start", str(work / "pg")], cwd=REPO,
                                  capture_output=True, text=True, check=True).stdout.strip()
    env["DATABASE_URL"] = database_url
    try:
        subprocess.run(["deploy/up.sh"], cwd=REPO, env=env, check=True)
        paths = {**ENDPOINTS, "static file": static_path()}
        for path in paths.values():  # warm the versioned caches once
            wrk(path, 1, 1)
        results = {}
        for connections in args.connections:
            for name, path in paths.items():
                results[(name, connections)] = wrk(path, connections, args.duration)
        stop = threading.Event()
        loris = threading.Thread(target=slowloris, args=(stop,))
        loris.start()
        time.sleep(3)
        beside_loris = wrk(ENDPOINTS["timeline"], 16, 10)
        stop.set()
        loris.join()
        alone = wrk(ENDPOINTS["timeline"], 16, 10)
        rss = worker_rss_mb(work / "run" / "gunicorn.pid")
    finally:
        subprocess.run(["deploy/down.sh"], cwd=REPO, env=env)
        subprocess.run(["tools/pgtmp.sh", "stop", str(work / "pg")], cwd=REPO)

    print(f"\nLoad benchmark: Caddy (TLS) -> nginx (cache) -> gunicorn 2x4 gthread -> PostgreSQL, {os.cpu_count()} cores, "
          f"{args.duration} s per run, Accept-Encoding: gzip")
    print(f"{'endpoint':<12}{'conns':>6}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}{'÷ static':>10}")
    verdicts = []
    for connections in args.connections:
        static_rate = results[("static file", connections)]["rate"]
        for name in paths:
            r = results[(name, connections)]
            ratio = r["rate"] / static_rate
            print(f"{name:<12}{connections:>6}{r['rate']:>10.0f}{r['p50']:>9.1f}{r['p99']:>9.1f}{r['errors']:>8}{ratio:>10.2f}")
            verdicts.append((f"{name} at {connections}: no errors", r["errors"] == 0))
            if name != "static file":
                verdicts.append((f"{name} at {connections}: >= 0.5 of the static file", ratio >= 0.5))
            if connections == 64:
                verdicts.append((f"{name} at 64: p99 < 100 ms", r["p99"] < 100))
    print(f"\ntimeline, 16 connections, 10 s: alone p99 {alone['p99']:.1f} ms ({alone['rate']:.0f}/s); "
          f"beside 12 slowloris sockets p99 {beside_loris['p99']:.1f} ms ({beside_loris['rate']:.0f}/s)")
    verdicts.append(("slowloris changes nothing (p99 within 2x, no errors)",
                     beside_loris["errors"] == 0 and beside_loris["p99"] <= max(2 * alone["p99"], alone["p99"] + 5)))
    print(f"gunicorn worker RSS after the run: {', '.join(f'{mb:.0f} MB' for mb in rss)}")
    verdicts.append(("worker RSS < 200 MB", all(mb < 200 for mb in rss)))
    print()
    for label, ok in verdicts:
        print(f"{'PASS' if ok else 'MISS'}  {label}")


if __name__ == "__main__":
    main()
