"""`manage.py load_operation PATH...`: validate, then replace each operation in one transaction."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from battlemap.conf import battlemap_setting
from battlemap.documents import timeline_payload
from battlemap.edits import edits_summary
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
            help="Skip an operation whose files are unchanged since it was last loaded, and one "
                 "edited since (in the admin, the day view or a shell), saying why.",
        )
        parser.add_argument(
            "--discard-edits", action="store_true",
            help="Replace an operation even when it was edited since its last load: the edits are lost.",
        )

    def handle(self, *args, paths, if_changed=False, discard_edits=False, **options):
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
                edited = _edits_of(slug)
                if edited and not discard_edits:
                    if if_changed:
                        # `make run` never discards an edit: it says what it skipped and why.
                        report.append(self.style.WARNING(f"{slug}: skipped: {_edited_text(edited)}; {WAYS_FORWARD.format(slug=slug)}"))
                        continue
                    raise CommandError(f"{slug}: not replaced: {_edited_text(edited)}. {WAYS_FORWARD.format(slug=slug)}")
                if edited:
                    report.append(self.style.WARNING(f"{slug}: discarded {_edited_text(edited)}, as --discard-edits asked"))
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


WAYS_FORWARD = (
    "Either write the edits back to the files first (manage.py export_operation {slug} --format folder "
    "--output DIR, then compare DIR with the operation's folder), or load with --discard-edits to lose them"
)


def _edits_of(slug):
    operation = Operation.objects.filter(slug=slug).first()
    return edits_summary(operation) if operation else None


def _edited_text(edited):
    count = edited["count"]
    return (f"{count} edit{'s' if count != 1 else ''} made since its last load (the last by {edited['last_editor']} "
            f"at {edited['last_at']:%Y-%m-%d %H:%M} UTC)")


def _check_timeline_size(payload, limits):
    size, largest = len(payload.body), limits["max_timeline_bytes"]
    if size > largest:
        raise OperationDataError([f"timeline: {size:,} bytes of JSON, over the limit max_timeline_bytes "
                                  f"({largest:,}); fewer or simpler areas and fronts make it smaller"])
