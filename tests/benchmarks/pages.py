"""What the page benchmarks share: the pages' ready marks, the Leaflet.TimeDimension peer served
beside the app, and the verdict printed beside each target."""

import gzip
import shutil
from pathlib import Path

from tests.benchmarks.server import REPO

PEER = Path(__file__).resolve().parent / "peer"
OUR_READY = "html[data-battlemap-ready='true']"
PEER_READY = "html[data-peer-ready='true']"


def serve_peer(static_root):
    """Copy the peer page, Leaflet and milsymbol under static/peer/ and precompress each file,
    as collectstatic does for the site's files, so whitenoise serves both alike."""
    target = static_root / "peer"
    shutil.copytree(PEER, target)
    shutil.copytree(REPO / "static" / "vendor" / "leaflet", target / "leaflet")
    shutil.copytree(REPO / "static" / "vendor" / "milsymbol", target / "milsymbol")
    for path in list(target.rglob("*")):
        if path.is_file() and path.suffix in {".js", ".css", ".html"}:
            path.with_name(path.name + ".gz").write_bytes(gzip.compress(path.read_bytes(), 9))


def verdict(ok):
    return "met" if ok else "MISSED"
