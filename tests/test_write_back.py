"""Write-back (issue #29 item 2): a folder in canonical form, read and written back (by the writer,
or through the database and `export_operation`), is the same folder byte for byte; an edit made in
the database and written back changes exactly its own line; `--into-source` writes only into the
folder the operation was loaded from, all or nothing."""

import json
import shutil
from pathlib import Path

import pytest
import shapely
import shapely.affinity
from django.core.management import CommandError, call_command

from battlemap.models import Area, Operation, OperationTranslation, Place, Position
from battlemap.services import operation_load
from geodata.layers import RECORD_LAYERS
from geodata.loader import read_operation
from geodata.writer import layer_text, operation_text, write_operation_folder

REPO = Path(__file__).resolve().parent.parent
# Every operation folder of the repository and every test fixture folder.
FOLDERS = sorted(path.parent for path in (REPO / "geodata").glob("*/operation.json")) + sorted(
    path.parent for path in (REPO / "tests" / "data").glob("*/operation.json"))


def folder_id(folder):
    return str(folder.relative_to(REPO))


def files_of(folder):
    """Every file under `folder` (its subfolders too), by relative path, as bytes."""
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def differences(expected, written):
    """The files that differ, are missing or are extra, each with its first differing line."""
    found = []
    for name in sorted(set(expected) | set(written)):
        if name not in written:
            found.append(f"{name}: not written")
        elif name not in expected:
            found.append(f"{name}: written, not in the folder")
        elif expected[name] != written[name]:
            lines = zip(expected[name].decode().splitlines(), written[name].decode().splitlines())
            number, (was, now) = next(((n, pair) for n, pair in enumerate(lines, 1) if pair[0] != pair[1]),
                                      (0, ("", "")))
            found.append(f"{name}: line {number}: {was[:80]!r} became {now[:80]!r}")
    return found


def canonical_copy(folder, tmp_path):
    """`folder` written in canonical form, by the writer, in a temporary folder."""
    return write_operation_folder(read_operation(folder), tmp_path / "canonical", other_files_from=folder)


def changed_lines(before, after):
    """(line number, old, new) for each line that differs in two texts of the same length in lines."""
    old, new = before.decode().splitlines(), after.decode().splitlines()
    assert len(old) == len(new), "lines were added or removed"
    return [(number, a, b) for number, (a, b) in enumerate(zip(old, new), 1) if a != b]


# --------------------------------------------------------------------------- byte for byte


@pytest.mark.parametrize("folder", FOLDERS, ids=folder_id)
def test_a_folder_read_and_written_back_is_byte_identical(folder, tmp_path):
    """Holds for every folder once it is in canonical form (the repository's operations are put
    in it with `export_operation SLUG --format folder --into-source`)."""
    written = write_operation_folder(read_operation(folder), tmp_path / "out", other_files_from=folder)
    found = differences(files_of(folder), files_of(written))
    slug = json.loads((folder / "operation.json").read_text())["slug"]
    assert found == [], (f"{folder_id(folder)} is not in canonical form; put it in it with `manage.py load_operation "
                         f"{folder_id(folder)}` then `manage.py export_operation {slug} --format folder --into-source`")


@pytest.mark.parametrize("folder", FOLDERS, ids=folder_id)
def test_the_canonical_form_is_reached_in_one_writing(folder, tmp_path):
    """Whatever form a folder is in, once written it is canonical: a second writing changes nothing,
    and it reads back to the same data."""
    first = canonical_copy(folder, tmp_path)
    second = write_operation_folder(read_operation(first), tmp_path / "second", other_files_from=first)
    assert differences(files_of(first), files_of(second)) == []
    assert counts_and_keys(read_operation(first)) == counts_and_keys(read_operation(folder))


def counts_and_keys(data):
    return {name: [(record.get("key"), record.get("date"), getattr(record.get("geometry"), "wkt", None))
                   for record in getattr(data, name)] for name in RECORD_LAYERS}


