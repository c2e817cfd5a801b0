"""Hostile loads: how long the loader takes to refuse each large hostile folder, and its peak memory.

Run from the repository root: .venv/bin/python -m tests.benchmarks.hostile_loads [--runs 3]
Each case is a copy of the sample broken by tests/hostile_folders.py, read in a process of its own
(so that its peak resident memory is its own) with the loader's default limits unless it says.
Targets (issue #25): each refused in under 10 s and 500 MB; before, the chain took 255 s, the
12,000 areas a side 272 s, and the 60 large polygons were loaded (47 s, 1.18 GB).
"""

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests import hostile_folders

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "tests" / "data" / "sample"
TARGETS = {"seconds": 10, "peak_mb": 500}

# name: (how to break the sample, limits to read with, what the refusal must name)
CASES = {
    "4,990-deep formation chain": (hostile_folders.deep_chain, None, "max_tree_depth"),
    "12,000 areas a side on a day": (hostile_folders.crowded_day, None, "max_vertices_per_day"),
    # The overlap check itself, with the limit of vertices a day out of its way.
    "12,000 overlapping areas a side (spatial index)": (
        hostile_folders.crowded_day, {"max_vertices_per_day": 10**7}, "overlaps the ground of"),
    "60 polygons of 19,990 vertices on a day": (hostile_folders.huge_polygons, None, "max_vertices_per_operation"),
    # Just under the limit of the operation: read by GDAL, refused by the limit of a day.
    "50 polygons of 19,990 vertices on a day": (
        lambda folder: hostile_folders.huge_polygons(folder, count=50), None, "max_vertices_per_day"),
}


def _measure(name):
    """Break a copy of the sample as `name` says, read it, and print what it took as JSON."""
    from geodata.loader import OperationDataError, read_operation

    breaker, limits, expected = CASES[name]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(shutil.copytree(SAMPLE, Path(scratch) / "sample"))
        breaker(folder)
        size = sum(path.stat().st_size for path in folder.iterdir())
        started = time.perf_counter()
        try:
            read_operation(folder, limits=limits)
            refused = False
        except OperationDataError as error:
            refused = any(expected in problem for problem in error.problems)
        seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "refused": refused, "folder_mb": size / 2**20}))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--case", help=argparse.SUPPRESS)  # one measurement, in a process of its own
    args = parser.parse_args()
    if args.case:
        _measure(args.case)
        return
    print(f"{'case':<50} {'folder':>8} {'refused in (median)':>20} {'peak':>9}  ok")
    failures = 0
    for name in CASES:
        runs = []
        for _ in range(args.runs):
            result = subprocess.run([sys.executable, "-m", "tests.benchmarks.hostile_loads", "--case", name],
                                    cwd=REPO, capture_output=True, text=True, check=True)
            runs.append(json.loads(result.stdout.strip().splitlines()[-1]))
        seconds = statistics.median(run["seconds"] for run in runs)
        peak = max(run["peak_mb"] for run in runs)
        ok = all(run["refused"] for run in runs) and seconds < TARGETS["seconds"] and peak < TARGETS["peak_mb"]
        failures += not ok
        print(f"{name:<50} {runs[0]['folder_mb']:>6.1f}MB {seconds:>19.2f}s {peak:>7.0f}MB  {'yes' if ok else 'NO'}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
