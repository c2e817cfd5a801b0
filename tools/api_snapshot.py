"""Every API answer for the operations in geodata/ and the test sample, written to files to compare.

    .venv/bin/python -m tools.api_snapshot OUTDIR [--compare OTHERDIR]

Loads the operations into a throwaway SQLite database (never the `make run` one), asks the API
for each document the map reads (the list, each operation's detail, timeline, statistics and
situation on every day, the places, oEmbed for the map and the embed, the OpenAPI schema) and
writes each body to OUTDIR. With --compare, each file is set against the one of the same name in
OTHERDIR (written by another commit, say in a git worktree) and every difference is named; the
exit status is 1 if any differ. A refactoring that keeps behaviour keeps every byte.
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OPERATION_FOLDERS = sorted(path.parent for path in (REPO / "geodata").glob("*/operation.json")) + [
    REPO / "tests" / "data" / "sample"
]


def _setup(workdir):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "battlemap.settings")
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'snapshot.sqlite3'}"
    os.environ["DJANGO_CACHE_DIR"] = str(workdir / "cache")
    os.environ["DJANGO_DEBUG"] = "1"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    setup_test_environment()  # the test client's host, testserver, is allowed

    call_command("migrate", verbosity=0)
    from battlemap.services import operation_load
    from geodata.loader import read_operation

    return [operation_load(data=read_operation(folder)).slug for folder in OPERATION_FOLDERS]


def _answers(slugs):
    """(file name, URL) for every answer written."""
    from battlemap import selectors
    from battlemap.models import Operation

    yield "operations.json", "/api/operations/"
    yield "places.json", "/api/places/"
    yield "schema.yaml", "/api/schema/"
    for slug in slugs:
        operation = Operation.objects.get(slug=slug)
        yield f"{slug}.json", f"/api/operations/{slug}/"
        yield f"{slug}-timeline.json", f"/api/operations/{slug}/timeline/"
        yield f"{slug}-stats.json", f"/api/operations/{slug}/stats/"
        yield f"{slug}-places.json", f"/api/places/?operation={slug}"
        for day in selectors.operation_dates(operation):
            yield f"{slug}-situation-{day.isoformat()}.json", f"/api/operations/{slug}/situation/?date={day.isoformat()}"
        for kind in ("operations", "embed"):
            yield (f"{slug}-oembed-{kind}.json",
                   f"/oembed/?url=http%3A%2F%2Ftestserver%2F{kind}%2F{slug}%2F&format=json")


def take(outdir):
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="battlemap-api-") as tmp:
        slugs = _setup(Path(tmp))
        from django.test import Client

        client = Client(HTTP_ACCEPT_ENCODING="identity")
        for name, url in _answers(slugs):
            response = client.get(url)
            body = b"".join(response) if response.streaming else response.content
            (outdir / name).write_bytes(f"{response.status_code} {response['Content-Type']}\n".encode() + body)
            print(outdir / name)


def compare(outdir, other):
    names = {path.name for path in outdir.iterdir()} | {path.name for path in other.iterdir()}
    differing = [name for name in sorted(names)
                 if not (outdir / name).exists() or not (other / name).exists()
                 or (outdir / name).read_bytes() != (other / name).read_bytes()]
    for name in differing:
        print(f"differs: {name}")
    print(f"{len(names) - len(differing)} of {len(names)} answers identical")
    return 1 if differing else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--compare", type=Path, metavar="OTHERDIR")
    arguments = parser.parse_args()
    take(arguments.outdir)
    if arguments.compare:
        sys.exit(compare(arguments.outdir, arguments.compare))


if __name__ == "__main__":
    main()