@pytest.mark.django_db
@pytest.mark.parametrize("folder", FOLDERS, ids=folder_id)
def test_written_back_through_the_database_is_byte_identical(folder, tmp_path):
    """Loaded into the database (services.operation_load) and exported with export_operation, a
    canonical folder comes back byte for byte."""
    canonical = canonical_copy(folder, tmp_path)
    slug = operation_load(data=read_operation(canonical)).slug
    output = tmp_path / "exported"
    call_command("export_operation", slug, "--format", "folder", "--output", str(output))
    # The files that are no layer (README.md) come from the operation's own folder, geodata/<slug>/.
    assert differences(files_of(canonical), files_of(output)) == []


# --------------------------------------------------------------------------- an edit, one line


@pytest.fixture
def loaded_sample(db, tmp_path):
    """The sample in canonical form, loaded; (its folder, the operation)."""
    folder = canonical_copy(REPO / "tests" / "data" / "sample", tmp_path)
    return folder, operation_load(data=read_operation(folder))


def export(slug, tmp_path, name="exported"):
    output = tmp_path / name
    call_command("export_operation", slug, "--output", str(output))
    return output


def test_a_place_renamed_in_the_database_changes_that_one_line(loaded_sample, tmp_path):
    folder, operation = loaded_sample
    place = Place.objects.filter(operation=operation).order_by("pk")[2]
    old_name = place.name
    place.name = "Novaya Derevnya"
    place.save()
    output = export(operation.slug, tmp_path)
    for name, data in files_of(folder).items():
        if name != "places.geojson":
            assert files_of(output)[name] == data, name
    assert changed_lines(files_of(folder)["places.geojson"], files_of(output)["places.geojson"]) == [
        (changed_line_number(folder / "places.geojson", old_name),
         f'    "name": {json.dumps(old_name)},', '    "name": "Novaya Derevnya",')]


def changed_line_number(path, name):
    lines = path.read_text().splitlines()
    return lines.index(f'    "name": {json.dumps(name)},') + 1


def test_a_position_moved_in_the_database_changes_its_coordinates_line(loaded_sample, tmp_path):
    folder, operation = loaded_sample
    position = Position.objects.filter(formation__operation=operation).order_by("pk")[5]
    x, y = position.point.x, position.point.y
    position.point = shapely.Point(x + 0.012345, y)
    position.save()
    changed = changed_lines(files_of(folder)["positions.geojson"],
                            files_of(export(operation.slug, tmp_path))["positions.geojson"])
    assert len(changed) == 1
    _, old, new = changed[0]
    assert old.strip().startswith('"coordinates": [') and new.strip().startswith('"coordinates": [')
    assert json.loads(old.split(": ", 1)[1]) == [x, y]
    assert json.loads(new.split(": ", 1)[1]) == [round(x + 0.012345, 6), y]


def test_an_area_redrawn_changes_only_its_own_feature(loaded_sample, tmp_path):
    folder, operation = loaded_sample
    areas = list(Area.objects.filter(operation=operation).order_by("pk"))
    area = areas[3]
    area.geometry = shapely.affinity.translate(area.geometry, 0.0001, 0)
    area.save()
    before = (folder / "areas.geojson").read_text()
    after = (export(operation.slug, tmp_path) / "areas.geojson").read_text()
    before_features, after_features = json.loads(before)["features"], json.loads(after)["features"]
    assert [index for index, (a, b) in enumerate(zip(before_features, after_features)) if a != b] == [3]
    assert len(before.splitlines()) == len(after.splitlines())


# --------------------------------------------------------------------------- --into-source


@pytest.fixture
def source_folder(db, tmp_path, settings):
    """A repository whose geodata/sample/ is the sample in canonical form with a README, loaded."""
    settings.BASE_DIR = tmp_path / "repo"
    folder = settings.BASE_DIR / "geodata" / "sample"
    write_operation_folder(read_operation(REPO / "tests" / "data" / "sample"), folder)
    (folder / "README.md").write_text("# Notes the loader does not read\n")
    operation_load(data=read_operation(folder))
    return folder


def test_into_source_writes_the_edit_into_the_operations_own_folder(source_folder):
    before = files_of(source_folder)
    place = Place.objects.filter(operation__slug="sample").order_by("pk")[0]
    place.name = "Renamed"
    place.save()
    call_command("export_operation", "sample", "--format", "folder", "--into-source")
    after = files_of(source_folder)
    assert [name for name in before if before[name] != after[name]] == ["places.geojson"]
    assert len(changed_lines(before["places.geojson"], after["places.geojson"])) == 1
    assert set(after) == set(before)
    assert not [path for path in source_folder.parent.iterdir() if path.name.startswith(".")]
    assert read_operation(source_folder).places[0]["name"] == "Renamed"


