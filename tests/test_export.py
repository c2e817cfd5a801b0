"""The export round trip: export then load gives the same data, in both formats."""

import pytest
from django.core.management import CommandError, call_command

from battlemap.models import Operation
from battlemap.selectors import operation_as_data
from geodata.loader import LAYERS, read_operation


def comparable(data):
    """OperationData as sorted plain values, with geometries as WKT."""
    def plain(record):
        return {key: (value.wkt if hasattr(value, "wkt") else value) for key, value in record.items()}

    return {
        "operation": data.operation,
        "sides": data.sides,
        **{layer: sorted((plain(record) for record in getattr(data, layer)), key=repr)
           for layer in LAYERS},
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
