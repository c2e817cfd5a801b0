"""The export round trip: export then load gives the same data, in both formats."""

import pytest
from django.core.management import CommandError, call_command

from battlemap.models import Operation
from battlemap.selectors import operation_as_data
from geodata.layers import LAYER_NAMES
from geodata.loader import read_operation


def comparable(data):
    """OperationData as sorted plain values, with geometries as WKT."""
    def plain(record):
        return {key: (value.wkt if hasattr(value, "wkt") else value) for key, value in record.items()}

    return {
        "operation": data.operation,
        "sides": data.sides,
        **{layer: sorted((plain(record) for record in getattr(data, layer)), key=repr)
           for layer in LAYER_NAMES},
    }


@pytest.mark.parametrize("format, name", [("gpkg", "sample.gpkg"), ("geojson", "sample")])
def test_export_then_load_gives_the_same_data(sample_operation, sample_data, tmp_path, format, name):
    output = tmp_path / name
    call_command("export_operation", "sample", "--format", format, "--output", str(output))
    assert comparable(read_operation(output)) == comparable(sample_data)

    call_command("load_operation", str(output))
    reloaded = Operation.objects.get(slug="sample")
    assert comparable(operation_as_data(reloaded)) == comparable(sample_data)


def test_export_of_an_unknown_operation_names_the_known_ones(sample_operation, tmp_path):
    with pytest.raises(CommandError, match=r"No operation 'nope' \(known: sample\)"):
        call_command("export_operation", "nope", "--output", str(tmp_path / "x"))


def test_a_geopackage_export_needs_the_gpkg_suffix(sample_operation, tmp_path):
    with pytest.raises(CommandError, match="must end in .gpkg"):
        call_command("export_operation", "sample", "--format", "gpkg", "--output", str(tmp_path / "x"))


def test_csv_export_runs_no_formula_and_round_trips(sample_copy, tmp_path):
    """A formula in the data is written as text a spreadsheet will not run, and read back whole."""
    import csv as csv_module

    from geodata.loader import read_operation
    from geodata.spreadsheet import neutralise, restore
    from geodata.writer import write_operation

    hostile = '=HYPERLINK("http://evil.example", "Click")'
    path = sample_copy / "formations.csv"
    rows = list(csv_module.DictReader(path.open(newline="")))
    rows[0]["name"], rows[0]["note"] = hostile, "+1 bridge; -2 tanks; @mention"
    with path.open("w", newline="") as handle:
        writer = csv_module.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    out = write_operation(read_operation(sample_copy), tmp_path / "out")
    written = list(csv_module.DictReader((out / "formations.csv").open(newline="")))
    assert written[0]["name"] == "'" + hostile and written[0]["note"].startswith("'+1")
    again = read_operation(out)
    assert again.formations[0]["name"] == hostile
    assert [neutralise(v) for v in ("=1", "\t=1", "plain", "-", "")] == ["'=1", "'\t=1", "plain", "'-", ""]
    assert restore("'=1") == "=1" and restore("'quoted") == "'quoted"
