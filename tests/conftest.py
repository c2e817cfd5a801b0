"""Shared fixtures: the sample and Kharkov operations loaded, and copies of them to break."""

import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings

import edits
from battlemap.services import operation_load
from geodata.loader import read_operation

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "tests" / "data" / "sample"
KHARKOV = REPO / "geodata" / "kharkov-1942"


@pytest.fixture(scope="session", autouse=True)
def test_cache_folder(tmp_path_factory):
    """The tests cache timelines in a folder of their own, never in the `.cache/` of `make run`."""
    folder = tmp_path_factory.mktemp("cache")
    cache = {**settings.CACHES["default"], "LOCATION": str(folder)}
    # Tests reload operations and read them back at once: no worker may answer from the version
    # it read a moment ago.
    battlemap = {**getattr(settings, "BATTLEMAP", {}), "VERSION_MEMO_SECONDS": 0}
    with override_settings(CACHES={**settings.CACHES, "default": cache}, BATTLEMAP=battlemap):
        yield folder


@pytest.fixture(scope="session")
def sample_data():
    """The sample operation, an invented test fixture, as read from its files (once per session)."""
    return read_operation(SAMPLE)


@pytest.fixture
def sample_operation(db, sample_data):
    """The sample operation loaded into the test database."""
    return operation_load(data=sample_data)


@pytest.fixture
def kharkov_operation(db):
    """The Kharkov 1942 operation loaded into the test database."""
    if not (KHARKOV / "operation.json").exists():
        pytest.skip("geodata/kharkov-1942 is not there yet")
    return operation_load(data=read_operation(KHARKOV))


@pytest.fixture
def sample_copy(tmp_path):
    """A writable copy of the sample operation's folder, for tests that break it."""
    return Path(shutil.copytree(SAMPLE, tmp_path / "sample"))


@pytest.fixture
def edit_features():
    """A function that edits one GeoJSON layer of a folder in place."""
    return edits.edit_features


@pytest.fixture
def staff_client(client, admin_user):
    """The test client logged in as a superuser, for the admin's pages."""
    client.force_login(admin_user)
    return client


@pytest.fixture
def loaded_copy(tmp_path):
    """The sample operation's folder copied, and loaded from the copy with load_operation (so that
    a test may change the files the operation was loaded from)."""
    import io

    from django.core.management import call_command

    folder = tmp_path / "sample"
    shutil.copytree(SAMPLE, folder)
    call_command("load_operation", str(folder), stdout=io.StringIO())
    return folder