def test_into_source_of_an_unedited_operation_changes_no_byte(source_folder):
    before = files_of(source_folder)
    call_command("export_operation", "sample", "--into-source")
    assert files_of(source_folder) == before


def test_into_source_refuses_a_folder_changed_since_the_load(source_folder):
    path = source_folder / "events.geojson"
    path.write_text(path.read_text() + "\n")  # still the same data, but not the same files
    before = files_of(source_folder)
    with pytest.raises(CommandError, match=r"is not the folder sample was loaded from: its files changed"):
        call_command("export_operation", "sample", "--into-source")
    assert files_of(source_folder) == before


def test_into_source_refuses_a_folder_of_another_operation(source_folder):
    operation_json = source_folder / "operation.json"
    operation_json.write_text(operation_json.read_text().replace('"slug": "sample"', '"slug": "other"'))
    with pytest.raises(CommandError, match=r"holds operation 'other', not 'sample'"):
        call_command("export_operation", "sample", "--into-source")


def test_into_source_refuses_when_there_is_no_such_folder(source_folder):
    shutil.rmtree(source_folder)
    with pytest.raises(CommandError, match=r"is not a folder; sample was not loaded from geodata/sample/"):
        call_command("export_operation", "sample", "--into-source")


def test_into_source_that_fails_half_way_leaves_the_folder_as_it_was(source_folder, monkeypatch):
    from geodata import writer

    Place.objects.filter(operation__slug="sample").update(name="Renamed")
    before = files_of(source_folder)
    real = writer.write_layer

    def fail_at_places(folder, layer, records):
        if layer == "places":
            raise OSError("disk full")
        return real(folder, layer, records)

    monkeypatch.setattr(writer, "write_layer", fail_at_places)
    with pytest.raises(OSError, match="disk full"):
        call_command("export_operation", "sample", "--into-source")
    assert files_of(source_folder) == before
    assert sorted(path.name for path in source_folder.parent.iterdir()) == ["sample"]


def test_into_source_refuses_what_would_not_load(source_folder):
    # A formation made its own grandparent in a shell: the loader refuses the circle.
    operation = Operation.objects.get(slug="sample")
    first, second = operation.formations.order_by("pk")[:2]
    first.parent, second.parent = second, first
    first.save()
    second.save()
    before = files_of(source_folder)
    with pytest.raises(CommandError, match=r"would not load from its files, so .* is left as it was"):
        call_command("export_operation", "sample", "--into-source")
    assert files_of(source_folder) == before


# --------------------------------------------------------------------------- arguments


@pytest.mark.parametrize("arguments, message", [
    ([], r"Give --output PATH \(a new folder, or a .gpkg file\) or --into-source"),
    (["--output", "x", "--into-source"], r"either --output PATH or --into-source, not both"),
    (["--into-source", "--format", "gpkg"], r"--into-source writes the operation's folder; it takes --format folder, not gpkg"),
])
def test_bad_arguments_are_named(sample_operation, arguments, message):
    with pytest.raises(CommandError, match=message):
        call_command("export_operation", "sample", *arguments)


def test_output_into_a_folder_that_is_not_empty_is_refused(sample_operation, tmp_path):
    (tmp_path / "keep.txt").write_text("mine")
    with pytest.raises(CommandError, match=r"the folder is not empty; give a new or empty folder"):
        call_command("export_operation", "sample", "--output", str(tmp_path))
    assert [path.name for path in tmp_path.iterdir()] == ["keep.txt"]


def test_output_onto_a_file_is_refused(sample_operation, tmp_path):
    (tmp_path / "file").write_text("mine")
    with pytest.raises(CommandError, match=r"not a folder; give a new folder's path"):
        call_command("export_operation", "sample", "--output", str(tmp_path / "file"))


# --------------------------------------------------------------------------- the form itself


