"""`manage.py load_operation PATH...`: validate, then replace each operation in one transaction."""

from django.core.management.base import BaseCommand
from django.db import transaction

from battlemap.conf import battlemap_setting
from battlemap.documents import timeline_payload
from battlemap.models import Operation
from battlemap.services import operation_load
from geodata.limits import limits_with
from geodata.loader import OperationDataError

from ._operation_files import read_or_fail, refusal, summary_lines


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
        loaded_operations, report = [], []
        limits = limits_with(battlemap_setting("LOADER_LIMITS"))
        # Nothing is printed inside the transaction: a closed stdout must not roll a load back.
        with transaction.atomic():
            for path, data in loaded:
                slug = data.operation["slug"]
                unchanged = Operation.objects.filter(
                    slug=slug, source_fingerprint=data.fingerprint
                ).exists()
                if if_changed and unchanged:
                    report.append(f"{slug}: unchanged since the last load, skipped")
                    continue
                try:
                    operation = operation_load(data=data)
                    # Built before the commit, so that a timeline too large for a reader to fetch
                    # leaves the stored operation as it was (a later build finds it cached).
                    _check_timeline_size(timeline_payload(operation), limits)
                except OperationDataError as error:
                    raise refusal(path, error) from None
                loaded_operations.append(operation)
                report.append(self.style.SUCCESS(f"Loaded operation '{slug}' from {path}"))
                report.extend(summary_lines(data))
        for line in report:
            self.stdout.write(line)
        # Serialise each timeline now, so that the first reader does not wait for it.
        for operation in loaded_operations:
            timeline_payload(operation)


def _check_timeline_size(payload, limits):
    size, largest = len(payload.body), limits["max_timeline_bytes"]
    if size > largest:
        raise OperationDataError([f"timeline: {size:,} bytes of JSON, over the limit max_timeline_bytes "
                                  f"({largest:,}); fewer or simpler areas and fronts make it smaller"])
