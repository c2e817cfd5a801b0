"""Reloading an operation while readers hammer every endpoint: no error, no half-loaded answer.

Each answer must be one whole version: as many formations, movements and events as the data has,
whichever version the reader happened to see. Needs a database that runs concurrent transactions;
SQLite's in-memory test database cannot, so the PostgreSQL pass of `make test` runs this.
"""

import threading
import time

import pytest
from django.core.cache import cache
from django.db import connection, connections
from django.test import Client

from battlemap.services import operation_load

pytestmark = pytest.mark.django_db(transaction=True)

READERS = 6
RELOADS = 8


def _expected(data):
    day = "1942-05-12"
    return {
        "formations": len(data.formations),
        "movements": sum(1 for m in data.movements if str(m["start_date"]) <= day <= str(m["end_date"])),
        "events": sum(1 for e in data.events if str(e["date"]) == day),
    }


def test_readers_never_see_half_a_reload(sample_data):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite's in-memory test database runs no concurrent transactions; "
                    "the PostgreSQL pass of `make test` runs this test")
    operation_load(data=sample_data)
    expected = _expected(sample_data)
    problems, answers = [], []
    done = threading.Event()

    def read():
        client = Client()
        try:
            while not done.is_set():
                for path in ("situation/?date=1942-05-12", "", "timeline/", "stats/"):
                    response = client.get(f"/api/operations/sample/{path}")
                    if response.status_code != 200:
                        problems.append(f"{path}: {response.status_code}")
                        continue
                    body = response.json()
                    answers.append(path)
                    if path.startswith("situation"):
                        layers = [f["properties"]["layer"] for f in body["features"]]
                        for layer, key in (("movement", "movements"), ("event", "events")):
                            if layers.count(layer) != expected[key]:
                                problems.append(f"situation with {layers.count(layer)} {key}")
                    elif path == "":
                        if len(body["formations"]) != expected["formations"]:
                            problems.append(f"detail with {len(body['formations'])} formations")
                    elif path == "timeline/" and len(body["formations"]) != expected["formations"]:
                        problems.append(f"timeline with {len(body['formations'])} formations")
        finally:
            connections.close_all()

    readers = [threading.Thread(target=read) for _ in range(READERS)]
    for reader in readers:
        reader.start()
    for _ in range(RELOADS):
        cache.clear()  # every version is built afresh while the readers race the reload
        operation_load(data=sample_data)
        time.sleep(0.05)
    done.set()
    for reader in readers:
        reader.join(timeout=60)
    assert len(answers) > 50, "the readers hardly ran"
    assert problems == [], problems[:10]
