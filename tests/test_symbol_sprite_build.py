"""The symbol sprite (static/battlemap/js/symbols/symbol-sprite.js) holds every code the operations use, as the vendored milsymbol draws it today."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GENERATOR = ROOT / "tools" / "build" / "symbol-sprite.mjs"


def node():
    path = shutil.which("node")
    if not path:
        if os.environ.get("CI"):
            pytest.fail("node is missing on CI: the symbol sprite cannot be checked")
        pytest.skip("node is not installed: cannot run milsymbol to check the symbol sprite")
    return path


def test_the_symbol_sprite_is_up_to_date():
    result = subprocess.run([node(), str(GENERATOR), "--check"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr + result.stdout


def test_the_check_fails_on_a_stale_sprite(tmp_path):
    # The generator run on a copy of the tree with one more formation code: the committed sprite lacks it.
    copy = tmp_path / "repo"
    for part in ("tools/build/symbol-sprite.mjs", "static/vendor/milsymbol", "static/battlemap/js/symbols/symbol-sprite.js",
                 "geodata", "tests/data"):
        source, target = ROOT / part, copy / part
        target.parent.mkdir(parents=True, exist_ok=True)
        (shutil.copytree if source.is_dir() else shutil.copy)(source, target)
    formations = copy / "tests" / "data" / "sample" / "formations.csv"
    header = formations.read_text().splitlines()[0].split(",")
    row = {name: "" for name in header} | {"id": "x-eng", "name": "Engineers", "side": "soviet", "echelon": "battalion",
                                            "branch": "engineer", "sidc": "SFGPUCE----F---"}
    with formations.open("a") as handle:
        handle.write(",".join(row[name] for name in header) + "\n")
    result = subprocess.run([node(), str(copy / "tools" / "build" / "symbol-sprite.mjs"), "--check"],
                            cwd=copy, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "stale" in result.stderr
