"""`manage.py load_operation PATH...`: validate, then replace each operation in one transaction."""

from django.core.management.base import BaseCommand
from django.db import transaction

from battlemap.models import Operation
from battlemap.services import operation_load
from battlemap.timeline_cache import timeline_payload

from ._operation_files import read_or_fail, summary_lines


class Command(BaseCommand):
    help = (
        "Load operations from folders or GeoPackages. Everything is validated before anything is "
        "written; each operation is replaced in one transaction, so loading twice is harmless."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--if-changed", action="store_true",
            help="Skip an operation whose files are unchanged since it was last loaded.",
        )

    def handle(self, *args, paths, if_changed=False, **options):
        # Validate every path first, so a bad one leaves all operations as they were.
        loaded = []
        for path in paths:
            self.stdout.write(f"Reading {path} ...")
            loaded.append((path, read_or_fail(path)))
        loaded_operations = []
        with transaction.atomic():
            for path, data in loaded:
                slug = data.operation["slug"]
                unchanged = Operation.objects.filter(
                    slug=slug, source_fingerprint=data.fingerprint
                ).exists()
                if if_changed and unchanged:
                    self.stdout.write(f"{slug}: unchanged since the last load, skipped")
                    continue
                self.stdout.write(f"Loading {slug} ...")
                operation = operation_load(data=data)
                loaded_operations.append(operation)
                self.stdout.write(self.style.SUCCESS(f"Loaded operation '{slug}' from {path}"))
                for line in summary_lines(data):
                    self.stdout.write(line)
        # Serialise each timeline now, so that the first reader does not wait for it.
        for operation in loaded_operations:
            timeline_payload(operation)
