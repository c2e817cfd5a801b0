"""`manage.py export_operation SLUG --format gpkg|geojson --output PATH`: write an operation out."""

from django.core.management.base import BaseCommand, CommandError

from battlemap.models import Operation
from battlemap.selectors import operation_as_data, operation_get
from geodata.writer import FORMATS, write_operation


class Command(BaseCommand):
    help = "Export a stored operation as a GeoJSON folder or a GeoPackage that load_operation reads."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("--format", choices=sorted(FORMATS), default="geojson")
        parser.add_argument("--output", required=True, metavar="PATH",
                            help="A folder for geojson, a .gpkg file for gpkg.")

    def handle(self, *args, slug, format, output, **options):
        try:
            operation = operation_get(slug=slug)
        except Operation.DoesNotExist:
            known = ", ".join(Operation.objects.values_list("slug", flat=True)) or "none loaded"
            raise CommandError(f"No operation '{slug}' (known: {known}).")
        if format == "gpkg" and not output.endswith(".gpkg"):
            raise CommandError(f"--output {output}: a GeoPackage path must end in .gpkg")
        written = write_operation(operation_as_data(operation), output, format=format)
        self.stdout.write(self.style.SUCCESS(f"Wrote {slug} as {format} to {written}"))
