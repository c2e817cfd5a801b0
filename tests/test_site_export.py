"""The static site export: what it writes, and the clear errors before it writes anything."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from battlemap import site_export
from battlemap.site_export import ESBUILD

needs_esbuild = pytest.mark.skipif(not ESBUILD.exists(), reason="esbuild is not installed (make install runs npm install)")


@needs_esbuild
@pytest.mark.django_db
def test_the_export_holds_pages_data_previews_scripts_and_an_index(kharkov_operation, sample_operation, tmp_path):
    out = tmp_path / "site"
    call_command("export_site", str(out), "kharkov-1942")
    for path in ("index.html", "kharkov-1942/index.html", "embed/kharkov-1942/index.html",
                 "data/kharkov-1942/timeline.json", "data/kharkov-1942/timeline.js",
                 "preview/kharkov-1942.png", "static/battlemap/battlemap.bundle.js",
                 "static/vendor/leaflet/leaflet.js", "static/battlemap/css/battlemap.css"):
        assert (out / path).is_file(), path
    assert not (out / "sample").exists(), "only the operations asked for"
    assert (out / "static/vendor/milsymbol").is_dir()
    assert not (out / "static/vendor/leaflet-geoman").exists(), "the admin's editing library stays out of an export"
    timeline = json.loads((out / "data/kharkov-1942/timeline.json").read_text())
    assert timeline["operation"]["slug"] == "kharkov-1942" and len(timeline["dates"]) == 20
    page = (out / "kharkov-1942/index.html").read_text()
    assert 'src="../static/battlemap/battlemap.bundle.js"' in page and 'src="../data/kharkov-1942/timeline.js"' in page
    assert '"/static/' not in page and 'type="module"' not in page
    embed = (out / "embed/kharkov-1942/index.html").read_text()
    assert 'href="../../kharkov-1942/index.html"' in embed
    assert 'href="kharkov-1942/index.html"' in (out / "index.html").read_text()


@needs_esbuild
@pytest.mark.django_db
def test_an_export_can_be_written_again_over_itself(kharkov_operation, tmp_path):
    call_command("export_site", str(tmp_path / "site"))
    call_command("export_site", str(tmp_path / "site"))
    assert (tmp_path / "site/index.html").is_file()


@pytest.mark.django_db
def test_an_unknown_operation_is_named_with_the_known_ones(kharkov_operation, tmp_path):
    with pytest.raises(CommandError, match=r"no operation 'nowhere' \(known: kharkov-1942\)"):
        call_command("export_site", str(tmp_path / "site"), "nowhere")
    assert not (tmp_path / "site").exists(), "nothing is written"


@pytest.mark.django_db
def test_a_folder_of_other_files_is_refused(kharkov_operation, tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(CommandError, match="is not empty and holds no earlier export"):
        call_command("export_site", str(tmp_path))
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


@pytest.mark.django_db
def test_a_folder_that_cannot_be_made_is_named(kharkov_operation, tmp_path):
    (tmp_path / "plain-file").write_text("")
    with pytest.raises(CommandError, match="cannot write to .*plain-file/site"):
        call_command("export_site", str(tmp_path / "plain-file" / "site"))


@pytest.mark.django_db
def test_a_file_in_the_way_is_named(kharkov_operation, tmp_path):
    (tmp_path / "site").write_text("")
    with pytest.raises(CommandError, match="exists and is not a folder"):
        call_command("export_site", str(tmp_path / "site"))


@needs_esbuild
@pytest.mark.django_db
def test_the_export_renders_under_production_static_storage(kharkov_operation, tmp_path, settings):
    # Production's manifest storage names hashed copies only collectstatic writes, and has no entry
    # for the export's own bundles (the export once stopped there, half written): the export's
    # pages name the files it copies, under their own names.
    settings.STATIC_ROOT = tmp_path / "collected"
    settings.STORAGES = {**settings.STORAGES,
                         "staticfiles": {"BACKEND": "battlemap.storage.ModuleAwareStaticFilesStorage"}}
    call_command("export_site", str(tmp_path / "site"), "kharkov-1942", stdout=io.StringIO())
    page = (tmp_path / "site/kharkov-1942/index.html").read_text()
    assert 'href="../static/battlemap/css/battlemap.css"' in page
    assert (tmp_path / "site/static/battlemap/css/battlemap.css").is_file()


@pytest.mark.django_db
def test_a_page_that_cannot_be_rendered_writes_nothing(kharkov_operation, tmp_path, monkeypatch):
    def broken(*args):
        raise ValueError("no image today")

    monkeypatch.setattr(site_export, "preview_cached", broken)
    with pytest.raises(CommandError, match="the pages could not be rendered, nothing was written: ValueError: no image today"):
        call_command("export_site", str(tmp_path / "site"), stdout=io.StringIO())
    assert not (tmp_path / "site").exists()


@needs_esbuild
@pytest.mark.django_db
def test_an_export_stopped_halfway_is_written_again(kharkov_operation, tmp_path):
    site = tmp_path / "site"
    (site / "data" / "kharkov-1942").mkdir(parents=True)
    (site / site_export.EXPORT_MARK).write_text("")
    call_command("export_site", str(site), stdout=io.StringIO())
    assert (site / "index.html").is_file() and (site / "data/kharkov-1942/timeline.json").is_file()
