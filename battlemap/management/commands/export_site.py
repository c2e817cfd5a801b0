"""manage.py export_site OUTPUT_DIR [SLUG ...]: the static site (see battlemap.site_export)."""

from django.core.management.base import BaseCommand, CommandError

from battlemap.site_export import SiteExportError, export_site


class Command(BaseCommand):
    help = ("Write a self-contained static copy of the site (maps, embeds, data, previews, index) "
            "that any static host serves and a browser opens from file://.")

    def add_arguments(self, parser):
        parser.add_argument("output", help="The folder to write (new, empty, or an earlier export).")
        parser.add_argument("slugs", nargs="*", help="Operations to export (default: every listed one).")

    def handle(self, *args, output, slugs, **options):
        try:
            folder = export_site(output, slugs, log=self.stdout.write)
        except SiteExportError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(f"Wrote the static site to {folder}; open {folder / 'index.html'}"))