def test_the_canonical_form(tmp_path):
    """Fields in the layer's order, coordinates to 6 decimals without exponent, text not escaped,
    CSV quoted only where needed, a newline at the end."""
    point = {"formation": "e-1a", "date": "1942-05-11", "status": "engaged",
             "geometry": shapely.Point(36.1234567891, 0.00001)}
    text = layer_text("positions", [{"note": "Łozova, «west»", **point}])
    properties = json.loads(text)["features"][0]["properties"]
    assert list(properties) == [field.column for field in RECORD_LAYERS["positions"].columns]
    assert '"coordinates": [36.123457, 0.00001]' in text
    assert "Łozova, «west»" in text and text.endswith("}\n") and not text.endswith("\n\n")
    assert properties["certainty"] == "certain" and properties["basis"] == "stated"
    table = layer_text("sources", [{"key": "a", "author": "Smith, J.", "title": "Plain", "note": 'He said "no"'}])
    assert table == ('id,author,title,year,pages,url,consulted,note\n'
                     'a,"Smith, J.",Plain,,,,,"He said ""no"""\n')
    assert operation_text({"slug": "x", "name": "X", "start_date": "1942-05-11", "end_date": "1942-05-12",
                           "bbox": [35, 49, 37, 50]}, []).splitlines()[6] == ' "bbox": [35.0, 49.0, 37.0, 50.0],'


def test_files_in_the_tools_form_are_written_the_same_as_loaded_records(tmp_path):
    """The authoring tools hand the writer features as the files hold them (properties in any
    order, sources unsorted): what it writes is what the loader's records give."""
    sample = canonical_copy(REPO / "tests" / "data" / "sample", tmp_path)
    for name in ("positions", "events", "areas"):
        features = json.loads((sample / f"{name}.geojson").read_text())["features"]
        for feature in features:
            feature["properties"] = dict(reversed(list(feature["properties"].items())))
        assert layer_text(name, features) == (sample / f"{name}.geojson").read_text()


def test_into_source_says_how_to_start_afresh_from_the_edits_written(source_folder, capsys):
    place = Place.objects.filter(operation__slug="sample").order_by("pk")[0]
    place.name = "Renamed"
    place.save()
    call_command("export_operation", "sample", "--into-source")
    said = capsys.readouterr().out
    assert "The files now hold its 1 edit(s) since the last load" in said and "--discard-edits" in said
    call_command("load_operation", str(source_folder), "--discard-edits")
    assert Place.objects.filter(operation__slug="sample").order_by("pk")[0].name == "Renamed"


def test_a_place_renamed_in_the_admin_changes_that_one_line(loaded_sample, tmp_path, admin_client):
    """The admin's change form posted back as the browser sends it, with only the name changed:
    whatever the form normalises, the write-back differs from the folder by that one line."""
    from django.urls import reverse

    folder, operation = loaded_sample
    place = Place.objects.filter(operation=operation, kind="town").order_by("pk")[0]
    url = reverse("admin:battlemap_place_change", args=[place.pk])
    form = admin_client.get(url).context["adminform"].form
    posted = {}
    for name, bound in form.fields.items():
        value = form[name].value()
        if isinstance(value, shapely.Geometry):
            value = shapely.to_geojson(value)
        elif isinstance(value, (list, dict)) and name == "citations":
            value = json.dumps(value)
        posted[name] = "" if value is None else value
    posted["name"] = "Novaya Derevnya"
    response = admin_client.post(url, posted)
    assert response.status_code == 302, response.content.decode()[:3000]
    output = export(operation.slug, tmp_path)
    assert [name for name, data in files_of(output).items() if files_of(folder)[name] != data] == ["places.geojson"]
    changed = changed_lines(files_of(folder)["places.geojson"], files_of(output)["places.geojson"])
    assert [(old.strip(), new.strip()) for _, old, new in changed] == [
        (f'"name": {json.dumps(place.name)},', '"name": "Novaya Derevnya",')]


def test_after_into_source_the_folder_is_the_operations_own(source_folder):
    """Written back, the folder holds what the database holds: a reload finds it unchanged, and a
    later edit can be written back the same way."""
    import io

    places = Place.objects.filter(operation__slug="sample").order_by("pk")
    first = places[0]
    first.name = "Renamed"
    first.save()
    call_command("export_operation", "sample", "--into-source", stdout=io.StringIO())
    out = io.StringIO()
    call_command("load_operation", str(source_folder), "--if-changed", stdout=out)
    assert "sample: unchanged since the last load, skipped" in out.getvalue()
    second = places[1]
    second.name = "Renamed too"
    second.save()
    call_command("export_operation", "sample", "--into-source", stdout=io.StringIO())
    assert [place["name"] for place in read_operation(source_folder).places[:2]] == ["Renamed", "Renamed too"]


