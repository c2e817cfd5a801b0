"""`manage.py check_operation PATH`: validate an operation's files and write nothing."""

from django.core.management.base import BaseCommand

from ._operation_files import read_or_fail, summary_lines


class Command(BaseCommand):
    help = "Validate an operation folder or GeoPackage the way load_operation does; write nothing."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")

    def handle(self, *args, paths, **options):
        for path in paths:
            data = read_or_fail(path)
            self.stdout.write(self.style.SUCCESS(
                f"{path}: operation '{data.operation['slug']}' is valid"
            ))
            for line in summary_lines(data):
                self.stdout.write(line)