def test_output_in_a_folder_that_does_not_exist_is_refused(sample_operation, tmp_path):
    with pytest.raises(CommandError, match=r"no folder .*missing to write it in"):
        call_command("export_operation", "sample", "--output", str(tmp_path / "missing" / "sample"))
    assert not (tmp_path / "missing").exists()


def test_geojson_is_the_older_name_of_the_folder_format(sample_operation, tmp_path):
    call_command("export_operation", "sample", "--format", "geojson", "--output", str(tmp_path / "a"))
    call_command("export_operation", "sample", "--format", "folder", "--output", str(tmp_path / "b"))
    assert files_of(tmp_path / "a") == files_of(tmp_path / "b") != {}


# --------------------------------------------------------------------------- translations


UK = {
    "about": "Test translation; anyone may correct it.",
    "language": "uk",
    "operation": {"name": "Зразкова операція", "summary": "Вигадана операція для тестів."},
    "events": {"opening": {"title": "Наступ починається", "text": "Східні сили атакують."}},
    "places": {"Eastville": {"period_name": "Іствіль", "today_name": "Східне"}},
}


@pytest.fixture
def translated_sample(tmp_path):
    """The sample in canonical form with a Ukrainian translation file (written by hand, keys in a
    different order than the canonical one)."""
    folder = canonical_copy(REPO / "tests" / "data" / "sample", tmp_path)
    (folder / "translations").mkdir()
    shuffled = {key: UK[key] for key in ("places", "operation", "language", "events", "about")}
    (folder / "translations" / "uk.json").write_text(json.dumps(shuffled, ensure_ascii=False), encoding="utf-8")
    return folder


def test_translations_are_written_from_the_data_in_canonical_form(translated_sample, tmp_path):
    """Without copying the folder's other files, the data's translations are written: the same
    texts, in canonical form (about, language, the parts in their set order), whatever the order
    they came in; written again, byte for byte the same."""
    data = read_operation(translated_sample)
    written = write_operation_folder(data, tmp_path / "out")
    path = written / "translations" / "uk.json"
    text = path.read_text(encoding="utf-8")
    assert list(json.loads(text)) == ["about", "language", "operation", "events", "places"]
    assert text.startswith('{\n "about": "Test translation; anyone may correct it.",\n "language": "uk",\n')
    assert read_operation(written).translations == data.translations
    again = write_operation_folder(read_operation(written), tmp_path / "again")
    assert differences(files_of(written), files_of(again)) == []


def test_a_translation_edited_in_the_database_is_exported_on_its_own_line(translated_sample, db, tmp_path):
    """An operation's stored translation (its 'about' kept) is what export_operation writes, even
    with no translation file to copy from; a text edited there changes that one line."""
    canonical = write_operation_folder(read_operation(translated_sample), tmp_path / "canonical")
    operation = operation_load(data=read_operation(canonical))
    stored = OperationTranslation.objects.get(operation=operation, language="uk")
    stored.texts["events"]["opening"]["title"] = "Наступ почався"
    stored.save()
    output = export(operation.slug, tmp_path)
    before, after = files_of(canonical), files_of(output)
    assert [name for name in before if before[name] != after.get(name)] == ["translations/uk.json"]
    assert changed_lines(before["translations/uk.json"], after["translations/uk.json"]) == [
        (changed_line_number_of(canonical / "translations" / "uk.json", '"title": "Наступ починається"'),
         '   "title": "Наступ починається",', '   "title": "Наступ почався",')]
    assert json.loads(after["translations/uk.json"])["about"] == UK["about"]


def changed_line_number_of(path, text):
    return next(number for number, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def test_a_translation_of_an_unknown_language_is_not_written(tmp_path):
    data = read_operation(REPO / "tests" / "data" / "sample")
    data.translations = {"fr": {"operation": {"name": "Opération", "summary": "Un test."}}}
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        write_operation_folder(data, tmp_path / "out")
